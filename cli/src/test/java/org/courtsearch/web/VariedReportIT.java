package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.decision.ServiceBasis;
import org.courtsearch.core.es.Json;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.testkit.GeneratedDecision;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.report.Report;
import org.courtsearch.search.report.ReportQuery;
import org.courtsearch.search.report.Reporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number that started the project, end to end: a corpus written with every variant of real
 * writing switched on, indexed by the real indexer into a real node, and the site's report of
 * Article 337 sentences by month compared with the ground truth cell by cell.
 */
class VariedReportIT {
  @TempDir static Path corpus;
  static List<GeneratedDecision> truth;
  static RunReport indexed;
  static String alias;
  static WebServer server;
  static URI root;

  @BeforeAll
  static void index() throws Exception {
    WebFixture web = WebFixture.get();
    truth = new CorpusGenerator(corpus, 3370524L, true, true).generate(400);
    alias = TestCluster.uniqueName("varied");
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      IndexRun run = new IndexRun(web.client, alias, 1, "0-1", extractor, Path.of("target", "runs-varied"));
      indexed = run.run(new IndexRun.Options(List.of(corpus), CaseCards.empty(), false, 2, false, Set.of()));
    }
    web.client.indices().refresh(r -> r.index(alias));
    server = new WebServer(WebFixture.config(alias, Map.of()), web.client, "embedded").start();
    root = URI.create("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void article337SentencesByMonthEqualTheGroundTruth() throws Exception {
    assertEquals(truth.size(), indexed.decisionsIndexed(), indexed.summary());
    Map<String, Long> expected = new TreeMap<>();
    for (GeneratedDecision d : truth) {
      if (d.docType().equals("приговор") && d.articles().contains("УК РФ 337")) {
        expected.merge(d.decisionDate().substring(0, 7), 1L, Long::sum);
      }
    }
    assertTrue(expected.size() > 10, "months with desertion sentences: " + expected);
    String q = "/api/report?by=month&type=" + enc("приговор") + "&article=" + enc("УК РФ 337");
    JsonNode report = Json.mapper().readTree(WebFixture.get().get(root, q).body());
    Map<String, Long> found = new TreeMap<>();
    for (JsonNode row : report.path("rows")) {
      if (row.path("count").asLong() > 0) {
        found.put(row.path("month").asText(), row.path("count").asLong());
      }
    }
    assertEquals(expected, found);
    assertEquals(0, report.path("missing").path("month").asLong(), "every sentence has its date");
    long koap = truth.stream().filter(d -> !d.articles().isEmpty() && d.articles().get(0).startsWith("КоАП")).count();
    JsonNode offences = Json.mapper().readTree(WebFixture.get().get(root, "/api/search?size=1&q=" + enc("article:\"ч. 1 ст. 20.3 КоАП РФ\"")).body());
    assertEquals(truth.stream().filter(d -> d.articlesPart().contains("КоАП РФ 20.3 ч.1")).count(), offences.path("total").asLong());
    assertTrue(koap > 0, "КоАП rulings are in the corpus");
  }

  @Test
  void article337AppealsAndCassationsByMonthAndOutcomeEqualTheGroundTruth() throws Exception {
    for (String instance : List.of("appeal", "cassation")) {
      Map<String, Long> expected = new TreeMap<>();
      for (GeneratedDecision d : truth) {
        if (d.instance().equals(instance) && d.articles().contains("УК РФ 337")) {
          expected.merge(d.decisionDate().substring(0, 7) + " " + d.outcome(), 1L, Long::sum);
        }
      }
      assertTrue(!expected.isEmpty(), instance + " rulings on Art. 337 are in the corpus");
      String q = "/api/report?by=month&by=outcome&instance=" + instance + "&article=" + enc("УК РФ 337");
      JsonNode report = Json.mapper().readTree(WebFixture.get().get(root, q).body());
      Map<String, Long> found = new TreeMap<>();
      for (JsonNode row : report.path("rows")) {
        if (row.path("count").asLong() > 0) {
          found.put(row.path("month").asText() + " " + row.path("outcome").asText(), row.path("count").asLong());
        }
      }
      assertEquals(expected, found, instance + ": a review counts under the articles of the judgment it reviews");
    }
  }

  /** The persons convicted in the decisions the predicate selects. */
  static List<Map.Entry<GeneratedDecision, Sentence>> persons(Predicate<GeneratedDecision> which) {
    List<Map.Entry<GeneratedDecision, Sentence>> out = new ArrayList<>();
    for (GeneratedDecision d : truth) {
      if (which.test(d)) {
        d.sentences().forEach(s -> out.add(Map.entry(d, s)));
      }
    }
    return out;
  }

  static JsonNode json(String q) throws Exception {
    HttpResponse<String> r = WebFixture.get().get(root, q);
    assertEquals(200, r.statusCode(), q + " → " + r.body());
    return Json.mapper().readTree(r.body());
  }

  /** Seed question 1: the share of Art. 337 sentences that are suspended, month by month. */
  @Test
  void theSuspendedShareOfDesertionSentencesByMonthIsTheGroundTruths() throws Exception {
    Map<String, long[]> expected = new TreeMap<>(); // month → suspended, persons
    for (Map.Entry<GeneratedDecision, Sentence> p : persons(d -> d.docType().equals("приговор") && d.articles().contains("УК РФ 337"))) {
      if (p.getValue().suspended() != null) {
        long[] t = expected.computeIfAbsent(p.getKey().decisionDate().substring(0, 7), k -> new long[2]);
        t[0] += p.getValue().suspended() ? 1 : 0;
        t[1]++;
      }
    }
    assertTrue(expected.size() > 10, expected.keySet().toString());
    JsonNode report = json("/api/report?by=month&type=" + enc("приговор") + "&article=" + enc("УК РФ 337") + "&measure=suspended_share");
    int compared = 0;
    for (JsonNode row : report.path("rows")) {
      long[] t = expected.get(row.path("month").asText());
      if (t == null) {
        assertTrue(row.path("value").isNull(), "a month with no sentence has no share: " + row);
        assertEquals(0, row.path("persons").asLong());
        continue;
      }
      assertEquals(t[1], row.path("persons").asLong(), row.toString());
      assertEquals(Math.round(t[0] * 10_000.0 / t[1]) / 10_000.0, row.path("value").asDouble(), 1e-9, row.toString());
      assertTrue(row.path("count").asLong() >= 1, "the decisions behind the cell stay counted: " + row);
      compared++;
    }
    assertEquals(expected.size(), compared);
    long suspended = expected.values().stream().mapToLong(t -> t[0]).sum();
    long all = expected.values().stream().mapToLong(t -> t[1]).sum();
    assertEquals(Math.round(suspended * 10_000.0 / all) / 10_000.0, report.path("measured").path("all").path("value").asDouble(), 1e-9);
  }

  /** Seed question 2: the median term of ч. 5 ст. 337 sentences, court by court. */
  @Test
  void theMedianTermOfPart5DesertionByCourtIsTheGroundTruths() throws Exception {
    Map<String, List<Integer>> terms = new TreeMap<>();
    for (Map.Entry<GeneratedDecision, Sentence> p : persons(d -> d.articlesPart().contains("УК РФ 337 ч.5") && d.docType().equals("приговор"))) {
      if (p.getValue().termMonths() != null) {
        terms.computeIfAbsent(p.getKey().court(), k -> new ArrayList<>()).add(p.getValue().termMonths());
      }
    }
    assertTrue(terms.size() > 3, terms.toString());
    JsonNode report = json("/api/report?by=court&type=" + enc("приговор") + "&article_part=" + enc("УК РФ 337 ч.5") + "&measure=term_median");
    int compared = 0;
    for (JsonNode row : report.path("rows")) {
      List<Integer> t = terms.get(row.path("court").asText());
      if (t == null) {
        continue;
      }
      assertEquals(t.size(), row.path("persons").asLong(), row.toString());
      assertEquals(median(t), row.path("value").asDouble(), 1e-9, row + " of " + t);
      compared++;
    }
    assertEquals(terms.size(), compared);
    JsonNode mean = json("/api/report?by=court&type=" + enc("приговор") + "&article_part=" + enc("УК РФ 337 ч.5") + "&measure=term_mean");
    for (JsonNode row : mean.path("rows")) {
      List<Integer> t = terms.get(row.path("court").asText());
      if (t != null) {
        double m = t.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertEquals(Math.round(m * 10_000) / 10_000.0, row.path("value").asDouble(), 1e-9, row.toString());
      }
    }
  }

  /** The middle term, or the mean of the two middle ones. */
  static double median(List<Integer> values) {
    List<Integer> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** Seed question 3: mobilised against contract servicemen, region by region — counted, and as a share. */
  @Test
  void mobilisedAgainstContractByRegionIsTheGroundTruths() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    Map<String, long[]> shares = new TreeMap<>();
    for (GeneratedDecision d : truth) {
      d.sentences().stream().map(Sentence::serviceBasis).filter(Objects::nonNull).distinct()
          .forEach(b -> expected.merge(d.region() + " " + b.value(), 1L, Long::sum));
      for (Sentence s : d.sentences()) {
        if (s.serviceBasis() != null) {
          long[] t = shares.computeIfAbsent(d.region(), k -> new long[2]);
          t[0] += s.serviceBasis() == ServiceBasis.MOBILISED ? 1 : 0;
          t[1]++;
        }
      }
    }
    assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(" contract")), expected.toString());
    JsonNode report = json("/api/report?by=region&by=service_basis");
    Map<String, Long> found = new TreeMap<>();
    for (JsonNode row : report.path("rows")) {
      if (row.path("count").asLong() > 0) {
        found.put(row.path("region").asText() + " " + row.path("service_basis").asText(), row.path("count").asLong());
      }
    }
    assertEquals(expected, found);
    JsonNode share = json("/api/report?by=region&measure=mobilised_share");
    int compared = 0;
    for (JsonNode row : share.path("rows")) {
      long[] t = shares.get(row.path("region").asText());
      if (t != null) {
        assertEquals(Math.round(t[0] * 10_000.0 / t[1]) / 10_000.0, row.path("value").asDouble(), 1e-9, row.toString());
        assertEquals(t[1], row.path("persons").asLong(), row.toString());
        compared++;
      }
    }
    assertEquals(shares.size(), compared);
  }

  /**
   * A report answered in one response (terms aggregations, an axis summed from the cells where it adds up) equals the same
   * report counted by composite pages two values at a time: every shape of table, a measure of each kind, cases.
   */
  @Test
  void oneResponseEqualsTheCompositePages() throws Exception {
    // and on the real acts, where courts, dates and judges go missing
    String real = TestCluster.uniqueName("varied-real");
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      new IndexRun(WebFixture.get().client, real, 1, "0-1", extractor, Path.of("target", "runs-varied-real"))
          .run(new IndexRun.Options(List.of(WebFixture.SAMPLES.resolve("real")), CaseCards.empty(), false, 2, false, Set.of()));
    }
    WebFixture.get().client.indices().refresh(r -> r.index(real));
    int lackingFirst = 0;
    int cells = 0;
    for (String name : List.of(alias, real)) {
      DecisionIndex ix = DecisionIndex.of(WebFixture.get().client, name);
      int[] counted = compareOneResponseWithPages(new Reporter(ix), new Reporter(ix, 2));
      cells += counted[0];
      lackingFirst += counted[1];
    }
    assertTrue(cells > 100, "the reports have cells to compare: " + cells);
    assertTrue(lackingFirst > 0, "some decisions lack the first dimension (their own bucket along the second axis)");
  }

  /** The cells compared, and the reports whose first dimension some decisions lack. */
  private static int[] compareOneResponseWithPages(Reporter oneResponse, Reporter paged) {
    List<String> shapes = List.of("by=month", "by=region&by=month", "by=region&by=month&measure=suspended_share",
        "by=court&by=month&measure=term_mean", "by=court&measure=term_median", "by=region&by=year&measure=term_median",
        "by=article&by=month&measure=term_mean", "by=month&by=article", "by=quarter&by=court", "by=year&by=service_basis&measure=mobilised_share",
        "by=region&by=type", "by=court&by=region&count=cases", "by=month&count=cases&type=" + enc("приговор"),
        "by=judge&by=month&measure=term_mean", "by=outcome&by=year", "by=month&by=region", "by=instance&by=court_kind&measure=suspended_share");
    int cells = 0;
    int lackingFirst = 0;
    for (String shape : shapes) {
      Map<String, List<String>> params = new LinkedHashMap<>();
      for (String kv : shape.split("&")) {
        params.computeIfAbsent(kv.substring(0, kv.indexOf('=')), k -> new ArrayList<>())
            .add(URLDecoder.decode(kv.substring(kv.indexOf('=') + 1), StandardCharsets.UTF_8));
      }
      ReportQuery rq = ReportQuery.of(params);
      Report one = oneResponse.run(rq);
      Report pages = paged.run(rq);
      assertEquals(pages.totals(), one.totals(), shape);
      assertEquals(pages.missing(), one.missing(), shape);
      assertEquals(pages.regionDerived(), one.regionDerived(), shape);
      assertEquals(pages.rows().size(), one.rows().size(), shape);
      if (one.missing().get(rq.by().get(0).param()) > 0 && rq.by().size() == 2 && rq.by().get(0).singleValued() && !rq.byCases()) {
        lackingFirst++;
      }
      for (int i = 0; i < one.rows().size(); i++) {
        Map<String, Object> a = new LinkedHashMap<>(one.rows().get(i));
        Map<String, Object> b = new LinkedHashMap<>(pages.rows().get(i));
        Object va = a.remove("value");
        Object vb = b.remove("value");
        assertEquals(b, a, shape);
        if (va == null || vb == null) {
          assertEquals(vb, va, shape + " " + a);
        } else {
          assertEquals(((Number) vb).doubleValue(), ((Number) va).doubleValue(), 1e-3, shape + " " + a);
        }
        cells++;
      }
      if (one.measured() != null) {
        assertEquals(pages.measured().all().persons(), one.measured().all().persons(), shape);
        Double paged0 = pages.measured().all().value();
        Double one0 = one.measured().all().value();
        if (paged0 == null || one0 == null) {
          assertEquals(paged0, one0, shape);
        } else {
          assertEquals(paged0, one0, 1e-3, shape);
        }
        pages.measured().first().forEach((k, v) -> assertEquals(v.persons(), one.measured().first().get(k).persons(), shape + " " + k));
        pages.measured().second().forEach((k, v) -> assertEquals(v.persons(), one.measured().second().get(k).persons(), shape + " " + k));
      }
    }
    return new int[] {cells, lackingFirst};
  }

  /** A two-dimension report whose axes are summed from its cells gives each axis what a report of that axis alone gives. */
  @Test
  void axisTotalsSummedFromTheCellsEqualTheAxisCountedAlone() throws Exception {
    String filter = "&type=" + enc("приговор") + "&article=" + enc("УК РФ 337");
    for (String measure : List.of("", "&measure=suspended_share", "&measure=term_mean")) {
      JsonNode both = json("/api/report?by=region&by=month" + filter + measure);
      assertEquals(0, both.path("missing").path("month").asLong(), "every sentence has its date: the sums apply");
      JsonNode regions = json("/api/report?by=region" + filter + measure);
      JsonNode months = json("/api/report?by=month" + filter + measure);
      assertEquals(regions.path("totals").path("first"), both.path("totals").path("first"), measure);
      assertEquals(months.path("totals").path("first"), both.path("totals").path("second"), measure);
      if (!measure.isEmpty()) {
        regions.path("measured").path("first").fields().forEachRemaining(e -> {
          JsonNode summed = both.path("measured").path("first").path(e.getKey());
          assertEquals(e.getValue().path("persons").asLong(), summed.path("persons").asLong(), e.getKey());
          assertEquals(e.getValue().path("value").asDouble(), summed.path("value").asDouble(), 1e-4, e.getKey() + measure);
        });
      }
    }
  }

  @Test
  void theSentencesNumbersAreRangesInTheBoxAndTheirKindsFacets() throws Exception {
    long inRange = truth.stream().filter(d -> d.sentences().stream()
        .anyMatch(s -> s.termMonths() != null && s.termMonths() >= 36 && s.termMonths() <= 60)).count();
    assertTrue(inRange > 0);
    assertEquals(inRange, json("/api/search?size=1&q=" + enc("term_months:[36 TO 60]")).path("total").asLong());
    long over = truth.stream().filter(d -> d.sentences().stream().anyMatch(s -> s.termMonths() != null && s.termMonths() > 60)).count();
    assertEquals(over, json("/api/search?size=1&q=" + enc("term_months:>60")).path("total").asLong());
    long fines = truth.stream().filter(d -> d.sentences().stream().anyMatch(s -> s.fineRoubles() != null && s.fineRoubles() <= 30_000)).count();
    assertEquals(fines, json("/api/search?size=1&q=" + enc("fine:[* TO 30000]")).path("total").asLong());
    long mobilisedSuspended = truth.stream().filter(d -> d.sentences().stream()
        .anyMatch(s -> s.serviceBasis() == ServiceBasis.MOBILISED && Boolean.TRUE.equals(s.suspended()))).count();
    assertEquals(mobilisedSuspended, json("/api/search?size=1&q=" + enc("basis:мобилизация suspended:true")).path("total").asLong());
    // the service facets are counted on demand: with a document type chosen, or by their own link (more=)
    assertTrue(json("/api/search?size=1").path("facets").path("service_basis").isMissingNode(), "not counted on every search");
    JsonNode all = json("/api/search?size=1&type=" + enc("приговор"));
    JsonNode asked = json("/api/search?size=1&more=service_basis");
    for (ServiceBasis b : ServiceBasis.values()) {
      long n = truth.stream().filter(d -> d.sentences().stream().anyMatch(s -> s.serviceBasis() == b)).count();
      assertEquals(n, SearchApiIT.count(all.path("facets").path("service_basis"), b.value()), b.value());
      assertEquals(n, SearchApiIT.count(asked.path("facets").path("service_basis"), b.value()), b.value());
    }
    long masked = truth.stream().filter(d -> d.sentences().stream().anyMatch(s -> Sentence.MASKED_UNIT.equals(s.unit()))).count();
    assertTrue(masked > 0);
    assertEquals(masked, SearchApiIT.count(all.path("facets").path("unit"), Sentence.MASKED_UNIT));
    for (String bad : List.of("term_months:[60 TO 36]", "term_months:много", "basis:добровольно", "suspended:может")) {
      HttpResponse<String> r = WebFixture.get().get(root, "/api/search?q=" + enc(bad));
      assertEquals(400, r.statusCode(), bad + " → " + r.body());
      assertTrue(r.body().contains(bad.substring(0, bad.indexOf(':'))), r.body());
    }
    HttpResponse<String> r = WebFixture.get().get(root, "/api/report?by=month&measure=harshness");
    assertEquals(400, r.statusCode(), r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
