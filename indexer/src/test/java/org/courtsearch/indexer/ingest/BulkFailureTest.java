package org.courtsearch.indexer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/** Which failed bulk requests a run sends again, and how it says what happened. */
class BulkFailureTest {
  /** The exception Elasticsearch's own HTTP client throws for a response with this status. */
  private static ResponseException answered(int status) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "{\"error\":{\"type\":\"x\",\"reason\":\"a long JSON body\"},\"status\":0}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (RestClient client = RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort())).build()) {
      return assertThrows(ResponseException.class, () -> client.performRequest(new Request("POST", "/_bulk")));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void busyIsPausedUnreachableIsAwaitedTheRestFails() throws Exception {
    ResponseException busy = answered(429);
    assertEquals(BulkFailure.BUSY, BulkFailure.of(new RuntimeException(busy)));
    assertEquals(BulkFailure.UNREACHABLE, BulkFailure.of(answered(503)));
    assertEquals(BulkFailure.UNREACHABLE, BulkFailure.of(new RuntimeException(new ConnectException("Connection refused"))));
    assertEquals(BulkFailure.REFUSED, BulkFailure.of(answered(413)),
        "a request the cluster refuses would be refused again: no endless resending");
    assertEquals(BulkFailure.REFUSED, BulkFailure.of(answered(401)));
    assertEquals(BulkFailure.REFUSED, BulkFailure.of(new IllegalStateException("mapping")));
    assertEquals("HTTP 429", BulkFailure.describe(new RuntimeException(busy)).strip(),
        "the status, not the response body");
  }
}
