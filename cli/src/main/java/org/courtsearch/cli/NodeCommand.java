package org.courtsearch.cli;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.courtsearch.core.config.Config;
import org.courtsearch.node.EmbeddedNode;
import org.courtsearch.node.LocalCluster;
import org.courtsearch.node.NodeDistribution;
import org.courtsearch.node.NodeState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "node", mixinStandardHelpOptions = true,
    description = {"Start, inspect or stop the embedded Elasticsearch node of the data folder.",
        "With --nodes N (2 to 9), a local cluster of N nodes from the same jars, in es-cluster/: the way to try "
            + "shards, replicas and a lost node before a server deployment; status and stop cover it too."})
final class NodeCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Parameters(index = "0", defaultValue = "start", description = "start (default), status, stop, or snapshot (a backup of all indices to es/snapshots)")
  String action;

  @Option(names = "--nodes", paramLabel = "N", description = "start a local cluster of N nodes instead of one node")
  Integer nodes;

  @Option(names = "--node-heap", paramLabel = "SIZE", defaultValue = LocalCluster.DEFAULT_HEAP,
      description = "heap of each node of a local cluster (default ${DEFAULT-VALUE})")
  String nodeHeap;

  @Override
  public Integer call() {
    Config config = top.config();
    EmbeddedNode node = EmbeddedNode.forConfig(config);
    LocalCluster local = new LocalCluster(config.home().resolve("es-cluster"), NodeDistribution.locate(), nodeHeap);
    switch (action) {
      case "start" -> {
        if (nodes != null) {
          List<URI> urls = local.start(nodes, Duration.ofSeconds(300), Optional.empty());
          String joined = urls.stream().map(URI::toString).collect(Collectors.joining(","));
          spec.commandLine().getOut().printf("local cluster of %d nodes running: %s%n", urls.size(), joined);
          spec.commandLine().getOut().printf("use it: export COURTSEARCH_ES_URL=%s%n", joined);
          return 0;
        }
        NodeState s = node.ensureRunning(Duration.ofSeconds(180));
        try (Cluster cluster = Cluster.connect(config)) {
          var health = cluster.client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
          spec.commandLine().getOut().printf("embedded node running: pid %d, %s, Elasticsearch %s, cluster '%s' is %s%n",
              s.pid(), s.url(), cluster.info.version(), health.clusterName(), health.status().jsonValue());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return 0;
      }
      case "status" -> {
        List<NodeState> members = local.running();
        for (NodeState m : members) {
          spec.commandLine().getOut().printf("local cluster node running: pid %d, %s%n", m.pid(), m.url());
        }
        Optional<NodeState> s = node.running();
        if (s.isEmpty() && !members.isEmpty()) {
          return 0;
        }
        if (s.isEmpty()) {
          spec.commandLine().getOut().println("no embedded node is running for " + node.dir());
          return 1;
        }
        spec.commandLine().getOut().printf("embedded node running: pid %d, %s, started %s (%d ms), data %s%n",
            s.get().pid(), s.get().url(), s.get().startedAt(), s.get().startMillis(), node.dir());
        return 0;
      }
      case "stop" -> {
        int members = local.stop(Duration.ofSeconds(60));
        if (members > 0) {
          spec.commandLine().getOut().println("local cluster stopped: " + members + " nodes");
        }
        boolean stopped = node.stop(Duration.ofSeconds(60));
        spec.commandLine().getOut().println(stopped ? "embedded node stopped" : "no embedded node was running for " + node.dir());
        return 0;
      }
      case "snapshot" -> {
        try (Cluster cluster = Cluster.connect(config)) {
          Path location = config.nodeDir().resolve("snapshots");
          cluster.client.snapshot().createRepository(r -> r.name("courtsearch-backups")
              .repository(repo -> repo.fs(fs -> fs.settings(st -> st.location(location.toString())))));
          String name = "courtsearch-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
          var r = cluster.client.snapshot().create(c -> c.repository("courtsearch-backups").snapshot(name).waitForCompletion(true));
          spec.commandLine().getOut().printf("snapshot %s: %s, %d shards, in %s%n", name, r.snapshot().state(),
              r.snapshot().shards().successful().intValue(), location);
          spec.commandLine().getOut().println("restore: curl -XPOST '" + cluster.urls.get(0)
              + "/_snapshot/courtsearch-backups/" + name + "/_restore' (after deleting or closing the indices it holds)");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return 0;
      }
      default -> {
        spec.commandLine().getErr().println("courtsearch node: unknown action '" + action + "' (start, status, stop, snapshot)");
        return Courtsearch.CANNOT_PROCEED;
      }
    }
  }
}
