package org.courtsearch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  Map<String, String> env(String... kv) {
    Map<String, String> m = new java.util.HashMap<>();
    m.put(ConfigLoader.HOME, dir.toString());
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void defaultsMeanAnEmbeddedNodeAndALoopbackSite() {
    Config c = ConfigLoader.load(env(), Map.of());
    assertTrue(c.embedded());
    assertEquals(7070, c.port());
    assertEquals("127.0.0.1", c.host());
    assertEquals("decisions", c.index());
    assertEquals("lemma", c.morphology());
    assertEquals("snowball", ConfigLoader.load(env(ConfigLoader.MORPHOLOGY, "Snowball"), Map.of()).morphology());
    assertEquals("1g", c.esHeap());
    assertEquals(dir.resolve("es"), c.nodeDir());
  }

  @Test
  void fileThenEnvironmentThenOverrides() throws Exception {
    Files.writeString(dir.resolve("courtsearch.properties"), "COURTSEARCH_PORT=8080\nCOURTSEARCH_INDEX=fromfile\nCOURTSEARCH_ES_HEAP=2g\n");
    Config c = ConfigLoader.load(env(ConfigLoader.INDEX, "fromenv", ConfigLoader.ES_HEAP, "3g"), Map.of(ConfigLoader.ES_HEAP, "4g"));
    assertEquals(8080, c.port());
    assertEquals("fromenv", c.index());
    assertEquals("4g", c.esHeap());
  }

  @Test
  void badValuesNameTheSetting() {
    assertMessage(ConfigLoader.PORT, env(ConfigLoader.PORT, "seventy"));
    assertMessage(ConfigLoader.PORT, env(ConfigLoader.PORT, "70000"));
    assertMessage(ConfigLoader.ES_URL, env(ConfigLoader.ES_URL, "ftp://x"));
    assertMessage(ConfigLoader.ES_URL, env(ConfigLoader.ES_URL, "https://elastic:pw@es:9200"));
    assertMessage(ConfigLoader.ES_HEAP, env(ConfigLoader.ES_HEAP, "lots"));
    assertMessage(ConfigLoader.MORPHOLOGY, env(ConfigLoader.MORPHOLOGY, "porter"));
    assertMessage(ConfigLoader.INDEX, env(ConfigLoader.INDEX, "Decisions"));
    assertMessage(ConfigLoader.ES_PASSWORD, env(ConfigLoader.ES_USER, "elastic"));
    assertMessage(ConfigLoader.ES_CA_FILE, env(ConfigLoader.ES_CA_FILE, "/nonexistent/ca.crt"));
    assertMessage(ConfigLoader.ES_CA_FINGERPRINT, env(ConfigLoader.ES_CA_FINGERPRINT, "abc"));
  }

  @Test
  void unknownSettingInTheFileIsRefused() throws Exception {
    Files.writeString(dir.resolve("courtsearch.properties"), "COURTSEARCH_PROT=8080\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(env(), Map.of()));
    assertTrue(e.getMessage().contains("COURTSEARCH_PROT"));
  }

  @Test
  void severalClusterUrlsAndCredentialsThatNeverPrint() {
    Config c = ConfigLoader.load(env(ConfigLoader.ES_URL, "https://es1:9200, https://es2:9200",
        ConfigLoader.ES_USER, "elastic", ConfigLoader.ES_PASSWORD, "s3cr3t-pw",
        ConfigLoader.ES_CA_FINGERPRINT, "AA:".repeat(31) + "AA"), Map.of());
    assertFalse(c.embedded());
    assertEquals(List.of(URI.create("https://es1:9200"), URI.create("https://es2:9200")), c.esUrls());
    assertEquals("s3cr3t-pw", c.esPassword().orElseThrow().value());
    assertFalse(c.toString().contains("s3cr3t-pw"), c.toString());
    assertEquals("aa".repeat(32), c.esCaFingerprint().orElseThrow());
  }

  private static void assertMessage(String setting, Map<String, String> env) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(env, Map.of()));
    assertTrue(e.getMessage().contains(setting), e.getMessage());
  }
}
