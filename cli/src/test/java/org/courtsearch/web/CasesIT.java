package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
import org.courtsearch.testkit.CaseCorpusGenerator;
import org.courtsearch.testkit.GeneratedCase;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cases counted as the courts' records count them, against the generator's ground truth: cards in
 * both layouts, listings, a scraper's CSV and act texts (in files and inside cards) of one set of
 * cases, several sources per case, indexed by the real indexer into a real node beside the real
 * pages of samples/real-cards (copied from the shared data, public court records), and counted through the site's API. No case may count twice.
 */
class CasesIT {
  static final Path REAL_CARDS = Path.of(System.getProperty("courtsearch.root", ".."), "samples", "real-cards");
  @TempDir static Path corpus;
  @TempDir static Path runs;
  static List<GeneratedCase> truth;
  static List<GeneratedCase> first;
  static RunReport report;
  static WebServer server;
  static URI base;
  static String alias;
  static ElasticsearchClient client;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void indexAndServe() throws Exception {
    CaseCorpusGenerator generator = new CaseCorpusGenerator(corpus.resolve("court-pages"), 7);
    truth = generator.generate(400);
    first = truth.stream().filter(c -> c.instance().equals("first")).toList();
    client = TestCluster.get().client();
    alias = TestCluster.uniqueName("cases");
    report = index();
    server = new WebServer(WebFixture.config(alias, Map.of()), client, "embedded").start();
    base = URI.create("http://127.0.0.1:" + server.port());
  }

  static RunReport index() {
    List<Path> roots = new ArrayList<>(List.of(corpus.resolve("court-pages")));
    if (Files.isDirectory(REAL_CARDS)) {
      roots.add(REAL_CARDS);
    }
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), false)) {
      return new IndexRun(client, alias, 1, "0-1", extractor, runs)
          .run(new IndexRun.Options(roots, CaseCards.empty(), false, 2, false, Set.of()));
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return Json.mapper().readTree(r.body());
  }

  static Map<String, Long> rows(JsonNode count) {
    Map<String, Long> out = new TreeMap<>();
    count.path("rows").forEach(r -> out.put(r.path("key").asText(), r.path("count").asLong()));
    return out;
  }

  /** The truth as a time series: every month from the first to the last, zeros included. */
  static Map<String, Long> everyMonth(Map<String, Long> byMonth) {
    Map<String, Long> out = new TreeMap<>(byMonth);
    if (out.isEmpty()) {
      return out;
    }
    java.time.YearMonth last = java.time.YearMonth.parse(((TreeMap<String, Long>) out).lastKey());
    for (java.time.YearMonth m = java.time.YearMonth.parse(((TreeMap<String, Long>) out).firstKey()); !m.isAfter(last);
        m = m.plusMonths(1)) {
      out.putIfAbsent(m.toString(), 0L);
    }
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static final String FIRST_CRIMINAL = "instance=first&proceeding=criminal";

  @Test
  void everyCaseOnceHoweverManySourcesSpeakOfIt() throws Exception {
    JsonNode count = get("/api/cases/report?" + FIRST_CRIMINAL + "&by=court");
    assertEquals(first.size(), count.path("total").asLong(), "first-instance cases, each once");
    long multi = first.stream().filter(c -> c.sources().size() > 1).count();
    assertTrue(multi > 50, "cases with several sources in the set: " + multi);
    assertTrue(report.caseSources() > first.size(), "case sources read: " + report.caseSources());
    assertTrue(report.skipped().getOrDefault("NOT_A_DECISION", 0L) >= 3, "the site's error pages: " + report.skipped());
  }

  @Test
  void casesReceivedByMonthEqualTheTruth() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    long unknown = 0;
    for (GeneratedCase c : first) {
      if (c.received() == null) {
        unknown++;
      } else {
        expected.merge(c.received().substring(0, 7), 1L, Long::sum);
      }
    }
    JsonNode count = get("/api/cases/report?" + FIRST_CRIMINAL + "&by=received_month");
    assertEquals(everyMonth(expected), rows(count), "every month from the first to the last, none skipped");
    assertEquals(unknown, count.path("missing").asLong(), "cases known only from a text have no date received");
  }

  @Test
  void sentencesByMonthEqualTheTruth() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    for (GeneratedCase c : first) {
      if (c.resultKind().equals("sentence")) {
        expected.merge(c.decided().substring(0, 7), 1L, Long::sum);
      }
    }
    assertEquals(everyMonth(expected), rows(get("/api/cases/report?" + FIRST_CRIMINAL + "&result=sentence&by=decided_month")));
    Map<String, Long> pending = new TreeMap<>(Map.of("pending", first.stream().filter(c -> c.resultKind().equals("pending")).count()));
    assertEquals(pending, rows(get("/api/cases/report?" + FIRST_CRIMINAL + "&result=pending&by=result")),
        "a newer card updates an older capture of a pending case");
  }

  @Test
  void defendantsByArticleEqualTheTruth() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    for (GeneratedCase c : first) {
      for (GeneratedCase.Defendant d : c.defendants()) {
        for (String part : d.articlesPart()) {
          expected.merge(part, 1L, Long::sum);
        }
      }
    }
    assertEquals(expected, rows(get("/api/cases/report?unit=defendants&" + FIRST_CRIMINAL + "&by=article_part")));
    long deserters = first.stream().flatMap(c -> c.defendants().stream())
        .filter(d -> d.articlesPart().stream().anyMatch(p -> p.startsWith("УК РФ 337 "))).count();
    JsonNode byArticle = get("/api/cases/report?unit=defendants&" + FIRST_CRIMINAL + "&article=" + enc("ст. 337 УК РФ") + "&by=region");
    assertEquals(deserters, byArticle.path("total").asLong(), "defendants charged under ст. 337, one per person per case");
    assertEquals(deserters, rows(byArticle).values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void convictedDesertersByMonthEqualTheTruthWhicheverSourceListsThem() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    for (GeneratedCase c : first) {
      for (GeneratedCase.Defendant d : c.defendants()) {
        if (d.resultKind().equals("sentence") && d.articlesPart().stream().anyMatch(p -> p.startsWith("УК РФ 337 "))) {
          expected.merge(c.decided().substring(0, 7), 1L, Long::sum);
        }
      }
    }
    assertTrue(first.stream().anyMatch(c -> !c.defendants().isEmpty() && c.sources().stream().noneMatch(s -> s.startsWith("card"))),
        "the set has cases whose people only a listing or a scraper's row names");
    Map<String, Long> found = new TreeMap<>(rows(get("/api/cases/report?unit=defendants&" + FIRST_CRIMINAL + "&article="
        + enc("ст. 337 УК РФ") + "&result=sentence&by=decided_month")));
    found.values().removeIf(n -> n == 0);
    assertEquals(expected, found, "convicted Art. 337 defendants by month");
  }

  @Test
  void casesByRegionEqualTheTruth() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    first.forEach(c -> expected.merge(c.region(), 1L, Long::sum));
    assertEquals(expected, rows(get("/api/cases/report?" + FIRST_CRIMINAL + "&by=region")));
  }

  @Test
  void appealsJoinTheChainOfTheirFirstInstance() throws Exception {
    List<GeneratedCase> appeals = truth.stream().filter(c -> c.instance().equals("appeal")).toList();
    assertTrue(appeals.size() > 5, "appeals in the set: " + appeals.size());
    assertEquals(appeals.size(), get("/api/cases/report?instance=appeal&proceeding=criminal&by=court").path("total").asLong());
    Map<String, JsonNode> byNumber = new HashMap<>();
    JsonNode list = get("/api/cases?" + FIRST_CRIMINAL + "&size=500").path("cases");
    list.forEach(c -> byNumber.put(c.path("court_code").asText() + "|" + c.path("case_number").asText(), c));
    Map<Integer, GeneratedCase> byRef = new HashMap<>();
    truth.forEach(c -> byRef.put(c.ref(), c));
    JsonNode appealRecords = get("/api/cases?instance=appeal&size=500").path("cases");
    assertEquals(appeals.size(), appealRecords.size());
    for (JsonNode a : appealRecords) {
      GeneratedCase t = appeals.stream().filter(x -> x.caseNumber().equals(a.path("case_number").asText())).findFirst().orElseThrow();
      GeneratedCase f = byRef.get(t.chainRef());
      JsonNode firstRecord = byNumber.get(f.courtCode() + "|" + f.caseNumber());
      assertNotNull(firstRecord, "the first instance of " + t.caseNumber());
      assertEquals(firstRecord.path("chain_id").asText(), a.path("chain_id").asText(),
          "appeal " + t.caseNumber() + (t.uid() == null ? " (lower-court block only)" : " (same УИД)"));
    }
    Map<String, Long> results = new TreeMap<>();
    appeals.forEach(a -> results.merge(a.resultKind(), 1L, Long::sum));
    assertEquals(results, rows(get("/api/cases/report?instance=appeal&proceeding=criminal&by=result")));
    // the case page shows the chain
    String id = appealRecords.get(0).path("case_id").asText();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/cases/" + id)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Первая инстанция") && page.body().contains("Апелляция"), "both instances on the page");
  }

  @Test
  void realCardsBecomeRecords() throws Exception {
    assertTrue(Files.isDirectory(REAL_CARDS), "the real pages are in the repository (samples/): run from its root");
    JsonNode cassation = get("/api/cases?instance=cassation&court=" + enc("Пятый кассационный суд общей юрисдикции")).path("cases");
    assertEquals(1, cassation.size(), "the card and its act are one case");
    JsonNode c = cassation.get(0);
    assertEquals("26RS0001-01-2024-012553-83", c.path("uid").asText());
    assertTrue(c.path("has_text").asBoolean(), "its act is indexed and linked");
    assertEquals(1, c.path("defendants").size());
    assertEquals("2026-04-21", c.path("received").asText());
    String decision = c.path("acts").get(0).path("decision_id").asText();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/decisions/" + decision)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(page.body().contains("id=\"case-link\" href=\"/cases/" + c.path("case_id").asText()), "the decision links its case");
    JsonNode civil = get("/api/cases?proceeding=civil&instance=first").path("cases");
    assertEquals(1, civil.size(), "the civil card without acts is a case, not a decision");
    assertEquals("pending", civil.get(0).path("result_kind").asText());
  }

  @Test
  void aBadFilterIsA400WithItsReason() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/cases/report?result=convicted")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("convicted") && r.body().contains("sentence"), r.body());
    HttpResponse<String> by = http.send(HttpRequest.newBuilder(base.resolve("/api/cases/report?by=month")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, by.statusCode());
  }

  @Test
  void exportsOfCasesArePerCaseOrPerDefendantAndComplete() throws Exception {
    long cases = first.size();
    long people = first.stream().mapToLong(c -> Math.max(1, c.defendants().size())).sum();
    HttpResponse<String> csv = http.send(HttpRequest.newBuilder(base.resolve("/api/cases/export?format=csv&per=case&"
        + FIRST_CRIMINAL)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode(), csv.body());
    assertEquals(cases + 1, csv.body().lines().count() - multiline(csv.body()), "a header and one row per case");
    HttpResponse<String> perPerson = http.send(HttpRequest.newBuilder(base.resolve("/api/cases/export?format=jsonl&per=defendant&"
        + FIRST_CRIMINAL)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(people, perPerson.body().lines().count(), "one line per defendant (a case without listed persons keeps one)");
    JsonNode line = Json.mapper().readTree(perPerson.body().lines().findFirst().orElseThrow());
    assertTrue(line.has("case") && line.has("defendant"), line.toString());
    HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(base.resolve("/api/cases/export?format=xlsx&per=defendant&"
        + FIRST_CRIMINAL)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xlsx.statusCode());
    try (ReadableWorkbook wb = new ReadableWorkbook(
        new ByteArrayInputStream(xlsx.body()))) {
      assertEquals(people + 1, wb.getFirstSheet().read().size(), "a header and one row per defendant");
    }
  }

  /** Lines a CSV record spreads over beyond its first (a quoted value with line breaks). */
  static long multiline(String csv) {
    long extra = 0;
    boolean quoted = false;
    for (char ch : csv.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '\n' && quoted) {
        extra++;
      }
    }
    return extra;
  }

  @Test
  void thePagesOfCasesInABrowser() throws Exception {
    ChromeDriver driver = Browser.start();
    try {
      // the start page: the seed's view by case
      driver.get(base.resolve("/").toString());
      String overview = driver.findElement(By.id("cases-overview")).getText();
      long received = get("/api/cases/report?instance=first&article=" + enc("УК РФ 337") + "&by=court").path("total").asLong();
      assertTrue(received > 100, "Article 337 cases: " + received);
      assertTrue(overview.contains("Дела по статье УК РФ 337 (первая инстанция): поступило " + received), overview);
      // the switch to cases, a facet, the count, a case and its chain
      driver.findElement(By.id("nav-cases")).click();
      driver.get(base.resolve("/cases?" + FIRST_CRIMINAL).toString());
      assertTrue(driver.findElement(By.id("case-total")).getText().contains(Long.toString(first.size())));
      driver.findElement(By.cssSelector("[data-facet=result] a[data-value=sentence]")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("result=sentence"));
      long sentences = first.stream().filter(c -> c.resultKind().equals("sentence")).count();
      assertTrue(driver.findElement(By.id("case-total")).getText().contains("Дел: " + sentences),
          driver.findElement(By.id("case-total")).getText());
      assertTrue(driver.getCurrentUrl().contains("result=sentence"), "the URL holds the state");
      new Select(driver.findElement(By.id("unit"))).selectByValue("defendants");
      new Select(driver.findElement(By.id("by"))).selectByValue("region");
      driver.findElement(By.cssSelector(".count-form button")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("unit=defendants"));
      assertTrue(driver.findElement(By.id("case-count")).getText().startsWith("Лиц:"));
      driver.findElement(By.cssSelector("#cases a")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/cases/c"));
      assertTrue(driver.findElement(By.id("chain")).getText().contains("Первая инстанция"));
    } finally {
      driver.quit();
    }
  }

  /** Runs last by name order within the class is not guaranteed: it checks counts before and after itself. */
  @Test
  void readingTheSameFoldersAgainChangesNothing() throws Exception {
    Map<String, Long> before = rows(get("/api/cases/report?by=received_month"));
    long total = get("/api/cases/report?by=court").path("total").asLong();
    RunReport again = index();
    assertEquals(0, again.caseSources(), "unchanged files are not read again");
    client.indices().refresh(r -> r.index(IndexNames.cases(alias)));
    assertEquals(before, rows(get("/api/cases/report?by=received_month")));
    assertEquals(total, get("/api/cases/report?by=court").path("total").asLong());
  }
}
