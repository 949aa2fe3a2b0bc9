package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

/** An index run that outlives a restart of its Elasticsearch node: it waits, sends again, and loses or doubles nothing. */
class NodeRestartIT {
  @Test
  void anIndexRunSurvivesANodeRestart(@TempDir Path home, @TempDir Path corpus) throws Exception {
    int n = 6000; // large enough that the restart lands mid-run even at 1,500 decisions/s
    new CorpusGenerator(corpus, 21, true).generate(n);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // the restarted node must come back where the client looks
    }
    EmbeddedNode node = new EmbeddedNode(home.resolve("es"), NodeDistribution.locate(), "512m", Integer.toString(port));
    Optional<Long> self = Optional.of(ProcessHandle.current().pid());
    NodeState state = node.ensureRunning(Duration.ofSeconds(120), self);
    Config config = ConfigLoader.load(Map.of(ConfigLoader.HOME, home.toString(), ConfigLoader.ES_URL, state.url().toString()), Map.of());
    ElasticsearchClient client = EsClientFactory.create(config, List.of(state.url()));
    String alias = "restart";
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      IndexRun run = new IndexRun(client, alias, 1, "0", extractor, home.resolve("runs"));
      CompletableFuture<RunReport> report = CompletableFuture.supplyAsync(
          () -> run.run(new IndexRun.Options(List.of(corpus), CaseCards.empty(), false, 1, false, Set.of())));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (count(client, alias) < 100 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(!report.isDone(), "the run must still be going when the node stops");
      node.stop(Duration.ofSeconds(60));
      Thread.sleep(3000);
      node.ensureRunning(Duration.ofSeconds(120), self);
      RunReport r = awaitReport(report);
      assertTrue(r.completed(), r.summary());
      assertTrue(r.decisionsResent() > 0, "the restart must land while decisions are on their way: " + r.summary());
      assertEquals(0, r.failed(), r.failures().toString());
      assertEquals(n, count(client, alias), r.summary());
      RunReport again = run.run(new IndexRun.Options(List.of(corpus), CaseCards.empty(), false, 1, false, Set.of()));
      assertEquals(0, again.decisionsIndexed() - (n - again.unchanged()), again.summary());
      assertEquals(n, count(client, alias));
    } finally {
      node.stop(Duration.ofSeconds(60));
    }
  }

  /**
   * The run's report; longer than the run's own limits (it gives up on a silent cluster after
   * minutes), and on a hang every thread's stack goes to the test output, where CI keeps it.
   */
  static RunReport awaitReport(CompletableFuture<RunReport> report) throws Exception {
    try {
      return report.get(8, TimeUnit.MINUTES);
    } catch (TimeoutException e) {
      StringBuilder dump = new StringBuilder("the index run did not finish; its threads:\n");
      Thread.getAllStackTraces().forEach((thread, stack) -> {
        dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
        for (StackTraceElement frame : stack) {
          dump.append("    at ").append(frame).append('\n');
        }
      });
      System.err.println(dump);
      throw new AssertionError("the index run hung after the node restart (thread dump above)", e);
    }
  }

  static long count(ElasticsearchClient client, String alias) {
    try {
      if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
        return 0;
      }
      client.indices().refresh(r -> r.index(alias));
      return client.count(c -> c.index(alias)).count();
    } catch (Exception e) {
      return -1;
    }
  }
}
