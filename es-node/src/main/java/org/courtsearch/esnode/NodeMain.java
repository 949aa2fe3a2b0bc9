package org.courtsearch.esnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Runs one Elasticsearch node in this JVM, on loopback, until the process is told to stop.
 * Started by courtsearch's node launcher, never by users directly. When the node answers
 * HTTP, its pid and port are written to the state file the launcher waits for; other
 * courtsearch commands read the same file to share the node.
 *
 * <p>Arguments: {@code --home DIR} (lib/, modules/, plugins/), {@code --data DIR},
 * {@code --state-file FILE}, optional {@code --http-port RANGE}, {@code --transport-port RANGE},
 * {@code --cluster-name NAME}, {@code --exit-with PID} (stop when that process ends; tests use it),
 * {@code --network-host HOST} (loopback unless given: a container's node binds {@code 0.0.0.0}).
 * A member of a local cluster also gets {@code --node-name NAME}, {@code --seed-hosts HOST:PORT,...}
 * and {@code --initial-masters NAME,...} (the nodes that elect the first master); without them the
 * node is a cluster of its own ({@code discovery.type: single-node}).
 */
public final class NodeMain {
  private NodeMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path home = Path.of(required(opts, "home")).toAbsolutePath();
    Path data = Path.of(required(opts, "data")).toAbsolutePath();
    Path stateFile = Path.of(required(opts, "state-file")).toAbsolutePath();
    String clusterName = opts.getOrDefault("cluster-name", "courtsearch");
    Path config = data.resolve("config");
    Files.createDirectories(config);
    Files.createDirectories(data.resolve("logs"));

    String nodeName = opts.getOrDefault("node-name", "courtsearch-embedded");
    Settings.Builder builder = Settings.builder()
        .put("path.home", home.toString())
        .put("path.data", data.resolve("data").toString())
        .put("path.logs", data.resolve("logs").toString())
        .putList("path.repo", data.resolve("snapshots").toString())
        .put("cluster.name", clusterName)
        .put("node.name", nodeName)
        .put("network.host", opts.getOrDefault("network-host", "127.0.0.1"))
        .put("http.port", opts.getOrDefault("http-port", "9200-9299"))
        .put("transport.port", opts.getOrDefault("transport-port", "9300-9399"))
        // One node on a possibly crowded disk: watermarks would turn indices read-only
        // and look like a mysterious write failure. courtsearch reports low disk itself.
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .put("action.destructive_requires_name", true);
    if (opts.containsKey("seed-hosts")) {
      builder.putList("discovery.seed_hosts", List.of(opts.get("seed-hosts").split(",")));
      builder.putList("cluster.initial_master_nodes", List.of(required(opts, "initial-masters").split(",")));
    } else {
      builder.put("discovery.type", "single-node");
    }
    Settings settings = builder.build();

    LogConfigurator.configureESLogging();
    LogConfigurator.setNodeName(nodeName);
    LogConfigurator.configureWithoutConfig(settings);

    Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> nodeName);
    PluginsLoader loader = PluginsLoader.createPluginsLoader(
        PluginsLoader.loadModulesBundles(env.modulesDir()),
        PluginsLoader.loadPluginsBundles(env.pluginsDir()),
        Map.of(),
        false);
    long t0 = System.nanoTime();
    Node node = new Node(env, loader);
    node.start();
    long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, stateFile), "courtsearch-node-shutdown"));

    int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    writeState(stateFile, port, clusterName, startMillis);
    System.out.printf("courtsearch node ready on http://127.0.0.1:%d (started in %d ms)%n", port, startMillis);

    String parent = opts.get("exit-with");
    if (parent != null) {
      ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
          p -> p.onExit().thenRun(() -> System.exit(0)),
          () -> System.exit(0));
    }
    Thread.currentThread().join();
  }

  private static void stop(Node node, Path stateFile) {
    try {
      Files.deleteIfExists(stateFile);
      node.close();
      node.awaitClose(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      System.err.println("courtsearch node: error while stopping: " + e);
    }
  }

  private static void writeState(Path stateFile, int port, String clusterName, long startMillis) throws IOException {
    String json = String.format(
        "{\"pid\":%d,\"http_port\":%d,\"cluster_name\":\"%s\",\"started_at\":\"%s\",\"start_millis\":%d}%n",
        ProcessHandle.current().pid(), port, clusterName, Instant.now(), startMillis);
    Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }

  private static String required(Map<String, String> opts, String name) {
    String value = opts.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
