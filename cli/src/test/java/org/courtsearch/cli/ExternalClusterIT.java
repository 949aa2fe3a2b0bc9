package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.es.ClusterException;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** courtsearch against a secured "existing cluster" (the test node behind an authenticating proxy). */
class ExternalClusterIT {
  static AuthProxy proxy;
  static final String PASSWORD = "correct horse battery staple";
  static final String API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";
  @TempDir static Path home;

  @BeforeAll
  static void start() throws Exception {
    proxy = new AuthProxy(TestCluster.get().state().url(), "elastic", PASSWORD, API_KEY);
  }

  @AfterAll
  static void stop() {
    proxy.close();
  }

  static Config config(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(Map.of(ConfigLoader.HOME, home.toString(),
        ConfigLoader.ES_URL, proxy.url().toString()));
    env.putAll(extra);
    return ConfigLoader.load(env, Map.of());
  }

  static int cli(Map<String, String> env, StringWriter out, StringWriter err, String... args) {
    return cli(home, env, out, err, args);
  }

  /** The command line with these settings, given as a config file in {@code dir}. */
  static int cli(Path dir, Map<String, String> env, StringWriter out, StringWriter err, String... args) {
    // the command line reads the process environment; the same settings go in as a config file
    Path file = dir.resolve("cs-" + System.nanoTime() + ".properties");
    StringBuilder props = new StringBuilder();
    env.forEach((k, v) -> props.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
    try {
      java.nio.file.Files.writeString(file, props);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = file.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
  }

  @Test
  void basicAuthAndApiKeyBothConnect() {
    try (Cluster c = Cluster.connect(config(Map.of(ConfigLoader.ES_USER, "elastic", ConfigLoader.ES_PASSWORD, PASSWORD)))) {
      assertEquals("8.19.21", c.info.version());
    }
    try (Cluster c = Cluster.connect(config(Map.of(ConfigLoader.ES_API_KEY, API_KEY)))) {
      assertEquals("8.19.21", c.info.version());
    }
  }

  @Test
  void wrongCredentialsSayWhatToCheck() {
    ClusterException e = assertThrows(ClusterException.class,
        () -> Cluster.connect(config(Map.of(ConfigLoader.ES_USER, "elastic", ConfigLoader.ES_PASSWORD, "wrong"))));
    assertTrue(e.getMessage().contains("401") && e.getMessage().contains("COURTSEARCH_ES_USER"), e.getMessage());
    assertTrue(!e.getMessage().contains("wrong"), "the password never appears in messages");
  }

  @Test
  void aWrongVersionOrProductIsRefused() {
    Config ok = config(Map.of(ConfigLoader.ES_API_KEY, API_KEY));
    proxy.mode = AuthProxy.Mode.VERSION_7;
    try {
      ClusterException e = assertThrows(ClusterException.class, () -> Cluster.connect(ok));
      assertTrue(e.getMessage().contains("needs Elasticsearch 8.x") && e.getMessage().contains("7.17.20"), e.getMessage());
      proxy.mode = AuthProxy.Mode.NOT_ELASTICSEARCH;
      ClusterException f = assertThrows(ClusterException.class, () -> Cluster.connect(ok));
      assertTrue(f.getMessage().contains("not Elasticsearch"), f.getMessage());
    } finally {
      proxy.mode = AuthProxy.Mode.FORWARD;
    }
  }

  @Test
  void indexThroughTheSecuredClusterThenReindexWithAnAtomicAliasSwap(@TempDir Path corpus) throws Exception {
    new CorpusGenerator(corpus, 5, true).generate(30);
    String alias = TestCluster.uniqueName("secured");
    Map<String, String> env = Map.of(ConfigLoader.ES_URL, proxy.url().toString(), ConfigLoader.ES_USER, "elastic",
        ConfigLoader.ES_PASSWORD, PASSWORD, ConfigLoader.INDEX, alias, ConfigLoader.HOME, home.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, cli(env, out, err, "index", "--no-progress", corpus.toString()), err.toString());
    assertTrue(out.toString().contains("30 indexed as 30 decisions"), out.toString());

    StringWriter out2 = new StringWriter();
    assertEquals(0, cli(env, out2, err, "reindex", "--delete-old"), err.toString());
    assertTrue(out2.toString().contains("reindexed 30 decisions"), out2.toString());
    IndexAdmin admin = new IndexAdmin(TestCluster.get().client());
    assertEquals(alias + "-v2", admin.concreteIndex(alias).orElseThrow());
    assertEquals(30, TestCluster.get().client().count(c -> c.index(alias)).count());
    assertTrue(!TestCluster.get().client().indices().exists(x -> x.index(alias + "-v1")).value());
  }
}
