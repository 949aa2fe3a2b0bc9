package org.courtsearch.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtsearch.core.es.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three nodes from the same jars form one cluster on loopback, hold a sharded replicated index, and stop. */
class LocalClusterIT {
  final HttpClient http = HttpClient.newHttpClient();

  JsonNode get(URI base, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    return Json.mapper().readTree(r.body());
  }

  @Test
  void threeNodesFormOneClusterAndStop(@TempDir Path home) throws Exception {
    LocalCluster cluster = new LocalCluster(home.resolve("es-cluster"), NodeDistribution.locate(), "384m");
    List<URI> urls = cluster.start(3, Duration.ofSeconds(240), Optional.of(ProcessHandle.current().pid()));
    try {
      assertEquals(3, urls.size());
      assertEquals(3, cluster.running().size(), "status sees every node");
      JsonNode nodes = get(urls.get(2), "/_cat/nodes?format=json&h=name,ip");
      Set<String> names = new HashSet<>();
      for (JsonNode n : nodes) {
        names.add(n.path("name").asText());
        assertEquals("127.0.0.1", n.path("ip").asText(), "loopback only");
      }
      assertEquals(Set.of("node-1", "node-2", "node-3"), names);
      HttpResponse<String> created = http.send(HttpRequest.newBuilder(urls.get(0).resolve("/spread"))
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("{\"settings\":{\"number_of_shards\":3,\"number_of_replicas\":1}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, created.statusCode(), created.body());
      JsonNode health = get(urls.get(1), "/_cluster/health/spread?wait_for_status=green&timeout=60s");
      assertEquals("green", health.path("status").asText(), "3 primaries and their replicas placed on 3 nodes");
      assertEquals(6, health.path("active_shards").asInt());
      assertEquals(3, cluster.members().size());
    } finally {
      assertEquals(3, cluster.stop(Duration.ofSeconds(60)));
    }
    assertTrue(cluster.running().isEmpty(), "every node stopped");
  }
}
