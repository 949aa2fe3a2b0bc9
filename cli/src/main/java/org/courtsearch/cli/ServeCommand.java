package org.courtsearch.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the search site and API.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port (COURTSEARCH_PORT, default 7070)")
  Integer port;

  @Option(names = "--host", description = "Address to bind (COURTSEARCH_HOST, default 127.0.0.1)")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> overrides = new HashMap<>();
    if (port != null) {
      overrides.put(ConfigLoader.PORT, port.toString());
    }
    if (host != null) {
      overrides.put(ConfigLoader.HOST, host);
    }
    serve(top.config(overrides), spec.commandLine().getOut());
    return 0;
  }

  static void serve(Config config, PrintWriter out) throws InterruptedException {
    Cluster cluster = Cluster.connect(config);
    new IndexAdmin(cluster.client).ensure(config.index(), IndexContract.DECISIONS, config.shards(), config.replicas(),
        config.morphology());
    WebServer server = new WebServer(config, cluster.client, cluster.mode()).start();
    out.printf("courtsearch: open http://%s:%d/ (Ctrl-C stops the site; `./courtsearch node stop` stops the node)%n",
        config.host(), server.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      cluster.close();
      stopped.countDown();
    }));
    stopped.await();
  }
}
