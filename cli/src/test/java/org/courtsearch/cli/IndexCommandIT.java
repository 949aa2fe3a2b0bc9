package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courtsearch index} as a user runs it: killed mid-run and started again, bad arguments, a cluster that is not there. */
class IndexCommandIT {
  static TestCluster cluster;
  static ElasticsearchClient client;
  @TempDir static Path home;

  @BeforeAll
  static void start() {
    cluster = TestCluster.get();
    client = cluster.client();
  }

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  static long count(String alias) throws Exception {
    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
      return 0;
    }
    client.indices().refresh(r -> r.index(alias));
    return client.count(c -> c.index(alias)).count();
  }

  @Test
  void aRunKilledAtAnyMomentFinishesOnTheNextWithNothingLostOrDoubled(@TempDir Path corpus) throws Exception {
    int n = 6000; // large enough that the kill lands mid-run even at 1,800 decisions/s
    new CorpusGenerator(corpus, 7, true).generate(n);
    String alias = TestCluster.uniqueName("resume");
    String url = cluster.state().url().toString();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "-Dcourtsearch.root=" + System.getProperty("courtsearch.root", ".."),
        Courtsearch.class.getName(), "--home", home.toString(), "--es-url", url, "--index", alias,
        "index", "--threads", "1", "--no-progress", corpus.toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(home.resolve("killed-run.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (count(alias) < 200 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the first run should still be working when killed; log: "
        + Files.readString(home.resolve("killed-run.log")));
    child.destroyForcibly(); // kill -9: no shutdown hook, no flush
    child.waitFor(30, TimeUnit.SECONDS);
    long partial = count(alias);
    assertTrue(partial > 0 && partial < n, "killed after " + partial + " of " + n);

    Run second = cli("--home", home.toString(), "--es-url", url, "--index", alias, "index", "--no-progress", corpus.toString());
    assertEquals(0, second.code(), second.err() + second.out());
    assertEquals(n, count(alias), "every decision once: " + second.out());
    // exactly: no content indexed twice (a cardinality aggregation is an estimate, and read 6,001 of 6,000 distinct)
    assertEquals("", doubled(alias));

    Run third = cli("--home", home.toString(), "--es-url", url, "--index", alias, "index", "--no-progress", corpus.toString());
    assertEquals(0, third.code());
    assertTrue(third.out().contains(n + " unchanged"), third.out());
    assertTrue(Files.exists(home.resolve("runs").resolve("last-index.json")));
  }

  /** The contents indexed as more than one decision, with their ids: empty where nothing is doubled (one shard: exact). */
  static String doubled(String alias) throws Exception {
    var r = client.search(s -> s.index(alias).size(0).aggregations("paths", a -> a.terms(t -> t.field("sha256").minDocCount(2).size(20))
        .aggregations("ids", i -> i.terms(t -> t.field("doc_id").size(5)))), Void.class);
    StringBuilder out = new StringBuilder();
    for (var b : r.aggregations().get("paths").sterms().buckets().array()) {
      out.append(b.key().stringValue()).append(' ');
      b.aggregations().get("ids").sterms().buckets().array().forEach(i -> out.append(i.key().stringValue()).append(' '));
    }
    return out.toString();
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhy() {
    Run none = cli("--home", home.toString(), "index");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("DIR"), none.err());
    Run missing = cli("--home", home.toString(), "--es-url", cluster.state().url().toString(), "index", "/no/such/folder");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    Run badConfig = cli("--home", home.toString(), "--es-url", "ftp://x", "index", ".");
    assertEquals(2, badConfig.code());
    assertTrue(badConfig.err().contains("COURTSEARCH_ES_URL"), badConfig.err());
  }

  @Test
  void anUnreachableClusterIsAClearMessageAndExitCodeTwo(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "ПРИГОВОР");
    Run r = cli("--home", home.toString(), "--es-url", "http://127.0.0.1:1", "index", corpus.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Cannot reach Elasticsearch"), r.err());
  }
}
