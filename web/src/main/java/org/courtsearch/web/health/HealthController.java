package org.courtsearch.web.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: the cluster's status and how many decisions are searchable. */
public final class HealthController {
  private final ElasticsearchClient client;
  private final String index;
  private final String mode;

  /** @param mode {@code embedded} or {@code external}, for the operator */
  public HealthController(ElasticsearchClient client, String index, String mode) {
    this.client = client;
    this.index = index;
    this.mode = mode;
  }

  public void health(Context ctx) throws IOException {
    HealthResponse health = client.cluster().health();
    boolean indexExists = client.indices().existsAlias(a -> a.name(index)).value();
    long documents = indexExists ? client.count(c -> c.index(index)).count() : 0;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", health.status().jsonValue());
    body.put("cluster_name", health.clusterName());
    body.put("nodes", health.numberOfNodes());
    body.put("node", mode);
    body.put("index", index);
    body.put("index_exists", indexExists);
    body.put("documents", documents);
    ctx.status(health.status().jsonValue().equals("red") ? 503 : 200).json(body);
  }
}
