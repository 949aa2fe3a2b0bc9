package org.courtsearch.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.courtsearch.core.es.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cluster of several Elasticsearch nodes on this machine, from the same jars as the embedded
 * node: the way to try sharded indices, replicas and a node lost before a server deployment.
 * Each node has its own folder ({@code es-cluster/node-N}: data, logs, state), all bind loopback,
 * and they find each other through fixed transport ports kept in {@code es-cluster/cluster.json},
 * so the same cluster comes back after a stop. Nodes are started one after another; the cluster
 * forms once a majority of the initial masters is up.
 */
public final class LocalCluster {
  private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);
  /** A cluster's nodes share the heap of a two-core machine: less than one node alone gets. */
  public static final String DEFAULT_HEAP = "512m";

  private final Path dir;
  private final Path distribution;
  private final String heap;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** @param dir the cluster's folder ({@code $COURTSEARCH_HOME/es-cluster}) */
  public LocalCluster(Path dir, Path distribution, String heap) {
    this.dir = dir.toAbsolutePath().normalize();
    this.distribution = distribution;
    this.heap = heap;
  }

  /** One member: its name, folder and transport port. */
  public record Member(String name, Path dir, int transportPort) {}

  /** The members as laid out by the first start; empty before it. */
  public List<Member> members() {
    Path file = dir.resolve("cluster.json");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Member> out = new ArrayList<>();
      for (JsonNode n : Json.mapper().readTree(file.toFile()).path("nodes")) {
        out.add(new Member(n.path("name").asText(), dir.resolve(n.path("name").asText()), n.path("transport_port").asInt()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Starts the cluster (each node not yet running), laying it out on first use, and waits until
   * all of its nodes have joined. Returns the nodes' HTTP addresses, first node first.
   *
   * @param exitWith a process whose end stops the nodes (tests pass their own pid)
   */
  public List<URI> start(int nodes, Duration timeout, Optional<Long> exitWith) {
    List<Member> members = members();
    if (members.isEmpty()) {
      members = layOut(nodes);
    } else if (members.size() != nodes) {
      throw new NodeStartException("The local cluster in " + dir + " has " + members.size() + " nodes, not " + nodes
          + ": stop it and remove that folder to lay out another.");
    }
    String seeds = members.stream().map(m -> "127.0.0.1:" + m.transportPort()).collect(Collectors.joining(","));
    String masters = members.stream().map(Member::name).collect(Collectors.joining(","));
    List<URI> urls = new ArrayList<>();
    for (Member m : members) {
      NodeState state = node(m, seeds, masters).ensureRunning(timeout, exitWith);
      urls.add(state.url());
    }
    awaitNodes(urls.get(0), members.size(), timeout);
    log.info("local cluster of {} nodes ready: {}", members.size(), urls);
    return urls;
  }

  /** Each member that is running, with its state. */
  public List<NodeState> running() {
    List<NodeState> out = new ArrayList<>();
    for (Member m : members()) {
      plain(m).running().ifPresent(out::add);
    }
    return out;
  }

  /** Stops every member; the number stopped. */
  public int stop(Duration timeout) {
    int stopped = 0;
    for (Member m : members()) {
      if (plain(m).stop(timeout)) {
        stopped++;
      }
    }
    return stopped;
  }

  private EmbeddedNode node(Member m, String seeds, String masters) {
    return new EmbeddedNode(m.dir(), distribution, heap, "9200-9299", List.of(
        "--node-name", m.name(), "--transport-port", Integer.toString(m.transportPort()),
        "--seed-hosts", seeds, "--initial-masters", masters));
  }

  /** A member's node as far as finding and stopping it goes (its cluster arguments matter only at start). */
  private EmbeddedNode plain(Member m) {
    return new EmbeddedNode(m.dir(), distribution, heap, "9200-9299");
  }

  private List<Member> layOut(int nodes) {
    if (nodes < 2 || nodes > 9) {
      throw new IllegalArgumentException("a local cluster has 2 to 9 nodes, not " + nodes);
    }
    List<Member> members = IntStream.rangeClosed(1, nodes)
        .mapToObj(i -> new Member("node-" + i, dir.resolve("node-" + i), freePort())).toList();
    ObjectNode json = Json.mapper().createObjectNode();
    ArrayNode list = json.putArray("nodes");
    for (Member m : members) {
      list.addObject().put("name", m.name()).put("transport_port", m.transportPort());
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("cluster.json"), json.toPrettyString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the cluster in " + dir, e);
    }
    return members;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for a node's transport", e);
    }
  }

  private void awaitNodes(URI url, int nodes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve(
            "/_cluster/health?wait_for_nodes=" + nodes + "&timeout=5s")).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
        last = r.body();
        JsonNode health = Json.mapper().readTree(r.body());
        if (r.statusCode() == 200 && health.path("number_of_nodes").asInt() == nodes) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new NodeStartException("the local cluster did not gather its " + nodes + " nodes within " + timeout.toSeconds()
        + " s; last answer: " + last);
  }
}
