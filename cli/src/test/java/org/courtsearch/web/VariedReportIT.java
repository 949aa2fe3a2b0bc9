package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.courtsearch.core.es.Json;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.testkit.GeneratedDecision;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
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
  static WebServer server;
  static URI root;

  @BeforeAll
  static void index() throws Exception {
    WebFixture web = WebFixture.get();
    truth = new CorpusGenerator(corpus, 3370524L, true, true).generate(400);
    String alias = TestCluster.uniqueName("varied");
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

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
