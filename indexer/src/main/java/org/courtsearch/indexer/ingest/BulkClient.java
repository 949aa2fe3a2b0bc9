package org.courtsearch.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The asynchronous client our bulk ingesters send with: bulk answers are handed to {@code
 * executor} instead of being completed on the HTTP client's I/O thread.
 *
 * <p>Why: elasticsearch-java's {@code BulkIngester} sends a request while holding its own lock,
 * and the HTTP client's connection pool takes its lock inside that call. When a connection
 * attempt fails (a node restarting), the HTTP client's I/O thread completes the request's
 * future while holding the pool's lock, and the ingester's completion handler then waits for
 * the ingester's lock: each thread holds the lock the other waits for, and the index run
 * stops for good (seen in a thread dump of NodeRestartIT). Completing on another thread lets
 * the I/O thread release the pool's lock first.
 */
final class BulkClient extends ElasticsearchAsyncClient {
  private final Executor executor;

  BulkClient(ElasticsearchClient client, Executor executor) {
    super(client._transport(), client._transportOptions());
    this.executor = executor;
  }

  @Override
  public CompletableFuture<BulkResponse> bulk(BulkRequest request) {
    CompletableFuture<BulkResponse> answered = new CompletableFuture<>();
    super.bulk(request).whenComplete((response, failure) -> executor.execute(() -> {
      if (failure != null) {
        answered.completeExceptionally(failure);
      } else {
        answered.complete(response);
      }
    }));
    return answered;
  }
}
