package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.NodeContainer;
import org.courtsearch.node.TestCluster;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.SearchResult;
import org.courtsearch.search.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

/**
 * Our node's image in a container (Testcontainers) reads, analyses and counts the sample corpus
 * exactly as the test suite's own node does: the same decisions, the same hits for a Russian word
 * in any of its forms, the same facet counts. Skipped, with the reason, where there is no Docker
 * engine or no base image; the whole suite runs against the container with
 * {@code -Dcourtsearch.it.backend=container} (README).
 */
class ContainerNodeIT {
  static final Path CORPUS = Path.of(System.getProperty("courtsearch.root", ".."), "samples", "generated");
  static GenericContainer<?> node;
  static ElasticsearchClient container;

  static void start() {
    Optional<String> unavailable = NodeContainer.unavailable();
    unavailable.ifPresent(reason -> System.err.println("ContainerNodeIT skipped: " + reason));
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> "no container run: " + unavailable.orElse(""));
    node = NodeContainer.start();
    URI url = URI.create("http://" + node.getHost() + ":" + node.getMappedPort(9200));
    Config config = ConfigLoader.load(Map.of(ConfigLoader.HOME, Path.of("target", "container-home").toAbsolutePath().toString(),
        ConfigLoader.ES_URL, url.toString()), Map.of());
    container = EsClientFactory.create(config, List.of(url));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.stop();
    }
  }

  static RunReport index(ElasticsearchClient client, String alias) throws Exception {
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      RunReport report = new IndexRun(client, alias, 1, "0-1", extractor, Path.of("target", "runs"))
          .run(new IndexRun.Options(List.of(CORPUS), CaseCards.empty(), false, 2, false, Set.of()));
      client.indices().refresh(r -> r.index(alias));
      return report;
    }
  }

  static SearchResult search(ElasticsearchClient client, String alias, String q) {
    return new Searcher(DecisionIndex.of(client, alias)).search(SearchQuery.of(Map.of("q", List.of(q))));
  }

  @Test
  void theContainerCountsWhatTheSuitesNodeCounts() throws Exception {
    start();
    String alias = TestCluster.uniqueName("container");
    RunReport inContainer = index(container, alias);
    RunReport here = index(TestCluster.get().client(), alias);
    assertTrue(inContainer.decisionsIndexed() > 0, inContainer.summary());
    assertEquals(here.decisionsIndexed(), inContainer.decisionsIndexed(), inContainer.summary());
    for (String q : List.of("", "суд", "оставление", "самовольного оставления части")) {
      SearchResult a = search(TestCluster.get().client(), alias, q);
      SearchResult b = search(container, alias, q);
      assertTrue(b.total() > 0, q);
      assertEquals(a.total(), b.total(), "hits for «" + q + "»");
      assertEquals(a.facets(), b.facets(), "facets for «" + q + "»");
      assertEquals(a.histogram(), b.histogram(), "months for «" + q + "»");
    }
  }
}
