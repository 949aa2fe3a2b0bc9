package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.courtsearch.core.es.Json;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.testkit.GeneratedDecision;
import org.courtsearch.web.Browser;
import org.courtsearch.web.WebFixture;
import org.courtsearch.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Counts anyone can check: a report's cell opens the decisions it counts; its methodology package
 * holds the table, the query and every decision counted; after more decisions are indexed,
 * {@code courtsearch verify} names exactly the decisions added and the cells that moved.
 */
class MethodologyIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String ARTICLE = "УК РФ 337";

  @TempDir Path home;
  @TempDir Path first;
  @TempDir Path more;
  @TempDir Path runs;

  void index(ElasticsearchClient client, String alias, Path root) {
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), false)) {
      new IndexRun(client, alias, 1, "0-1", extractor, runs)
          .run(new IndexRun.Options(List.of(root), CaseCards.empty(), false, 2, false, Set.of()));
      client.indices().refresh(r -> r.index(alias));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aPackageThenMoreDecisionsThenVerifySaysExactlyWhatChanged() throws Exception {
    ElasticsearchClient client = TestCluster.get().client();
    String alias = TestCluster.uniqueName("method");
    new CorpusGenerator(first, 31, true).generate(60);
    List<GeneratedDecision> added = new CorpusGenerator(more, 32, true).generate(25);
    index(client, alias, first);
    WebServer site = new WebServer(WebFixture.config(alias, Map.of()), client, "embedded").start();
    try {
      URI base = URI.create("http://127.0.0.1:" + site.port());
      String report = "/reports?by=region&article=" + URLEncoder.encode(ARTICLE, StandardCharsets.UTF_8);
      clickACell(base, report);

      // the package: table, query, every decision
      HttpResponse<byte[]> zip = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/report/package?by=region&article="
          + URLEncoder.encode(ARTICLE, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, zip.statusCode());
      Map<String, String> entries = unzip(zip.body());
      assertTrue(entries.keySet().containsAll(Set.of("table.csv", "table.xlsx", "decisions.csv", "query.json", "README.md")),
          entries.keySet().toString());
      JsonNode query = Json.mapper().readTree(entries.get("query.json"));
      long total = query.path("total").asLong();
      assertTrue(total > 10, "decisions under ст. 337: " + total);
      assertEquals(total, entries.get("decisions.csv").lines().count() - 1, "every decision counted is listed");
      assertTrue(query.path("elasticsearch").path("query").toString().contains("УК РФ 337"), query.toString());
      assertTrue(query.path("elasticsearch").path("index").asText().startsWith(alias), query.toString());
      assertTrue(entries.get("README.md").contains("Как проверить"));
      Path pkg = home.resolve("package.zip");
      Files.write(pkg, zip.body());

      assertEquals(0, verify(alias, pkg, new StringWriter()), "nothing changed yet");

      // more decisions; verify names them and the cells they moved, exactly
      index(client, alias, more);
      Map<String, Long> expected = new TreeMap<>();
      long newOnes = 0;
      for (GeneratedDecision d : added) {
        if (d.articles().contains(ARTICLE)) {
          newOnes++;
          expected.merge(d.region(), 1L, Long::sum);
        }
      }
      assertTrue(newOnes > 0, "the second corpus adds decisions under ст. 337");
      StringWriter out = new StringWriter();
      assertEquals(1, verify(alias, pkg, out), out.toString());
      String said = out.toString();
      assertTrue(said.contains(String.format("decisions: %d then, %d now: %d added, 0 removed", total, total + newOnes, newOnes)),
          said);
      Map<String, Long> moved = new TreeMap<>();
      Matcher m = Pattern.compile("(?m)^  (.+): (\\d+) → (\\d+) \\([+-]\\d+\\)$").matcher(said);
      while (m.find()) {
        moved.put(m.group(1), Long.parseLong(m.group(3)) - Long.parseLong(m.group(2)));
      }
      assertEquals(expected, moved, said);
    } finally {
      site.stop();
    }
  }

  int verify(String alias, Path pkg, StringWriter out) {
    StringWriter err = new StringWriter();
    int code = Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "--es-url",
        TestCluster.get().state().url().toString(), "--index", alias, "verify", pkg.toString());
    assertTrue(code == 0 || code == 1, "verify ran: " + err + out);
    return code;
  }

  static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> out = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** In a browser: a cell of the report page opens the search of the decisions it counts, as many as it says. */
  static void clickACell(URI base, String report) throws Exception {
    ChromeDriver driver = Browser.start();
    try {
      driver.get(base.resolve(report).toString());
      assertTrue(driver.findElement(By.id("methodology")).getAttribute("href").contains("/api/report/package?"),
          "the report offers its methodology package");
      WebElement cell = driver.findElement(By.cssSelector("#report-table tbody a.cell"));
      String shown = cell.getText().trim();
      cell.click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
      assertEquals(shown, driver.findElement(By.id("total")).getText().trim(), "the cell's decisions, as many as it says");
    } finally {
      driver.quit();
    }
  }
}
