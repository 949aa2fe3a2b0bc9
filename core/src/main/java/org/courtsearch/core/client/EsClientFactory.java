package org.courtsearch.core.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigException;
import org.courtsearch.core.es.Json;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds the process's one {@link ElasticsearchClient} for a cluster's URLs and credentials. */
public final class EsClientFactory {
  private EsClientFactory() {}

  /** A client for the configured cluster; {@code urls} are the embedded node's when the config names none. */
  public static ElasticsearchClient create(Config config, List<URI> urls) {
    HttpHost[] hosts = urls.stream().map(u -> new HttpHost(u.getHost(), port(u), u.getScheme())).toArray(HttpHost[]::new);
    RestClientBuilder builder = RestClient.builder(hosts)
        .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(120_000));
    config.esApiKey().ifPresent(key -> builder.setDefaultHeaders(new Header[] {
        new BasicHeader("Authorization", "ApiKey " + key.value())}));
    SSLContext ssl = sslContext(config);
    builder.setHttpClientConfigCallback(http -> {
      if (config.esUser().isPresent()) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY,
            new UsernamePasswordCredentials(config.esUser().get(), config.esPassword().orElseThrow().value()));
        http.setDefaultCredentialsProvider(credentials);
      }
      if (ssl != null) {
        http.setSSLContext(ssl);
      }
      return http;
    });
    RestClient rest = builder.build();
    return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
  }

  private static SSLContext sslContext(Config config) {
    try {
      if (config.esCaFile().isPresent()) {
        return TransportUtils.sslContextFromHttpCaCrt(config.esCaFile().get().toFile());
      }
      if (config.esCaFingerprint().isPresent()) {
        return TransportUtils.sslContextFromCaFingerprint(config.esCaFingerprint().get());
      }
      return null;
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("cannot use the cluster's CA certificate: " + e.getMessage());
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
