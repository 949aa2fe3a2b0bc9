package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.es.Json;
import org.courtsearch.node.LocalCluster;
import org.courtsearch.node.NodeDistribution;
import org.courtsearch.node.NodeState;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of a real three-node cluster killed (kill -9) while an index run writes to it: the run
 * finishes with nothing lost or doubled, the site keeps answering from the replicas while the node
 * is down, and the node rejoins when it is started again.
 */
class NodeLossIT {
  @Test
  void aNodeKilledMidRunCostsNothing(@TempDir Path home, @TempDir Path corpus) throws Exception {
    int n = 4000;
    new CorpusGenerator(corpus, 61, true).generate(n);
    LocalCluster cluster = new LocalCluster(home.resolve("es-cluster"), NodeDistribution.locate(), "384m");
    List<URI> urls = cluster.start(3, Duration.ofSeconds(240), Optional.of(ProcessHandle.current().pid()));
    String esUrl = urls.stream().map(URI::toString).collect(Collectors.joining(","));
    ElasticsearchClient client = EsClientFactory.create(ConfigLoader.load(Map.of(ConfigLoader.ES_URL, esUrl), Map.of()), urls);
    try {
      String alias = "lost-node";
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
          "-Dcourtsearch.root=" + System.getProperty("courtsearch.root", ".."), Courtsearch.class.getName(),
          "--home", home.toString(), "--es-url", esUrl, "--index", alias, "index", "--threads", "1", "--no-progress",
          corpus.toString()));
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("run.log").toFile());
      pb.environment().put("COURTSEARCH_INDEX_SHARDS", "3");
      pb.environment().put("COURTSEARCH_INDEX_REPLICAS", "1");
      Process run = pb.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (countWhileWriting(client, alias) < 400 && run.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(run.isAlive(), "the run should still be writing when the node dies: " + Files.readString(home.resolve("run.log")));
      NodeState victim = cluster.running().get(2);
      ProcessHandle.of(victim.pid()).orElseThrow().destroyForcibly(); // kill -9
      ProcessHandle.of(victim.pid()).ifPresent(p -> p.onExit().join());

      // the site answers from the replicas while the node is away
      WebServer site = new WebServer(ConfigLoader.load(Map.of(ConfigLoader.ES_URL, urls.get(0) + "," + urls.get(1),
          ConfigLoader.INDEX, alias, ConfigLoader.PORT, "0", ConfigLoader.HOME, home.toString()), Map.of()), client, "external")
          .start();
      try {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/api/search?size=5&q=" + java.net.URLEncoder.encode(
                "приговор", java.nio.charset.StandardCharsets.UTF_8))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode page = Json.mapper().readTree(r.body());
        assertTrue(page.path("total").asLong() > 0, r.body());
      } finally {
        site.stop();
      }

      assertTrue(run.waitFor(300, TimeUnit.SECONDS), "the run ends");
      String log = Files.readString(home.resolve("run.log"));
      Files.writeString(Path.of("target", "node-loss-run.log"), log); // kept for a look after the test
      assertTrue(run.exitValue() == 0 || run.exitValue() == 3, log); // 3: it stopped waiting for the cluster; nothing is lost

      // the node comes back and rejoins; every decision is there once
      cluster.start(3, Duration.ofSeconds(240), Optional.of(ProcessHandle.current().pid()));
      client.cluster().health(h -> h.index(alias).waitForStatus(HealthStatus.Green).timeout(t -> t.time("120s")));
      assertEquals(3, client.cluster().health(h -> h).numberOfNodes());
      // a file whose decisions found no live shard copy past the retries is reported, not lost: the same
      // command run again finishes it (the first run's own failures are in its report)
      String first = Json.mapper().readTree(home.resolve("runs/last-index.json").toFile()).path("failed").asText();
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int again = Courtsearch.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
          "--home", home.toString(), "--es-url", esUrl, "--index", alias, "index", "--no-progress", corpus.toString());
      assertEquals(0, again, err.toString() + out);
      System.out.println("node loss: the first run failed " + first + " files; the second: " + out.toString().strip());
      assertEquals(n, count(client, alias), "nothing lost or doubled: " + log.lines().filter(l -> l.contains("decisions")).toList()
          + " then " + out);
      var distinct = client.search(s -> s.index(alias).size(0)
          .aggregations("ids", a -> a.cardinality(c -> c.field("sha256").precisionThreshold(40000))), Void.class)
          .aggregations().get("ids");
      assertEquals(n, distinct.cardinality().value());
    } finally {
      cluster.stop(Duration.ofSeconds(60));
    }
  }

  /** The decisions indexed so far, while the run creates the index: none before it exists. */
  static long countWhileWriting(ElasticsearchClient client, String alias) throws IOException {
    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
      return 0;
    }
    try {
      return count(client, alias);
    } catch (ElasticsearchException e) {
      if (e.status() == 503 || e.status() == 404) {
        return 0; // the run is still creating its index, or allocating its shards
      }
      throw e;
    }
  }

  /** Every decision of the alias, refreshed: a failure to answer fails the test. */
  static long count(ElasticsearchClient client, String alias) throws IOException {
    client.indices().refresh(r -> r.index(alias));
    return client.count(c -> c.index(alias)).count();
  }
}
