package org.courtsearch.node;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.client.EsClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * One real Elasticsearch node per test JVM, started on first use and stopped when the JVM ends:
 * the embedded node in {@code target/it-home}, or with {@code -Dcourtsearch.it.backend=container}
 * our node's image in a container ({@link NodeContainer}), so the same integration tests run
 * against either. Tests take a fresh, randomly named index (or alias) each, so they never see
 * each other's documents.
 */
public final class TestCluster {
  private static TestCluster instance;

  private final Config config;
  private final NodeState state;
  private final ElasticsearchClient client;

  private TestCluster(Config config, NodeState state, ElasticsearchClient client) {
    this.config = config;
    this.state = state;
    this.client = client;
  }

  public static synchronized TestCluster get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  /** {@code embedded} (default) or {@code container}. */
  public static final String BACKEND = System.getProperty("courtsearch.it.backend", "embedded");

  private static TestCluster start() {
    Path home = Path.of("target", "it-home").toAbsolutePath();
    if (BACKEND.equals("container")) {
      return startContainer(home);
    }
    Config config = ConfigLoader.load(Map.of(ConfigLoader.HOME, home.toString()), Map.of());
    EmbeddedNode node = EmbeddedNode.forConfig(config);
    if (node.running().isEmpty()) {
      deleteTree(config.nodeDir().resolve("data"));
    }
    NodeState state = node.ensureRunning(Duration.ofSeconds(120), Optional.of(ProcessHandle.current().pid()));
    ElasticsearchClient client = EsClientFactory.create(config, List.of(state.url()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> node.stop(Duration.ofSeconds(30))));
    return new TestCluster(config, state, client);
  }

  private static TestCluster startContainer(Path home) {
    GenericContainer<?> node = NodeContainer.start();
    int port = node.getMappedPort(9200);
    Runtime.getRuntime().addShutdownHook(new Thread(node::stop));
    NodeState state = new NodeState(-1, port, "courtsearch-it", Instant.now().toString(), 0);
    Config config = ConfigLoader.load(Map.of(ConfigLoader.HOME, home.toString(), ConfigLoader.ES_URL, state.url().toString()), Map.of());
    return new TestCluster(config, state, EsClientFactory.create(config, List.of(state.url())));
  }

  /**
   * The settings a test's own configuration starts from: this node's home, and its URL where it is
   * not the home's embedded node (a container), so that nothing a test runs starts a node of its own.
   */
  public Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>(Map.of(ConfigLoader.HOME, config.home().toString()));
    if (BACKEND.equals("container")) {
      settings.put(ConfigLoader.ES_URL, state.url().toString());
    }
    return settings;
  }

  public Config config() {
    return config;
  }

  public NodeState state() {
    return state;
  }

  public ElasticsearchClient client() {
    return client;
  }

  /** A name no other test uses, e.g. {@code decisions-searchit-4f2a9c}. */
  public static String uniqueName(String prefix) {
    return (prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL)).toLowerCase(Locale.ROOT);
  }

  /** A configuration for this node whose index alias is {@code alias}. */
  public Config configWithIndex(String alias) {
    Map<String, String> settings = settings();
    settings.put(ConfigLoader.INDEX, alias);
    return ConfigLoader.load(settings, Map.of());
  }

  public static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
