package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtsearch.core.config.ConfigException;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.testkit.GeneratedDecision;
import org.courtsearch.testkit.GroundTruth;
import org.courtsearch.node.TestCluster;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over the indexed sample corpus, on a real node. */
class SearchApiIT {
  static WebFixture web;
  static List<GeneratedDecision> truth;

  @BeforeAll
  static void start() {
    web = WebFixture.get();
    truth = GroundTruth.decisions(WebFixture.SAMPLES.resolve("generated"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = web.get(pathAndQuery);
    assertEquals(200, r.statusCode(), r.body());
    return Json.mapper().readTree(r.body());
  }

  static long count(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.path("value").asText().equals(value)) {
        return v.path("count").asLong();
      }
    }
    return 0;
  }

  static HttpResponse<String> post(String pathAndQuery, String contentType, String body) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(web.base.resolve(pathAndQuery))
        .header("Content-Type", contentType).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBatchOfFiftyLinesCountsEachLikeItsSearchAndReportsTheBadLine() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (GeneratedDecision d : truth.subList(0, 24)) {
      lines.add(d.caseNumber());
      lines.add("judge:" + d.judge().split(" ")[0]);
    }
    lines.add("ocr:maybe");
    lines.add("дезертирство " + "очень ".repeat(200));
    assertEquals(50, lines.size());
    HttpResponse<String> r = post("/api/batch?type=" + enc("приговор"), "text/plain; charset=utf-8", String.join("\n", lines));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode rows = Json.mapper().readTree(r.body()).path("rows");
    assertEquals(50, rows.size(), "a row a line, the bad ones too");
    for (int i = 0; i < 48; i++) {
      JsonNode row = rows.get(i);
      assertTrue(row.path("error").isMissingNode() || row.path("error").isNull(), row.toString());
      // the row's link is a search with the same filters: its total is the row's count
      JsonNode search = json("/api/search?size=1&" + row.path("search").asText().substring(2));
      assertEquals(search.path("total").asLong(), row.path("count").asLong(), row.toString());
    }
    assertTrue(rows.get(48).path("error").asText().contains("ocr"), rows.get(48).toString());
    assertTrue(rows.get(49).path("error").asText().contains("длинный"), rows.get(49).toString());

    HttpResponse<String> csv = post("/api/batch?format=csv&column=2", "text/csv", "id,name\n1," + truth.get(0).caseNumber() + "\n");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith("\ufeffnumber,line,query,decisions,cases,error,search"), csv.body());
    assertTrue(csv.body().contains("case:" + truth.get(0).caseNumber()), csv.body());
    assertEquals(400, post("/api/batch?court_kind=" + "x".repeat(10) + "&format=pdf", "text/plain", "суд").statusCode());
  }

  @Test
  void anAppealShowsTheCaseBelowApartFromItsOwnCourt() throws Exception {
    JsonNode appeals = json("/api/search?size=5&instance=appeal");
    assertTrue(appeals.path("total").asLong() > 0, "the sample corpus has appeals");
    for (JsonNode hit : appeals.path("hits")) {
      JsonNode d = json("/api/decisions/" + hit.path("id").asText());
      String below = d.path("first_instance").path("court").asText();
      assertTrue(below.contains("гарнизонный военный суд"), d.path("first_instance").toString());
      assertTrue(d.path("court").asText().contains("окружной") || d.path("court").asText().contains("флотский"), d.path("court").asText());
      String page = web.get("/decisions/" + hit.path("id").asText()).body();
      assertTrue(page.contains("Первая инстанция") && page.contains(below), "the decision page names the court below");
    }
  }

  @Test
  void healthReportsTheClusterAndDocuments() throws Exception {
    JsonNode h = json("/api/health");
    assertEquals("green", h.path("status").asText());
    assertTrue(h.path("documents").asLong() >= truth.size());
  }

  @Test
  void facetCountsMatchTheGroundTruthAndStayMultiSelect() throws Exception {
    long desertion = truth.stream().filter(t -> t.articles().contains("УК РФ 337")).count();
    JsonNode all = json("/api/search?size=1");
    assertEquals(0, all.path("approximate_facets").size(), "one shard: every count is exact");
    assertEquals(desertion, count(all.path("facets").path("article"), "УК РФ 337"));
    JsonNode r = json("/api/search?size=1&article=" + enc("УК РФ 337"));
    assertEquals(desertion, r.path("total").asLong());
    long regionsSum = 0;
    for (JsonNode v : r.path("facets").path("region")) {
      regionsSum += v.path("count").asLong();
    }
    assertTrue(regionsSum <= desertion && regionsSum > 0);
    // selecting one article keeps the article facet's other values visible with their own counts
    assertEquals(count(all.path("facets").path("article"), "УК РФ 158"), count(r.path("facets").path("article"), "УК РФ 158"));
    String region = r.path("facets").path("region").get(0).path("value").asText();
    long inRegion = truth.stream().filter(t -> t.articles().contains("УК РФ 337") && region.equals(t.region())).count();
    JsonNode both = json("/api/search?size=100&article=" + enc("УК РФ 337") + "&region=" + enc(region));
    assertEquals(inRegion, both.path("total").asLong());
    for (JsonNode hit : both.path("hits")) {
      assertEquals(region, hit.path("region").asText());
    }
  }

  /**
   * The facets are counted in searches of no hits, which the shard request cache keeps: the same search again (its next page,
   * a filter taken back) takes its facets from the cache, and gives the same counts.
   */
  @Test
  void aSearchSeenBeforeTakesItsFacetsFromTheRequestCache() throws Exception {
    String path = "/api/search?size=2&q=" + enc("суд") + "&region=" + enc(truth.get(0).region());
    JsonNode first = json(path);
    long hits = requestCacheHits();
    JsonNode again = json(path);
    assertTrue(requestCacheHits() - hits >= 2, "both searches of facets answered from the request cache");
    assertEquals(first.path("facets"), again.path("facets"));
    assertEquals(first.path("total"), again.path("total"));
    // a search among one facet's values counts that facet alone: the others are the page's, from the cache
    String piece = truth.get(0).judge().substring(0, 3);
    hits = requestCacheHits();
    JsonNode among = json(path + "&more=judge&fq=" + enc(piece));
    assertTrue(requestCacheHits() - hits >= 2, "the other facets' searches answered from the request cache");
    assertTrue(among.path("facets").path("judge").size() > 0);
    for (JsonNode v : among.path("facets").path("judge")) {
      assertTrue(v.path("value").asText().toLowerCase().replace('ё', 'е').contains(piece.toLowerCase().replace('ё', 'е')), v.toString());
    }
    assertEquals(first.path("facets").path("court"), among.path("facets").path("court"));
  }

  private static long requestCacheHits() throws Exception {
    return web.client.indices().stats(s -> s.index(web.alias).metric("request_cache")).all().total().requestCache().hitCount();
  }

  @Test
  void aFacetsValuesAreSearchedAmongAllOfThemNotJustTheShownOnes() throws Exception {
    JsonNode all = json("/api/search?size=1&more=judge").path("facets").path("judge");
    assertTrue(all.size() > SearchQuery.DEFAULT_FACET_SIZE + 1, "the sample corpus has more judges than a page shows");
    // a judge beyond the first page of values, searched by a lower-case piece of the surname
    String judge = all.get(all.size() - 1).path("value").asText();
    String piece = judge.substring(1, 4).toLowerCase(java.util.Locale.ROOT);
    JsonNode found = json("/api/search?size=1&more=judge&fq=" + enc(piece)).path("facets").path("judge");
    Map<String, Long> expected = new java.util.TreeMap<>();
    for (JsonNode v : all) {
      if (v.path("value").asText().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').contains(piece.replace('ё', 'е'))) {
        expected.put(v.path("value").asText(), v.path("count").asLong());
      }
    }
    Map<String, Long> actual = new java.util.TreeMap<>();
    found.forEach(v -> actual.put(v.path("value").asText(), v.path("count").asLong()));
    assertEquals(expected, actual, "every judge containing «" + piece + "», with the same counts");
    assertTrue(actual.containsKey(judge));

    JsonNode outcomes = json("/api/search?size=1&more=outcome&fq=" + enc("обвинит")).path("facets").path("outcome");
    assertEquals(1, outcomes.size(), "codes are searched by their Russian labels: " + outcomes);
    assertEquals("conviction", outcomes.get(0).path("value").asText());

    assertEquals(0, json("/api/search?size=1&more=court&fq=" + enc(".*[(\\\"")).path("facets").path("court").size(),
        "the text is taken literally, not as a pattern");
    assertEquals(400, web.get("/api/search?fq=" + enc("Иван")).statusCode(), "fq needs the facet it searches");
  }

  @Test
  void twoValuesOfOneFacetAreOrEdAndFacetsAreAndEd() throws Exception {
    long a = truth.stream().filter(t -> t.outcome().equals("conviction")).count();
    long b = truth.stream().filter(t -> t.outcome().equals("termination")).count();
    JsonNode r = json("/api/search?size=1&outcome=conviction&outcome=termination");
    assertEquals(a + b, r.path("total").asLong());
    long withType = truth.stream().filter(t -> (t.outcome().equals("conviction") || t.outcome().equals("termination"))
        && t.docType().equals("постановление")).count();
    assertEquals(withType, json("/api/search?size=1&outcome=conviction&outcome=termination&type=" + enc("постановление"))
        .path("total").asLong());
  }

  @Test
  void morphologyPhrasesAndFieldTerms() throws Exception {
    long stemmed = json("/api/search?size=1&q=" + enc("оставлении")).path("total").asLong();
    assertTrue(stemmed > 0, "оставлении finds оставление/оставления");
    JsonNode phrase = json("/api/search?size=100&q=" + enc("\"самовольное оставление части\""));
    assertTrue(phrase.path("total").asLong() > 0 && phrase.path("total").asLong() <= stemmed);
    for (JsonNode hit : phrase.path("hits")) {
      String snippets = hit.path("snippets").toString();
      assertTrue(snippets.contains("<mark>самовольное</mark>") || snippets.contains("<mark>самовольное оставление части</mark>")
          || snippets.contains("<mark>самовольное"), snippets);
    }
    GeneratedDecision someone = truth.get(0);
    String surname = someone.judge().split(" ")[0];
    JsonNode byJudge = json("/api/search?size=100&q=" + enc("judge:" + surname));
    assertTrue(byJudge.path("total").asLong() >= 1);
    for (JsonNode hit : byJudge.path("hits")) {
      assertTrue(hit.path("judge").asText().startsWith(surname), hit.path("judge").asText());
    }
    JsonNode byPart = json("/api/search?size=1&q=" + enc("article:\"337 ч.5\""));
    assertEquals(truth.stream().filter(t -> t.articlesPart().contains("УК РФ 337 ч.5")).count(), byPart.path("total").asLong());
    // the box reads a citation as acts write it, with the same grammar as the indexer
    for (String cited : List.of("ч. 5 ст. 337 УК РФ", "ст.337 ч.5", "частью 5 статьи 337 Уголовного кодекса Российской Федерации")) {
      JsonNode byCitation = json("/api/search?size=1&q=" + enc("article:\"" + cited + "\""));
      assertEquals(byPart.path("total").asLong(), byCitation.path("total").asLong(), cited);
    }
  }

  @Test
  void relatedFormsJoinAVerbToItsActionNounOnlyWhenAsked() throws Exception {
    // the texts of Article 318 say «применение насилия»; the investigator types a verb
    long violence = truth.stream().filter(t -> t.articles().contains("УК РФ 318")).count();
    assertTrue(violence > 0, "the sample corpus has Article 318 decisions");
    String q = enc("применил насилие");
    assertEquals(0, json("/api/search?size=1&q=" + q).path("total").asLong(), "without the toggle a verb is not its noun");
    JsonNode related = json("/api/search?size=100&related=1&q=" + q);
    long found = 0;
    for (JsonNode hit : related.path("hits")) {
      if (hit.path("articles").toString().contains("318")) {
        found++;
      }
    }
    assertEquals(violence, found, related.toString());
    assertTrue(related.path("hits").get(0).path("snippets").toString().contains("<mark>применение</mark>"),
        related.path("hits").get(0).path("snippets").toString());

    String snowball = TestCluster.uniqueName("snowball");
    new IndexAdmin(web.client).ensure(snowball, IndexContract.DECISIONS, 1, "0-1", "snowball");
    QueryException refused = org.junit.jupiter.api.Assertions.assertThrows(
        QueryException.class, () -> new org.courtsearch.search.Searcher(org.courtsearch.search.DecisionIndex.of(web.client, snowball))
            .search(SearchQuery.of(Map.of("q", List.of("применил"), "related", List.of("1")))));
    assertTrue(refused.getMessage().contains("reindex"), refused.getMessage());
    // reports and exports refuse it the same way, not with Elasticsearch's raw error
    Map<String, List<String>> relatedParams = Map.of("q", List.of("применил"), "related", List.of("1"));
    QueryException report = org.junit.jupiter.api.Assertions.assertThrows(QueryException.class,
        () -> new org.courtsearch.search.report.Reporter(org.courtsearch.search.DecisionIndex.of(web.client, snowball)).run(org.courtsearch.search.report.ReportQuery.of(relatedParams)));
    assertTrue(report.getMessage().contains("reindex"), report.getMessage());
    QueryException export = org.junit.jupiter.api.Assertions.assertThrows(QueryException.class,
        () -> new org.courtsearch.search.export.Exporter(org.courtsearch.search.DecisionIndex.of(web.client, snowball)).count(SearchQuery.of(relatedParams)));
    assertTrue(export.getMessage().contains("reindex"), export.getMessage());
  }

  @Test
  void quotedPhrasesStayExactWithRelatedForms() throws Exception {
    // the corpus says «назначить наказание»; the action noun's phrase is nowhere as written
    String verb = enc("\"назначить наказание\"");
    String noun = enc("\"назначение наказания\"");
    assertTrue(json("/api/search?size=1&q=" + verb).path("total").asLong() > 0, "the sample corpus has the verb phrase");
    // forcing the related analyzer on the whole query (as Elasticsearch's simple query string
    // would) lets the phrase match the verb's words: what the split prevents
    long forced = web.client.count(c -> c.index(web.alias).query(q -> q.simpleQueryString(s -> s
        .query("\"назначение наказания\"").fields("text").quoteFieldSuffix(".exact")
        .analyzer(IndexContract.RELATED_ANALYZER)))).count();
    assertTrue(forced > 0, "the forced analyzer loosens the phrase on this corpus");
    assertEquals(0, json("/api/search?size=1&related=1&q=" + noun).path("total").asLong(), "a phrase is matched as written");
    assertEquals(json("/api/search?size=1&q=" + noun + enc(" | суд")).path("total").asLong(),
        json("/api/search?size=1&related=1&q=" + noun + enc(" | суд")).path("total").asLong());
    assertEquals(0, json("/api/search?size=1&related=1&q=" + enc("и в")).path("total").asLong(),
        "stop words alone find nothing, with the toggle as without");
    // the words around it still find their related forms
    assertTrue(json("/api/search?size=1&related=1&q=" + enc("назначение наказания")).path("total").asLong()
        >= json("/api/search?size=1&q=" + enc("назначение наказания")).path("total").asLong());
  }

  @Test
  void dateRangeAndHistogram() throws Exception {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    long expected = truth.stream().filter(t -> !LocalDate.parse(t.decisionDate()).isBefore(from)
        && !LocalDate.parse(t.decisionDate()).isAfter(to)).count();
    JsonNode r = json("/api/search?size=1&from=2024-01-01&to=2024-12-31&q=" + enc("type:приговор OR type:постановление") + "&size=1");
    assertTrue(r.path("total").asLong() <= expected);
    JsonNode all = json("/api/search?size=1&from=2024-01-01&to=2024-12-31");
    assertTrue(all.path("total").asLong() >= expected, all.path("total") + " >= " + expected);
    JsonNode histogram = all.path("histogram");
    assertEquals(12, histogram.size(), "every month of the range, zeros included");
    long sum = 0;
    for (JsonNode m : histogram) {
      sum += m.path("count").asLong();
    }
    assertEquals(all.path("total").asLong(), sum);
  }

  @Test
  void badRequestsAreReadable400s() throws Exception {
    for (String bad : List.of("/api/search?size=100000", "/api/search?from=2024/03/01", "/api/search?sort=random",
        "/api/search?related=maybe&q=x",
        "/api/search?after=" + enc("not a cursor"), "/api/search?from=2024-02-01&to=2024-01-01",
        "/api/search?year=nineteen", "/api/search?q=" + "x".repeat(1001),
        "/api/search?related=1&q=" + enc("(суд | (приговор ".repeat(20) + "суд" + "))".repeat(20)))) {
      HttpResponse<String> r = web.get(bad);
      assertEquals(400, r.statusCode(), bad + " → " + r.body());
      JsonNode body = Json.mapper().readTree(r.body());
      assertFalse(body.path("detail").asText().isEmpty(), r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }
    HttpResponse<String> odd = web.get("/api/search?q=" + enc("\"незакрытая ((( AND OR - * суд*"));
    assertEquals(200, odd.statusCode(), odd.body());
    HttpResponse<String> page = web.get("/?size=0");
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("Параметр size"), page.body());
  }

  @Test
  void decisionApiAndOriginalFileOnlyFromIndexedPaths() throws Exception {
    GeneratedDecision plain = truth.stream().filter(t -> !t.file().contains("!/")).findFirst().orElseThrow();
    JsonNode hit = json("/api/search?size=1&q=" + enc("case:" + plain.caseNumber()) + "&court=" + enc(plain.court()))
        .path("hits").get(0);
    String id = hit.path("id").asText();
    String shortYear = plain.caseNumber().substring(0, plain.caseNumber().length() - 4) + plain.caseNumber().substring(plain.caseNumber().length() - 2);
    assertEquals(id, json("/api/search?size=1&q=" + enc("case:" + shortYear) + "&court=" + enc(plain.court())).path("hits").get(0)
        .path("id").asText(), "a case number with a short year finds the decision stored with the full one");
    JsonNode d = json("/api/decisions/" + id);
    assertTrue(d.path("text").asText().contains(plain.caseNumber()));
    // where each field was read: the words of the text a count rests on
    String text = d.path("text").asText();
    Map<String, String> read = new HashMap<>();
    for (JsonNode e : d.path("evidence")) {
      read.putIfAbsent(e.path("field").asText(), text.substring(e.path("start").asInt(), e.path("end").asInt()));
    }
    assertEquals(plain.caseNumber(), read.get("case_number").replaceAll("\\s", "").replace('\\', '/'), read.toString());
    assertTrue(read.containsKey("decision_date") && read.containsKey("court"), read.toString());
    if (!plain.articles().isEmpty()) {
      String article = plain.articles().get(0).substring(plain.articles().get(0).lastIndexOf(' ') + 1);
      assertTrue(read.get("articles").contains(article), read.toString());
    }
    HttpResponse<byte[]> original = web.getBytes("/api/decisions/" + id + "/original");
    assertEquals(200, original.statusCode());
    byte[] onDisk = Files.readAllBytes(java.nio.file.Path.of(d.path("file_path").asText()));
    assertTrue(java.util.Arrays.equals(onDisk, original.body()));
    assertTrue(original.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));

    assertEquals(404, web.get("/api/decisions/" + "0".repeat(64)).statusCode());
    assertEquals(404, web.get("/api/decisions/..%2F..%2Fetc%2Fpasswd/original").statusCode());
    assertEquals(404, web.get("/api/decisions/" + enc("../../etc/passwd") + "/original").statusCode());
  }

  @Test
  void archiveEntriesAreServedFromInsideTheArchive() throws Exception {
    GeneratedDecision entry = truth.stream().filter(t -> t.file().contains("!/")).findFirst().orElseThrow();
    JsonNode hits = json("/api/search?size=1&q=" + enc("case:" + entry.caseNumber()) + "&court=" + enc(entry.court())).path("hits");
    String id = hits.get(0).path("id").asText();
    HttpResponse<byte[]> original = web.getBytes("/api/decisions/" + id + "/original");
    assertEquals(200, original.statusCode());
    assertTrue(original.body().length > 100);
  }

  @Test
  void securityHeadersOnEveryResponse() {
    HttpResponse<String> r = web.get("/");
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void bindingBeyondLoopbackNeedsATokenAndTheTokenIsEnforced() {
    assertThrows(ConfigException.class, () -> new WebServer(WebFixture.config(web.alias, Map.of(ConfigLoader.HOST, "0.0.0.0")),
        web.client, "embedded"));
    WebServer guarded = new WebServer(WebFixture.config(web.alias, Map.of(ConfigLoader.ACCESS_TOKEN, "t0ken-for-tests")),
        web.client, "embedded").start();
    try {
      java.net.URI root = java.net.URI.create("http://127.0.0.1:" + guarded.port());
      assertEquals(401, web.get(root, "/api/health").statusCode());
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      HttpResponse<String> ok = http.send(java.net.http.HttpRequest.newBuilder(root.resolve("/api/health"))
          .header("Authorization", "Bearer t0ken-for-tests").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ok.statusCode());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      guarded.stop();
    }
  }

  @Test
  void pagingGoesPastTenThousandWithAnExactTotal() throws Exception {
    String alias = TestCluster.uniqueName("deep");
    new IndexAdmin(web.client).ensure(alias, IndexContract.DECISIONS, 1, "0-1", IndexContract.DEFAULT_MORPHOLOGY);
    int n = 10_500;
    try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(web.client).maxOperations(2000))) {
      for (int i = 0; i < n; i++) {
        String id = String.format("%064x", i);
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(i % 700);
        Decision d = Decision.builder().docId(id).text("Приговор суда номер " + i).title("Приговор " + i)
            .court("Тестовый гарнизонный военный суд").courtKind(CourtKind.GARRISON_MILITARY)
            .region(i % 2 == 0 ? "Оренбургская область" : "Свердловская область")
            .decisionDate(date).yearMonth(date.toString().substring(0, 7)).year(date.getYear()).caseNumber("1-" + i + "/2023")
            .docType(DocType.SENTENCE).instance(Instance.FIRST)
            .articles(List.of("УК РФ 337")).articlesPart(List.of("УК РФ 337 ч.5")).articlesMentioned(List.of())
            .judge("Иванов И.И.").outcome(Outcome.CONVICTION).punishment(List.of()).filePaths(List.of())
            .metadataSources(List.of()).extractionWarnings(List.of()).ocr(i % 1000 == 0).evidence(List.of())
            .build();
        bulk.add(op -> op.index(ix -> ix.index(alias).id(id).document(d)));
      }
    }
    web.client.indices().refresh(r -> r.index(alias));
    WebServer deep = new WebServer(WebFixture.config(alias, Map.of()), web.client, "embedded").start();
    try {
      java.net.URI root = java.net.URI.create("http://127.0.0.1:" + deep.port());
      Set<String> seen = new HashSet<>();
      String after = null;
      long total = -1;
      int pages = 0;
      do {
        HttpResponse<String> r = web.get(root, "/api/search?size=100&sort=date_asc" + (after == null ? "" : "&after=" + after));
        assertEquals(200, r.statusCode(), "page " + pages + " after " + after + ": " + r.body());
        JsonNode page = Json.mapper().readTree(r.body());
        total = page.path("total").asLong();
        for (JsonNode hit : page.path("hits")) {
          assertTrue(seen.add(hit.path("id").asText()), "seen twice: " + hit.path("id"));
        }
        assertTrue(page.has("next_after"), "next_after is always present");
        after = page.path("next_after").isNull() ? null : page.path("next_after").asText();
        pages++;
      } while (after != null && pages < 200);
      assertEquals(n, total);
      assertEquals(n, seen.size());
      // a text recognised from a scan is marked, filterable and said so on its page
      JsonNode scans = Json.mapper().readTree(web.get(root, "/api/search?size=100&q=" + enc("ocr:true")).body());
      assertEquals(11, scans.path("total").asLong());
      assertEquals(n - 11, Json.mapper().readTree(web.get(root, "/api/search?size=1&q=" + enc("ocr:false")).body()).path("total").asLong());
      String scanPage = web.get(root, "/decisions/" + scans.path("hits").get(0).path("id").asText()).body();
      assertTrue(scanPage.contains("распознан со скана"), "the decision page warns of recognition errors");
      assertEquals(400, web.get(root, "/api/search?q=" + enc("ocr:maybe")).statusCode());
    } finally {
      deep.stop();
    }
  }
}
