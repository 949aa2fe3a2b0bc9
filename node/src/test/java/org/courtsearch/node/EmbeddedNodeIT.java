package org.courtsearch.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courtsearch.core.es.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's life cycle in a folder of its own, apart from the shared test node. */
class EmbeddedNodeIT {
  @TempDir Path home;
  EmbeddedNode node;
  final HttpClient http = HttpClient.newHttpClient();
  final Optional<Long> self = Optional.of(ProcessHandle.current().pid());

  @BeforeEach
  void setUp() {
    node = new EmbeddedNode(home.resolve("es"), NodeDistribution.locate(), "512m", "9400-9499");
  }

  @AfterEach
  void tearDown() {
    node.stop(Duration.ofSeconds(30));
  }

  JsonNode get(URI base, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Json.mapper().readTree(r.body());
  }

  void put(URI base, String path, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
  }

  @Test
  void answersRootLikeAClusterAndIsGreen() throws Exception {
    NodeState state = node.ensureRunning(Duration.ofSeconds(120), self);
    JsonNode root = get(state.url(), "/");
    assertEquals("8.19.21", root.path("version").path("number").asText());
    assertEquals("courtsearch", root.path("cluster_name").asText());
    assertFalse(root.path("cluster_uuid").asText().isEmpty());
    assertEquals("green", get(state.url(), "/_cluster/health?wait_for_status=green&timeout=30s").path("status").asText());
    // what the node itself says it bound, not what we wrote down: loopback only
    JsonNode http = get(state.url(), "/_nodes/_local/http?filter_path=nodes.*.http.bound_address");
    JsonNode bound = http.path("nodes").elements().next().path("http").path("bound_address");
    assertTrue(bound.size() > 0, http.toString());
    for (JsonNode address : bound) {
      String a = address.asText();
      assertTrue(a.startsWith("127.") || a.startsWith("[::1]"), "bound beyond loopback: " + a);
    }
  }

  @Test
  void secondLauncherReusesTheRunningNode() {
    NodeState first = node.ensureRunning(Duration.ofSeconds(120), self);
    EmbeddedNode other = new EmbeddedNode(home.resolve("es"), NodeDistribution.locate(), "512m", "9400-9499");
    NodeState second = other.ensureRunning(Duration.ofSeconds(120), self);
    assertEquals(first.pid(), second.pid());
    assertEquals(first.httpPort(), second.httpPort());
  }

  @Test
  void concurrentLaunchersStartOneNode() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<NodeState>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Callable<NodeState> launch = () -> new EmbeddedNode(home.resolve("es"), NodeDistribution.locate(), "512m", "9400-9499")
            .ensureRunning(Duration.ofSeconds(120), self);
        futures.add(pool.submit(launch));
      }
      long pid = futures.get(0).get().pid();
      for (Future<NodeState> f : futures) {
        assertEquals(pid, f.get().pid());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void dataSurvivesARestart() throws Exception {
    NodeState first = node.ensureRunning(Duration.ofSeconds(120), self);
    put(first.url(), "/kept", "{\"settings\":{\"number_of_replicas\":0}}");
    assertTrue(node.stop(Duration.ofSeconds(60)));
    assertTrue(node.running().isEmpty());
    assertFalse(Files.exists(node.stateFile()));

    NodeState second = node.ensureRunning(Duration.ofSeconds(120), self);
    assertNotEquals(first.pid(), second.pid());
    assertTrue(get(second.url(), "/_cluster/state/metadata/kept?filter_path=metadata.indices.kept.state")
        .path("metadata").path("indices").has("kept"));
  }

  @Test
  void staleStateFileFromACrashDoesNotBlockTheNextStart() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Files.createDirectories(node.dir());
    Files.writeString(node.stateFile(), "{\"pid\":" + dead.pid() + ",\"http_port\":1,\"cluster_name\":\"courtsearch\","
        + "\"started_at\":\"2026-01-01T00:00:00Z\",\"start_millis\":1}");
    assertTrue(node.running().isEmpty());
    NodeState state = node.ensureRunning(Duration.ofSeconds(120), self);
    assertNotEquals(dead.pid(), state.pid());
    assertEquals("courtsearch", get(state.url(), "/").path("cluster_name").asText());
  }
}
