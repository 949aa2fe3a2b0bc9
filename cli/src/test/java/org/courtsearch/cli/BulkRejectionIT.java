package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.NodesStatsResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.EmbeddedNode;
import org.courtsearch.node.NodeDistribution;
import org.courtsearch.node.NodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node too busy to take every bulk request (HTTP 429 on every item of a rejected shard
 * request): the run backs off, sends again, and finishes with every decision once. The bulk
 * ingester reports nothing for a request whose items were all rejected, so a run that counted
 * requests instead of decisions waited for it forever.
 */
class BulkRejectionIT {
  @Test
  void rejectedBulkRequestsAreSentAgainAndTheRunEnds(@TempDir Path home, @TempDir Path corpus) throws Exception {
    int n = 3000;
    new CorpusGenerator(corpus, 23, true).generate(n);
    Path es = home.resolve("es");
    Files.createDirectories(es.resolve("config"));
    // one write thread and a one-place queue: concurrent bulk requests get rejected with 429
    Files.writeString(es.resolve("config").resolve("elasticsearch.yml"),
        "thread_pool.write.size: 1\nthread_pool.write.queue_size: 1\n");
    EmbeddedNode node = new EmbeddedNode(es, NodeDistribution.locate(), "512m", "0");
    NodeState state = node.ensureRunning(Duration.ofSeconds(120), Optional.of(ProcessHandle.current().pid()));
    try {
      Config config = ConfigLoader.load(Map.of(ConfigLoader.HOME, home.toString(), ConfigLoader.ES_URL, state.url().toString()), Map.of());
      ElasticsearchClient client = EsClientFactory.create(config, List.of(state.url()));
      try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
        IndexRun run = new IndexRun(client, "busy", 1, "0", extractor, home.resolve("runs"));
        RunReport r = NodeRestartIT.awaitReport(CompletableFuture.supplyAsync(
            () -> run.run(new IndexRun.Options(List.of(corpus), CaseCards.empty(), false, 2, false, Set.of()))));
        long rejected = rejectedWrites(client);
        assertTrue(rejected > 0, "the node must have refused some writes for this test to mean anything");
        assertTrue(r.completed(), r.summary());
        assertEquals(0, r.failed(), r.failures().toString());
        assertTrue(r.decisionsResent() > 0, "the report counts the re-sent decisions: " + r.summary());
        assertEquals(n, NodeRestartIT.count(client, "busy"), r.summary() + "; " + rejected + " writes rejected");
      }
    } finally {
      node.stop(Duration.ofSeconds(60));
    }
  }

  private static long rejectedWrites(ElasticsearchClient client) throws Exception {
    NodesStatsResponse stats = client.nodes().stats(s -> s.metric("thread_pool"));
    return stats.nodes().values().stream()
        .mapToLong(n -> n.threadPool().get("write").rejected() == null ? 0 : n.threadPool().get("write").rejected())
        .sum();
  }
}
