package org.courtsearch.indexer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * Bulk requests to an address where nothing listens, from several threads at once: every
 * connection attempt fails on the HTTP client's I/O thread while other threads send under the
 * ingester's lock, the interleaving that deadlocked an index run during a node restart.
 */
class BulkClientTest {
  static final int THREADS = 4;
  static final int OPERATIONS = 400;

  @Test
  void failedConnectionsNeverDeadlockTheIngester() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: connections are refused
    }
    ExecutorService answers = Executors.newCachedThreadPool();
    try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", port)).build()) {
      ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
      long failed = sendFromThreads(new BulkClient(client, answers));
      assertEquals(THREADS * OPERATIONS, failed, "every operation was answered (refused), none left hanging");
    } finally {
      answers.shutdownNow();
    }
  }

  /** Sends every operation through an ingester of one operation per request; the count of refused ones. */
  static long sendFromThreads(ElasticsearchAsyncClient client) throws Exception {
    AtomicLong failed = new AtomicLong();
    BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(1).maxConcurrentRequests(2)
        .listener(new BulkListener<Void>() {
          @Override
          public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {}

          @Override
          public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {}

          @Override
          public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
            failed.addAndGet(contexts.size());
          }
        }));
    List<CompletableFuture<Void>> senders = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "sender");
      t.setDaemon(true); // a deadlocked sender must not keep the test JVM alive
      return t;
    });
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      senders.add(CompletableFuture.runAsync(() -> {
        for (int i = 0; i < OPERATIONS; i++) {
          String id = thread + "-" + i;
          ingester.add(op -> op.index(x -> x.index("nowhere").id(id).document(Map.of("n", id))));
        }
      }, threads));
    }
    try {
      CompletableFuture.allOf(senders.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
      CompletableFuture.runAsync(ingester::close).get(60, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    assertTrue(failed.get() <= THREADS * OPERATIONS);
    return failed.get();
  }
}
