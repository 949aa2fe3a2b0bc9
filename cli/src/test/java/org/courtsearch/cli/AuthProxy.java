package org.courtsearch.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * A secured cluster in front of the real test node: a reverse proxy on loopback that demands
 * basic auth or an API key, as a secured Elasticsearch does, and forwards to the node. It can
 * also pretend to be an Elasticsearch 7 or something else entirely, for the start-up checks.
 */
final class AuthProxy implements AutoCloseable {
  enum Mode { FORWARD, VERSION_7, NOT_ELASTICSEARCH }

  private final HttpServer server;
  private final URI target;
  private final String basic;
  private final String apiKey;
  private final HttpClient http = HttpClient.newHttpClient();
  volatile Mode mode = Mode.FORWARD;
  static final Set<String> HOP = Set.of("connection", "content-length", "host", "transfer-encoding", "authorization", "expect", "upgrade");

  AuthProxy(URI target, String user, String password, String apiKey) throws IOException {
    this.target = target;
    this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.apiKey = "ApiKey " + apiKey;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (!basic.equals(auth) && !apiKey.equals(auth)) {
        byte[] body = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials\"},\"status\":401}"
            .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
        ex.sendResponseHeaders(401, body.length);
        ex.getResponseBody().write(body);
        return;
      }
      if (mode != Mode.FORWARD && ex.getRequestURI().getPath().equals("/")) {
        String version = mode == Mode.VERSION_7 ? "7.17.20" : "8.19.21";
        byte[] body = ("{\"name\":\"n\",\"cluster_name\":\"c\",\"cluster_uuid\":\"u\",\"version\":{\"number\":\"" + version
            + "\",\"build_flavor\":\"default\",\"build_type\":\"tar\",\"build_hash\":\"h\",\"build_date\":\"2024-01-01T00:00:00Z\","
            + "\"build_snapshot\":false,\"lucene_version\":\"8.11.3\",\"minimum_wire_compatibility_version\":\"6.8.0\","
            + "\"minimum_index_compatibility_version\":\"6.0.0\"},\"tagline\":\"You Know, for Search\"}").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        if (mode == Mode.VERSION_7) {
          ex.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
        }
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        return;
      }
      byte[] requestBody;
      try (InputStream in = ex.getRequestBody()) {
        requestBody = in.readAllBytes();
      }
      HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().toString()))
          .method(ex.getRequestMethod(), requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(requestBody));
      ex.getRequestHeaders().forEach((k, values) -> {
        if (!HOP.contains(k.toLowerCase())) {
          values.forEach(v -> forward.header(k, v));
        }
      });
      HttpResponse<byte[]> r = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      r.headers().map().forEach((k, values) -> {
        if (!HOP.contains(k.toLowerCase()) && !k.startsWith(":")) {
          values.forEach(v -> ex.getResponseHeaders().add(k, v));
        }
      });
      boolean head = ex.getRequestMethod().equals("HEAD");
      ex.sendResponseHeaders(r.statusCode(), head || r.body().length == 0 ? -1 : r.body().length);
      if (!head && r.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(r.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

}
