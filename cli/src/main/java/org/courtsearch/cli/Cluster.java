package org.courtsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.es.ClusterCheck;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.node.EmbeddedNode;
import org.courtsearch.node.NodeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The process's one connection to Elasticsearch: the embedded node (started if needed) or the configured cluster. */
final class Cluster implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Cluster.class);

  final ElasticsearchClient client;
  final List<URI> urls;
  final ClusterCheck.ClusterInfo info;
  final boolean embedded;

  private Cluster(ElasticsearchClient client, List<URI> urls, ClusterCheck.ClusterInfo info, boolean embedded) {
    this.client = client;
    this.urls = urls;
    this.info = info;
    this.embedded = embedded;
  }

  static Cluster connect(Config config) {
    List<URI> urls = config.esUrls();
    if (config.embedded()) {
      NodeState state = EmbeddedNode.forConfig(config).ensureRunning(Duration.ofSeconds(180));
      urls = List.of(state.url());
    }
    ElasticsearchClient client = EsClientFactory.create(config, urls);
    ClusterCheck.ClusterInfo info = ClusterCheck.verify(client, urls.toString());
    log.info("connected to {} Elasticsearch {} ({}) at {}", config.embedded() ? "embedded" : "external", info.version(),
        info.clusterName(), urls);
    return new Cluster(client, urls, info, config.embedded());
  }

  String mode() {
    return embedded ? "embedded" : "external";
  }

  @Override
  public void close() {
    try {
      client._transport().close();
    } catch (IOException e) {
      log.debug("closing the client", e);
    }
  }
}
