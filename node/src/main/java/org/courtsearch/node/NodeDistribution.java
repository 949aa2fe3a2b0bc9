package org.courtsearch.node;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Elasticsearch home the embedded node runs from (built by es-node into
 * {@code es-node/target/es-home}): the system property {@code courtsearch.esNodeHome}, else the
 * environment variable {@code COURTSEARCH_ES_NODE_HOME}, else below the repository root
 * ({@code courtsearch.root}, or the working directory).
 */
public final class NodeDistribution {
  private NodeDistribution() {}

  public static Path locate() {
    String explicit = System.getProperty("courtsearch.esNodeHome", System.getenv("COURTSEARCH_ES_NODE_HOME"));
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String root = System.getProperty("courtsearch.root", ".");
    return Path.of(root, "es-node", "target", "es-home");
  }

  static void check(Path home) {
    if (!Files.isDirectory(home.resolve("lib")) || !Files.isDirectory(home.resolve("modules"))) {
      throw new NodeStartException("The embedded Elasticsearch node is not built: " + home
          + " has no lib/ and modules/. Build it with `mvn -DskipTests install` (./courtsearch does this on first use).");
    }
  }
}
