package org.courtsearch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigException;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.es.ClusterException;
import org.courtsearch.node.NodeStartException;
import org.courtsearch.query.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./courtsearch}: the command line. Subcommands do the work; this class holds the shared options. */
@Command(
    name = "courtsearch",
    mixinStandardHelpOptions = true,
    version = "courtsearch 0.1.0",
    description = "Search, count and export Russian court decisions.",
    subcommands = {IndexCommand.class, ServeCommand.class, DemoCommand.class, NodeCommand.class, ReindexCommand.class,
        RelevanceCommand.class, BatchCommand.class, VerifyCommand.class, WatchCommand.class})
public final class Courtsearch {
  /** Exit code when the run could not proceed: bad arguments or configuration, cluster unreachable. */
  static final int CANNOT_PROCEED = 2;

  @Option(names = "--home", description = "Data folder (COURTSEARCH_HOME, default ./data)")
  String home;

  @Option(names = "--es-url", description = "Existing cluster's URL(s), comma-separated (COURTSEARCH_ES_URL); none: embedded node")
  String esUrl;

  @Option(names = "--index", description = "Index alias (COURTSEARCH_INDEX, default decisions)")
  String index;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (COURTSEARCH_CONFIG; same keys as the environment)")
  String configFile;

  Config config() {
    return config(Map.of());
  }

  Config config(Map<String, String> extra) {
    Map<String, String> overrides = new HashMap<>(extra);
    if (home != null) {
      overrides.put(ConfigLoader.HOME, home);
    }
    if (esUrl != null) {
      overrides.put(ConfigLoader.ES_URL, esUrl);
    }
    if (index != null) {
      overrides.put(ConfigLoader.INDEX, index);
    }
    if (configFile != null) {
      overrides.put(ConfigLoader.CONFIG_FILE, configFile);
    }
    return ConfigLoader.load(System.getenv(), overrides);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Courtsearch());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("courtsearch: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return CANNOT_PROCEED;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // a user's error (a bad filter, a bad list) as the site says it, in its words; the command cannot proceed
      if (e instanceof UserError || e instanceof ConfigException || e instanceof ClusterException || e instanceof NodeStartException
          || e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
        commandLine.getErr().println("courtsearch: " + e.getMessage());
        return CANNOT_PROCEED;
      }
      throw e;
    });
    return cli.execute(args);
  }
}
