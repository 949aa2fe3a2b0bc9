package org.courtsearch.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;

/**
 * Plain GET requests for the few answers the typed client cannot decode from every cluster
 * (e.g. {@code _nodes/plugins} of a node without attributes).
 */
public final class LowLevel {
  private LowLevel() {}

  public static JsonNode get(ElasticsearchClient client, String path) throws IOException {
    RestClientTransport transport = (RestClientTransport) client._transport();
    Response response = transport.restClient().performRequest(new Request("GET", path));
    try (InputStream in = response.getEntity().getContent()) {
      return Json.mapper().readTree(in);
    }
  }
}
