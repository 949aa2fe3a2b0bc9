package org.courtsearch.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;

/**
 * Plain requests for the few answers the typed client cannot decode from every cluster (e.g.
 * {@code _nodes/plugins} of a node without attributes), and for bodies that are JSON already
 * (an index's settings and mappings: read into the typed model, a cold command spent most of a
 * second loading its classes).
 */
public final class LowLevel {
  private LowLevel() {}

  public static JsonNode get(ElasticsearchClient client, String path) throws IOException {
    return perform(client, new Request("GET", path));
  }

  /** A PUT of a JSON body; an answer of 400 or more is thrown as the client's {@link ResponseException}. */
  public static JsonNode put(ElasticsearchClient client, String path, JsonNode body) throws IOException {
    Request request = new Request("PUT", path);
    request.setJsonEntity(body.toString());
    return perform(client, request);
  }

  /** The error Elasticsearch answered with ({@code error.type}, {@code error.reason}); empty nodes when the body says none. */
  public static JsonNode error(ResponseException e) {
    try (InputStream in = e.getResponse().getEntity().getContent()) {
      return Json.mapper().readTree(in).path("error");
    } catch (IOException | RuntimeException unreadable) {
      return Json.mapper().missingNode();
    }
  }

  private static JsonNode perform(ElasticsearchClient client, Request request) throws IOException {
    RestClientTransport transport = (RestClientTransport) client._transport();
    Response response = transport.restClient().performRequest(request);
    try (InputStream in = response.getEntity().getContent()) {
      return Json.mapper().readTree(in);
    }
  }
}
