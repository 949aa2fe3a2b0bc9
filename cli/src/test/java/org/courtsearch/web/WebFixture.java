package org.courtsearch.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;

/**
 * The site as a user meets it, once per test JVM: the generated sample corpus indexed by the real
 * indexer into a real node, and the web server on a free port.
 */
public final class WebFixture {
  public static final Path SAMPLES = Path.of(System.getProperty("courtsearch.root", ".."), "samples");
  private static WebFixture instance;

  public final ElasticsearchClient client;
  public final String alias;
  public final WebServer server;
  public final URI base;
  public final RunReport indexed;
  private final HttpClient http = HttpClient.newHttpClient();

  private WebFixture() {
    TestCluster cluster = TestCluster.get();
    client = cluster.client();
    alias = TestCluster.uniqueName("web");
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      IndexRun run = new IndexRun(client, alias, 1, "0-1", extractor, Path.of("target", "runs"));
      // the generated corpus only, so that counts can be checked against its ground truth
      indexed = run.run(new IndexRun.Options(List.of(SAMPLES.resolve("generated")), CaseCards.empty(), false, 2, false, Set.of()));
      client.indices().refresh(r -> r.index(alias));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    server = new WebServer(config(alias, Map.of()), client, "embedded").start();
    base = URI.create("http://127.0.0.1:" + server.port());
  }

  public static synchronized WebFixture get() {
    if (instance == null) {
      instance = new WebFixture();
    }
    return instance;
  }

  public static Config config(String alias, Map<String, String> extra) {
    Map<String, String> env = TestCluster.get().settings();
    env.put(ConfigLoader.INDEX, alias);
    env.put(ConfigLoader.PORT, "0");
    env.putAll(extra);
    return ConfigLoader.load(env, Map.of());
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return get(base, pathAndQuery);
  }

  public HttpResponse<String> get(URI root, String pathAndQuery) {
    try {
      return http.send(HttpRequest.newBuilder(root.resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<byte[]> getBytes(String pathAndQuery) {
    try {
      return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
