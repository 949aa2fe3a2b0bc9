package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.es.ClusterException;
import org.courtsearch.node.TestCluster;
import org.courtsearch.testkit.CorpusGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS and credentials against a real node: the node behind the credentials proxy, behind a TLS
 * proxy whose certificate a CA made in this test signed. courtsearch connects with the CA file and
 * with the CA's fingerprint; a wrong CA, plain http to an https port and a wrong password each fail
 * with a message that names what to check; a whole index run goes through.
 */
class TlsClusterIT {
  static final String PASSWORD = "correct horse battery staple";
  @TempDir static Path home;
  static AuthProxy auth;
  static TlsProxy tls;
  static TlsProxy.Ca ca;
  static TlsProxy.Ca otherCa;

  @BeforeAll
  static void start() throws Exception {
    ca = TlsProxy.ca(home, "courtsearch-test-ca");
    otherCa = TlsProxy.ca(home, "some-other-ca");
    auth = new AuthProxy(TestCluster.get().state().url(), "elastic", PASSWORD, "unused-key");
    tls = new TlsProxy(TlsProxy.serverKeystore(Files.createDirectories(home.resolve("node")), ca), auth.url());
  }

  @AfterAll
  static void stop() {
    if (tls != null) {
      tls.close();
    }
    if (auth != null) {
      auth.close();
    }
  }

  static Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of(ConfigLoader.HOME, home.toString(), ConfigLoader.ES_URL, tls.url().toString(),
        ConfigLoader.ES_USER, "elastic", ConfigLoader.ES_PASSWORD, PASSWORD));
    env.putAll(extra);
    return env;
  }

  static Config config(Map<String, String> extra) {
    return ConfigLoader.load(env(extra), Map.of());
  }

  @Test
  void connectsWithTheCaFileAndWithItsFingerprint() {
    try (Cluster c = Cluster.connect(config(Map.of(ConfigLoader.ES_CA_FILE, ca.pem().toString())))) {
      assertEquals("8.19.21", c.info.version());
    }
    try (Cluster c = Cluster.connect(config(Map.of(ConfigLoader.ES_CA_FINGERPRINT, ca.fingerprint())))) {
      assertEquals("8.19.21", c.info.version());
    }
  }

  @Test
  void aWrongCaIsRefusedWithAMessageNamingIt() {
    ClusterException file = assertThrows(ClusterException.class,
        () -> Cluster.connect(config(Map.of(ConfigLoader.ES_CA_FILE, otherCa.pem().toString()))));
    assertTrue(file.getMessage().contains("TLS handshake") && file.getMessage().contains("COURTSEARCH_ES_CA_FILE"), file.getMessage());
    ClusterException print = assertThrows(ClusterException.class,
        () -> Cluster.connect(config(Map.of(ConfigLoader.ES_CA_FINGERPRINT, otherCa.fingerprint()))));
    assertTrue(print.getMessage().contains("TLS handshake") && print.getMessage().contains("COURTSEARCH_ES_CA_FINGERPRINT"),
        print.getMessage());
    ClusterException none = assertThrows(ClusterException.class, () -> Cluster.connect(config(Map.of())));
    assertTrue(none.getMessage().contains("TLS handshake"), "the system trust store does not know the test CA: " + none.getMessage());
  }

  @Test
  void aWrongPasswordOverTlsIsA401ThatNamesTheSettings() {
    ClusterException e = assertThrows(ClusterException.class, () -> Cluster.connect(
        config(Map.of(ConfigLoader.ES_CA_FILE, ca.pem().toString(), ConfigLoader.ES_PASSWORD, "wrong"))));
    assertTrue(e.getMessage().contains("401") && e.getMessage().contains("COURTSEARCH_ES_PASSWORD"), e.getMessage());
    assertTrue(!e.getMessage().contains(PASSWORD) && !e.getMessage().contains("wrong"), "no password in messages");
  }

  @Test
  void plainHttpToTheHttpsPortSaysSo() {
    Map<String, String> extra = new HashMap<>(Map.of(ConfigLoader.ES_URL, tls.url().toString().replace("https:", "http:")));
    ClusterException e = assertThrows(ClusterException.class, () -> Cluster.connect(config(extra)));
    assertTrue(e.getMessage().contains("127.0.0.1") && e.getMessage().contains("https://"), e.getMessage());
  }

  @Test
  void aWholeIndexRunOverTls(@TempDir Path corpus) throws Exception {
    new CorpusGenerator(corpus, 8, true).generate(20);
    String alias = TestCluster.uniqueName("tls");
    Map<String, String> env = env(Map.of(ConfigLoader.ES_CA_FINGERPRINT, ca.fingerprint(), ConfigLoader.INDEX, alias));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, ExternalClusterIT.cli(home, env, out, err, "index", "--no-progress", corpus.toString()), err.toString());
    assertTrue(out.toString().contains("20 indexed as 20 decisions"), out.toString());
    TestCluster.get().client().indices().refresh(r -> r.index(alias));
    assertEquals(20, TestCluster.get().client().count(c -> c.index(alias)).count());
  }
}
