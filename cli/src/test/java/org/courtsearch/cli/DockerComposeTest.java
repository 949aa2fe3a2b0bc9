package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.config.ConfigLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfiles, read for what a broken deployment would get wrong on
 * any machine (images and versions, the plugin, health checks, volumes, memory limits, security,
 * settings courtsearch actually reads); docker/compose-check.sh runs the stack itself where
 * Docker is (CI does, README).
 */
class DockerComposeTest {
  static final Path ROOT = Path.of(System.getProperty("courtsearch.root", ".."));
  static Map<String, Object> compose;
  static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void parse() throws Exception {
    compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    services = (Map<String, Map<String, Object>>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  @Test
  void servicesOfBothLayouts() {
    assertTrue(services.keySet().containsAll(List.of("es", "web", "indexer", "es01", "es02", "es03", "web-cluster")));
    assertEquals(List.of("index"), services.get("indexer").get("profiles"));
    for (String node : List.of("es01", "es02", "es03")) {
      assertEquals(List.of("cluster"), services.get(node).get("profiles"));
      assertEquals("es01,es02,es03", map(services.get(node), "environment").get("cluster.initial_master_nodes"));
    }
  }

  @Test
  void elasticsearchIsBuiltWithOurPluginAtTheServerVersion() throws Exception {
    // the version the build uses is the one to agree with: read it, never restate it here
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher property = Pattern.compile("<elasticsearch.version>([0-9.]+)</elasticsearch.version>").matcher(pom);
    assertTrue(property.find(), "the parent pom names the server version");
    String version = property.group(1);
    for (String es : List.of("es", "es01", "es02", "es03")) {
      Map<String, Object> build = map(services.get(es), "build");
      // the official image by default; ES_DOCKERFILE names courtsearch's own node where no registry is reachable
      assertEquals("${ES_DOCKERFILE:-docker/elasticsearch/Dockerfile}", build.get("dockerfile"));
      assertEquals("courtsearch/elasticsearch:" + version, services.get(es).get("image"));
    }
    String dockerfile = Files.readString(ROOT.resolve("docker/elasticsearch/Dockerfile"));
    assertTrue(dockerfile.contains("ARG ES_VERSION=" + version), "the image's server is the build's");
    assertTrue(dockerfile.contains("FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}"));
    Matcher zip = Pattern.compile("COPY (\\S+\\.zip)").matcher(dockerfile);
    assertTrue(zip.find());
    assertEquals("analysis-plugin/target/courtsearch-analysis-" + version + "-plugin.zip", zip.group(1));
    assertTrue(dockerfile.contains("bin/elasticsearch-plugin install --batch"));
  }

  @Test
  void healthChecksVolumesAndMemoryLimits() {
    for (Map.Entry<String, Map<String, Object>> s : services.entrySet()) {
      assertNotNull(s.getValue().get("mem_limit"), s.getKey() + " needs a memory limit");
      assertTrue(s.getValue().containsKey("image") || s.getValue().containsKey("build"), s.getKey());
    }
    for (String s : List.of("es", "es01", "es02", "es03", "web", "web-cluster")) {
      assertNotNull(map(services.get(s), "healthcheck"), s + " needs a health check");
    }
    assertEquals("service_healthy", map(map(services.get("web"), "depends_on"), "es").get("condition"));
    Map<String, Object> volumes = map(compose, "volumes");
    assertTrue(volumes.keySet().containsAll(List.of("esdata", "esdata01", "esdata02", "esdata03", "courtsearch")));
    assertTrue(services.get("es").get("volumes").toString().contains("esdata:/usr/share/elasticsearch/data"));
    assertTrue(services.get("es").get("ports").toString().contains("${ES_PUBLISH:-127.0.0.1:9200}:9200"),
        "Elasticsearch on loopback unless told otherwise");
  }

  @Test
  void securityIsOnAndThePasswordReachesCourtsearch() {
    Map<String, Object> env = map(services.get("es"), "environment");
    assertEquals("true", env.get("xpack.security.enabled"));
    assertTrue(String.valueOf(env.get("ELASTIC_PASSWORD")).contains("ELASTIC_PASSWORD:?"), "no default password");
    Map<String, Object> web = map(services.get("web"), "environment");
    assertEquals("elastic", web.get("COURTSEARCH_ES_USER"));
    assertEquals(env.get("ELASTIC_PASSWORD"), web.get("COURTSEARCH_ES_PASSWORD"));
    assertEquals("0.0.0.0", web.get("COURTSEARCH_HOST"));
    assertTrue(String.valueOf(web.get("COURTSEARCH_ACCESS_TOKEN")).contains(":?"), "a site beyond loopback needs a token");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyCourtsearchSettingUsedExists() {
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> s : services.entrySet()) {
      Object env = s.getValue().get("environment");
      if (env instanceof Map<?, ?> m) {
        for (Object key : m.keySet()) {
          String k = key.toString();
          if (k.startsWith("COURTSEARCH_") && !ConfigLoader.DEFAULTS.containsKey(k)) {
            unknown.add(s.getKey() + ": " + k);
          }
        }
      }
    }
    assertTrue(unknown.isEmpty(), "settings courtsearch does not read: " + unknown);
  }

  @Test
  void theApplicationImageRunsOnABaseImageGivenByABuildArgument() throws Exception {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertTrue(dockerfile.contains("ARG BASE_IMAGE=eclipse-temurin:17-jre"), "the public image by default");
    assertEquals(List.of("FROM ${BASE_IMAGE}"), dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList());
    assertTrue(dockerfile.contains("USER courtsearch"));
    assertFalse(dockerfile.contains("USER root"));
    for (String s : List.of("web", "web-cluster")) {
      assertEquals("${COURTSEARCH_BASE_IMAGE:-eclipse-temurin:17-jre}", map(map(services.get(s), "build"), "args").get("BASE_IMAGE"));
    }
    assertTrue(Files.exists(ROOT.resolve(".env.example")));
  }

  /** What a Dockerfile copies must exist after a build and pass .dockerignore, or the image fails to build. */
  @Test
  void everyCopiedPathIsLetThroughTheIgnoreFile() throws Exception {
    List<String> allowed = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
        .filter(l -> l.startsWith("!")).map(l -> l.substring(1)).toList();
    Pattern copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ");
    for (String file : List.of("Dockerfile", "docker/elasticsearch/Dockerfile", "docker/elasticsearch-local/Dockerfile")) {
      Matcher m = copy.matcher(Files.readString(ROOT.resolve(file)));
      int copies = 0;
      while (m.find()) {
        copies++;
        String source = m.group(1);
        assertTrue(allowed.stream().anyMatch(a -> source.equals(a) || source.startsWith(a + "/")
            || source.matches(a.replace(".", "\\.").replace("*", "[^/]*"))), file + " copies " + source + ", which .dockerignore leaves out");
      }
      assertTrue(copies > 0, file);
    }
  }

  @Test
  void theLocalNodeImageTakesTheOfficialImagesSettings() throws Exception {
    String entrypoint = Files.readString(ROOT.resolve("docker/elasticsearch-local/entrypoint.sh"));
    Map<String, Object> es01 = map(services.get("es01"), "environment");
    for (String setting : List.of("node.name", "cluster.name", "discovery.seed_hosts", "cluster.initial_master_nodes")) {
      assertTrue(es01.containsKey(setting) || map(services.get("es"), "environment").containsKey(setting), setting);
      assertTrue(entrypoint.contains("setting " + setting), "the local node reads " + setting);
    }
    assertTrue(entrypoint.contains("ES_JAVA_OPTS"));
    assertTrue(Files.isExecutable(ROOT.resolve("docker/elasticsearch-local/entrypoint.sh")));
  }
}
