package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.web.Browser;
import org.courtsearch.web.WebFixture;
import org.courtsearch.web.WebServer;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.es.Json;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.testkit.GeneratedDecision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The investigator's workbench in a browser, on a real node: a batch of 50 lines with a bad one;
 * a saved search that sees the decisions indexed after it as new, in the page, in its Atom feed
 * (behind the access token) and in {@code courtsearch watch}; tags that are a facet, a filter and an
 * export column and survive an index run that rewrites their decisions.
 */
class WorkbenchIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String ARTICLE = "УК РФ 337";
  static final String TOKEN = "workbench-token-1";

  @TempDir static Path first;
  @TempDir static Path more;
  @TempDir static Path runs;
  @TempDir static Path home;
  static ElasticsearchClient client;
  static String alias;
  static List<GeneratedDecision> truth;
  static WebServer site;
  static WebServer guarded;
  static URI base;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    client = TestCluster.get().client();
    alias = TestCluster.uniqueName("bench");
    truth = new CorpusGenerator(first, 41, true).generate(80);
    new CorpusGenerator(more, 42, true).generate(30);
    index(first);
    site = new WebServer(WebFixture.config(alias, Map.of()), client, "embedded").start();
    guarded = new WebServer(WebFixture.config(alias, Map.of(ConfigLoader.ACCESS_TOKEN, TOKEN)), client, "embedded").start();
    base = URI.create("http://127.0.0.1:" + site.port());
    driver = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.stop();
      guarded.stop();
    }
  }

  static void index(Path root) {
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), false)) {
      new IndexRun(client, alias, 1, "0-1", extractor, runs)
          .run(new IndexRun.Options(List.of(root), CaseCards.empty(), false, 2, false, Set.of()));
      client.indices().refresh(r -> r.index(alias));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpResponse<byte[]> get(URI root, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path));
    if (token != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("reader:" + token).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<byte[]> r = get(base, path, null);
    assertEquals(200, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
    return Json.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every decision id of a search, through the API's pages. */
  static Set<String> ids(String query) throws Exception {
    Set<String> out = new HashSet<>();
    String after = null;
    do {
      JsonNode page = json("/api/search?size=100&" + query + (after == null ? "" : "&after=" + enc(after)));
      page.path("hits").forEach(h -> out.add(h.path("id").asText()));
      after = page.path("next_after").isNull() ? null : page.path("next_after").asText();
    } while (after != null);
    return out;
  }

  @Test
  void aBatchOfFiftyLinesWithABadLineInTheBrowser() throws Exception {
    List<String> lines = new ArrayList<>();
    for (GeneratedDecision d : truth) {
      if (lines.size() < 47 && d.caseNumber() != null && !lines.contains(d.caseNumber())) {
        lines.add(d.caseNumber());
      }
    }
    lines.add("judge:" + truth.get(0).judge().split(" ")[0]);
    lines.add("\"самовольное оставление\"");
    lines.add("ocr:maybe"); // a field value the search refuses: a reason in its row, not a failed batch
    assertEquals(50, lines.size());

    driver.get(base.resolve("/batch?type=" + enc("приговор")).toString());
    driver.findElement(By.id("batch-lines")).sendKeys(String.join("\n", lines));
    driver.findElement(By.id("batch-run")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("batch-table")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#batch-table tbody tr"));
    assertEquals(50, rows.size());
    assertEquals("1", driver.findElement(By.id("failed")).getText().trim(), "one bad line");
    WebElement bad = driver.findElement(By.cssSelector("#batch-table tr.failed"));
    assertEquals("50", bad.getAttribute("data-number"));
    assertTrue(bad.findElement(By.className("reason")).getText().contains("ocr"), bad.getText());

    // each count is its search's, under the page's filter; the link opens that search
    long checked = 0;
    for (WebElement row : driver.findElements(By.cssSelector("#batch-table a.count"))) {
      String href = row.getAttribute("href");
      String qs = href.substring(href.indexOf('?') + 1);
      assertTrue(qs.contains("type=" + enc("приговор")), href);
      assertEquals(Long.parseLong(row.getText().trim()), json("/api/search?size=1&" + qs).path("total").asLong(), href);
      checked++;
    }
    assertEquals(49, checked);

    // sortable: most decisions first
    driver.findElement(By.id("sort-count")).click();
    List<Long> counts = new ArrayList<>();
    for (WebElement a : driver.findElements(By.cssSelector("#batch-table a.count"))) {
      counts.add(Long.parseLong(a.getText().trim()));
    }
    List<Long> sorted = new ArrayList<>(counts);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, counts);

    // downloads: CSV with a row a line, XLSX
    String csvUrl = driver.findElement(By.id("batch-csv")).getAttribute("href");
    HttpResponse<byte[]> csv = get(base, URI.create(csvUrl).getRawPath() + "?" + URI.create(csvUrl).getRawQuery(), null);
    assertEquals(200, csv.statusCode());
    List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).replace("\ufeff", ""))).getRecords();
    assertEquals(50, records.size());
    assertEquals(lines.get(0), records.get(0).get("line"));
    assertTrue(records.get(0).isMapped("cases"));
    assertFalse(records.get(49).get("error").isEmpty());
    String xlsxUrl = driver.findElement(By.id("batch-xlsx")).getAttribute("href");
    HttpResponse<byte[]> xlsx = get(base, URI.create(xlsxUrl).getRawPath() + "?" + URI.create(xlsxUrl).getRawQuery(), null);
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', (char) xlsx.body()[0]);
    assertEquals('K', (char) xlsx.body()[1]);
  }

  @Test
  void aSavedSearchSeesNewDecisionsInThePageTheFeedAndWatch() throws Exception {
    String filter = "article=" + enc(ARTICLE);
    Set<String> before = ids(filter);
    assertFalse(before.isEmpty());

    driver.get(base.resolve("/?" + filter).toString());
    WebElement name = driver.findElement(By.cssSelector("form.save-search input[name=name]"));
    name.clear();
    name.sendKeys("Дезертирство");
    driver.findElement(By.id("save-search")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
    WebElement row = driver.findElements(By.cssSelector("#saved tbody tr")).stream()
        .filter(r -> r.findElement(By.className("open")).getText().trim().equals("Дезертирство")).findFirst().orElseThrow();
    String id = row.getAttribute("data-id");
    assertEquals("0", row.findElement(By.className("new-count")).getText().trim());
    assertEquals(0, watch(new StringWriter()), "the first watch runs");

    Thread.sleep(20); // indexed_at strictly after the marks
    index(more);
    Set<String> after = ids(filter);
    Set<String> added = new HashSet<>(after);
    added.removeAll(before);
    assertFalse(added.isEmpty(), "the second corpus adds decisions under " + ARTICLE);

    driver.get(base.resolve("/saved").toString());
    row = driver.findElement(By.id("s-" + id));
    assertEquals(added.size() + " новых", row.findElement(By.className("new-count")).getText().trim());

    // open it: the new ones are marked in the results
    row.findElement(By.className("open")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("news")));
    Set<String> listed = new HashSet<>();
    Set<String> marked = new HashSet<>();
    for (WebElement hit : driver.findElements(By.cssSelector("ol.hits li.hit"))) {
      String href = hit.findElement(By.className("title")).getAttribute("href");
      String docId = href.substring(href.indexOf("/decisions/") + "/decisions/".length(), href.indexOf('?'));
      listed.add(docId);
      if (hit.getAttribute("class").contains("new")) {
        marked.add(docId);
      }
    }
    Set<String> expectedMarked = new HashSet<>(listed);
    expectedMarked.retainAll(added);
    assertEquals(expectedMarked, marked, "exactly the new decisions on the page are marked");
    driver.findElement(By.id("only-new")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    assertEquals(String.valueOf(added.size()), driver.findElement(By.id("total")).getText().trim());

    // looked at: nothing new any more
    driver.get(base.resolve("/saved").toString());
    assertEquals("0", driver.findElement(By.id("s-" + id)).findElement(By.className("new-count")).getText().trim());

    // the feed: the newest decisions, every new one among them; it needs the token like the site
    HttpResponse<byte[]> feed = get(base, "/feeds/" + id + ".atom", null);
    assertEquals(200, feed.statusCode());
    assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    Document atom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
    NodeList entries = atom.getElementsByTagName("entry");
    Set<String> fed = new HashSet<>();
    for (int i = 0; i < entries.getLength(); i++) {
      String urn = ((org.w3c.dom.Element) entries.item(i)).getElementsByTagName("id").item(0).getTextContent();
      fed.add(urn.substring(urn.lastIndexOf(':') + 1));
    }
    assertEquals(Math.min(after.size(), 50), fed.size());
    assertTrue(fed.containsAll(added), "every new decision is in the feed");
    URI guardedBase = URI.create("http://127.0.0.1:" + guarded.port());
    assertEquals(401, get(guardedBase, "/feeds/" + id + ".atom", null).statusCode(), "no token, no feed");
    assertEquals(401, get(guardedBase, "/feeds/" + id + ".atom", "wrong").statusCode());
    assertEquals(200, get(guardedBase, "/feeds/" + id + ".atom", TOKEN).statusCode());

    // watch has its own mark: it still sees the new ones once, then nothing
    StringWriter out = new StringWriter();
    assertEquals(0, watch(out));
    assertTrue(out.toString().contains("Дезертирство: " + added.size() + " new since"), out.toString());
    String someNew = added.iterator().next();
    assertTrue(out.toString().contains("/decisions/") , out.toString());
    if (added.size() <= 10) {
      assertTrue(out.toString().contains(someNew), out.toString());
    }
    out = new StringWriter();
    assertEquals(0, watch(out));
    assertTrue(out.toString().contains("Дезертирство: 0 new since"), out.toString());
  }

  static int watch(StringWriter out) {
    StringWriter err = new StringWriter();
    int code = Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "--es-url",
        TestCluster.get().state().url().toString(), "--index", alias, "watch");
    assertEquals(0, code, err + out.toString());
    return code;
  }

  @Test
  void tagsAreAFacetAFilterAnExportColumnAndSurviveARewrite() throws Exception {
    String docId = json("/api/search?size=1&sort=date_asc").path("hits").get(0).path("id").asText();
    driver.get(base.resolve("/decisions/" + docId).toString());
    WebElement tags = driver.findElement(By.id("note-tags"));
    tags.clear();
    tags.sendKeys("проверить, для статьи , проверить");
    driver.findElement(By.id("note-text")).sendKeys("Сверить с карточкой дела.");
    driver.findElement(By.id("note-save")).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#note"));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the note was not saved: " + driver.findElement(By.tagName("body")).getText(), e);
    }
    assertEquals("проверить, для статьи", driver.findElement(By.id("note-tags")).getAttribute("value"), "trimmed, each once");
    assertEquals("Сверить с карточкой дела.", driver.findElement(By.id("note-text")).getAttribute("value"));

    JsonNode tagged = json("/api/search?tag=" + enc("проверить"));
    assertEquals(1, tagged.path("total").asLong());
    assertEquals(docId, tagged.path("hits").get(0).path("id").asText());
    boolean inFacet = false;
    for (JsonNode v : json("/api/search?size=1").path("facets").path("tag")) {
      inFacet |= v.path("value").asText().equals("для статьи") && v.path("count").asLong() == 1;
    }
    assertTrue(inFacet, "tags are a facet");
    HttpResponse<byte[]> csv = get(base, "/api/export?format=csv&tag=" + enc("для статьи"), null);
    List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).replace("\ufeff", ""))).getRecords();
    assertEquals(1, rows.size());
    assertEquals("проверить; для статьи", rows.get(0).get("tags"));

    // the API: the note as JSON, and a bad one refused with its reason
    assertEquals("Сверить с карточкой дела.", json("/api/decisions/" + docId + "/note").path("note").asText());
    HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/decisions/" + docId + "/note"))
        .PUT(HttpRequest.BodyPublishers.ofString("{\"tags\": \"not a list\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals(404, get(base, "/api/decisions/" + "f".repeat(64) + "/note", null).statusCode());

    // a run without its ledger rewrites every decision (tags and all): the note puts the tags back
    client.indices().delete(d -> d.index(alias + "-files-v1"));
    index(first);
    assertEquals(1, json("/api/search?tag=" + enc("проверить")).path("total").asLong(), "the tag outlives the rewrite");
    List<String> restored = new ArrayList<>();
    json("/api/decisions/" + docId).path("tags").forEach(t -> restored.add(t.asText()));
    assertEquals(List.of("проверить", "для статьи"), restored, "the decision carries its tags again");
  }

  /** A form on another site cannot save, tag or delete here with the browser's credentials; scripts (no header) can. */
  @Test
  void writesFromAnotherSiteAreRefused() throws Exception {
    HttpRequest.Builder save = HttpRequest.newBuilder(base.resolve("/api/saved"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("name=cross&kind=search&query=q%3D%D1%81%D1%83%D0%B4"));
    HttpResponse<String> cross = HTTP.send(save.copy().header("Sec-Fetch-Site", "cross-site").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, cross.statusCode(), cross.body());
    assertTrue(cross.body().contains("Sec-Fetch-Site"), cross.body());
    HttpResponse<String> sameOrigin = HTTP.send(save.copy().header("Sec-Fetch-Site", "same-origin").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
    String id = Json.mapper().readTree(sameOrigin.body()).path("id").asText();
    HttpResponse<String> script = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/saved/" + id)).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(204, script.statusCode(), script.body());
  }

  /** A report is saved as the report's own URL, without paging; one that cannot run is refused with its reason. */
  @Test
  void aReportIsSavedAsItsOwnQuery() throws Exception {
    HttpResponse<String> saved = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/saved"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("name=by-region&kind=report&query=" + enc("by=region&after=xyz&article=" + ARTICLE)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, saved.statusCode(), saved.body());
    JsonNode s = Json.mapper().readTree(saved.body());
    assertEquals("article=" + enc(ARTICLE) + "&by=region", s.path("query_string").asText());
    HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/saved"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("name=bad&kind=report&query=" + enc("by=nonsense"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("nonsense"), bad.body());
    assertEquals(204, HTTP.send(HttpRequest.newBuilder(base.resolve("/api/saved/" + s.path("id").asText())).DELETE().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }
}
