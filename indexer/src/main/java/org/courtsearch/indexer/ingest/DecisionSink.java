package org.courtsearch.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a run's decisions and file states go: the client's {@code BulkIngester}s, made to
 * survive the cluster. A request that finds no cluster (a node restart, a network cut) or a
 * cluster too busy (HTTP 429) is sent again once it answers, after a pause that grows while it
 * is busy; past {@link #RETRY_WAIT} the run stops, and the same command finishes the job. A
 * request the cluster refuses outright (a 4xx) is not repeated: its files fail.
 *
 * <p>The run learns each file's fate through {@link Listener}: indexed once every decision of
 * it was acknowledged (only then is its state recorded, which is what makes a run resumable),
 * or failed.
 */
public final class DecisionSink {
  private static final Logger log = LoggerFactory.getLogger(IndexRun.class);

  /** How long a run waits for a cluster that stopped answering (a node restart) before it stops. */
  static final Duration RETRY_WAIT = Duration.ofMinutes(5);
  /** How long the end of a run waits for answers while nothing moves (longer than the client's socket timeout). */
  static final Duration DRAIN_STALL = Duration.ofMinutes(4);
  static final long FIRST_BUSY_PAUSE_MILLIS = 1000;
  static final long MAX_BUSY_PAUSE_MILLIS = 30_000;
  /** How often one decision is sent again after its shard was unavailable, before its file fails. */
  static final int MAX_ITEM_ATTEMPTS = 20;

  /** What the run hears back. */
  public interface Listener {
    /** Every decision of {@code job} was acknowledged. */
    void indexed(Job job);

    /** {@code path} could not be indexed, and why. */
    void failed(String path, String message);
  }

  /** A bulk request that did not reach the cluster: its operations and their files. */
  private record Retry(List<BulkOperation> operations, List<Job> contexts, boolean busy) {}

  private final ElasticsearchClient client;
  private final AtomicReference<String> aborted;
  private final Listener listener;
  /** Where bulk answers are handled, off the HTTP client's I/O thread ({@link BulkClient} says why). */
  private final ExecutorService answerThreads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bulk-answers");
    t.setDaemon(true);
    return t;
  });
  private final BulkClient bulkClient;
  private final LinkedBlockingQueue<Retry> retries = new LinkedBlockingQueue<>();
  /**
   * Decisions handed to the bulk ingester and not yet answered for (indexed, refused or given
   * up). Counted per operation, not per request: the ingester sends 429-rejected operations
   * again in a later request without reporting the first one, so request counts can leak.
   */
  private final AtomicLong unsettled = new AtomicLong();
  /** Decisions handed to the sink, and decisions sent (more sent than added: some were sent again). */
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicBoolean resendLogged = new AtomicBoolean();
  private final AtomicBoolean shardsLogged = new AtomicBoolean();
  /** Set while the cluster does not answer or is too busy: new work waits. */
  private final AtomicBoolean clusterDown = new AtomicBoolean();
  private volatile long lastAnswered = System.nanoTime();
  private volatile long busyPause = FIRST_BUSY_PAUSE_MILLIS;
  private BulkIngester<Job> decisions;
  private BulkIngester<String> states;
  private Thread retrier;

  public DecisionSink(ElasticsearchClient client, AtomicReference<String> aborted, Listener listener) {
    this.client = client;
    this.aborted = aborted;
    this.listener = listener;
    this.bulkClient = new BulkClient(client, answerThreads);
  }

  public void start() {
    decisions = decisionIngester();
    states = stateIngester();
    retrier = new Thread(this::retryLoop, "bulk-retry");
    retrier.setDaemon(true);
    retrier.start();
  }

  /** {@code count} decisions of a file are about to be sent: the run waits for each of them. */
  public void expect(int count) {
    unsettled.addAndGet(count);
    added.addAndGet(count);
  }

  public void send(Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>> operation, Job job) {
    decisions.add(operation, job);
  }

  /** A file's state, for the next run: written only after its decisions were acknowledged. */
  void record(Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>> operation, String path) {
    states.add(operation, path);
  }

  /** New work waits while the cluster is away. */
  public void waitWhileDown() {
    while (clusterDown.get() && aborted.get() == null) {
      sleep(200);
    }
  }

  /** Every decision answered for (or the run stopped), then the decision ingester closed. */
  public void finishDecisions() {
    drainRetries();
    retrier.interrupt();
    decisions.close();
  }

  /** A separate ingester for after-run updates of decisions (paths, deletions), with the same handling of failures. */
  BulkIngester<Job> updates() {
    return decisionIngester();
  }

  /** The file states written, and the threads that read answers let go. */
  public void close() {
    states.close();
    answerThreads.shutdown(); // after every ingester is closed: no answer is left to hand over
  }

  /** Decisions sent a second time (after an outage, or the ingester's own retries after a 429). */
  public long resent() {
    return Math.max(0, sent.get() - added.get());
  }

  /**
   * A bulk request's operations, megabytes and how many are in flight. Two in flight keep both of a small node's write
   * threads busy while the next request is built; BENCHMARKS.md (issue 22) has the sizes tried. The properties
   * ({@code -Dcourtsearch.bulk.operations=…}, {@code .megabytes}, {@code .concurrent}) are for A/B benchmarks only.
   */
  static final int BULK_OPERATIONS = Integer.getInteger("courtsearch.bulk.operations", 500);
  static final int BULK_MEGABYTES = Integer.getInteger("courtsearch.bulk.megabytes", 8);
  static final int BULK_CONCURRENT = Integer.getInteger("courtsearch.bulk.concurrent", 2);

  private BulkIngester<Job> decisionIngester() {
    return BulkIngester.of(b -> b.client(bulkClient)
        .maxOperations(BULK_OPERATIONS)
        .maxSize((long) BULK_MEGABYTES << 20)
        .maxConcurrentRequests(BULK_CONCURRENT)
        .flushInterval(2, TimeUnit.SECONDS)
        .backoffPolicy(BackoffPolicy.exponentialBackoff(500L, 8))
        .listener(new BulkListener<Job>() {
          @Override
          public void beforeBulk(long executionId, BulkRequest request, List<Job> contexts) {
            // a decision is added before it is first sent, so more sent than added means re-sends:
            // ours after an outage, or the ingester's own after a 429 (it logs each one; we say it once)
            long now = sent.addAndGet(contexts.stream().filter(j -> j.counted).count());
            if (now > added.get() && resendLogged.compareAndSet(false, true)) {
              log.warn("some decisions are being sent a second time (Elasticsearch was busy or unreachable); "
                  + "the report counts them");
            }
          }

          @Override
          public void afterBulk(long executionId, BulkRequest request, List<Job> contexts, BulkResponse response) {
            lastAnswered = System.nanoTime();
            busyPause = FIRST_BUSY_PAUSE_MILLIS;
            List<BulkResponseItem> items = response.items();
            List<BulkOperation> again = new ArrayList<>();
            List<Job> againJobs = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
              Job job = contexts.get(i);
              BulkResponseItem item = items.get(i);
              if (item.error() != null && passing(item) && job.attempts.incrementAndGet() <= MAX_ITEM_ATTEMPTS
                  && aborted.get() == null) {
                // a shard without a live copy for a moment (a node just died, a replica being promoted):
                // not settled, it goes again after a pause
                again.add(request.operations().get(i));
                againJobs.add(job);
                continue;
              }
              settle(job);
              if (item.error() != null) {
                if (job.failed.compareAndSet(false, true)) {
                  listener.failed(job.path, "Elasticsearch refused the decision: " + item.error().reason());
                }
              } else if (job.pending.decrementAndGet() == 0 && !job.failed.get() && job.ids != null) {
                listener.indexed(job);
              }
            }
            if (!again.isEmpty()) {
              if (shardsLogged.compareAndSet(false, true)) {
                log.warn("some shards had no live copy for a moment ({}); sending those decisions again after a pause",
                    again.size());
              }
              retries.add(new Retry(again, againJobs, true));
            }
          }

          @Override
          public void afterBulk(long executionId, BulkRequest request, List<Job> contexts, Throwable failure) {
            BulkFailure kind = BulkFailure.of(failure);
            if (kind != BulkFailure.REFUSED && aborted.get() == null) {
              // the node is restarting, the network is down, or the cluster is too busy: pause
              // new work and send these again once it answers (after a backoff when busy)
              if (clusterDown.compareAndSet(false, true)) {
                log.warn(kind == BulkFailure.BUSY
                    ? "Elasticsearch is too busy ({}); pausing and sending again"
                    : "Elasticsearch does not answer ({}); waiting for it and sending again", BulkFailure.describe(failure));
              }
              retries.add(new Retry(request.operations(), contexts, kind == BulkFailure.BUSY));
              return;
            }
            contexts.forEach(DecisionSink.this::settle);
            for (Job job : new LinkedHashSet<>(contexts)) {
              if (job.failed.compareAndSet(false, true)) {
                listener.failed(job.path, "bulk request failed: " + BulkFailure.describe(failure));
              }
            }
          }
        }));
  }

  /** Item errors that pass: a shard not available right now, the cluster busy; anything else is the decision's own. */
  private static boolean passing(BulkResponseItem item) {
    String type = item.error().type();
    return item.status() == 503 || item.status() == 429 || "unavailable_shards_exception".equals(type)
        || "node_disconnected_exception".equals(type) || "node_not_connected_exception".equals(type)
        || "no_shard_available_action_exception".equals(type);
  }

  private BulkIngester<String> stateIngester() {
    return BulkIngester.of(b -> b.client(bulkClient)
        .maxOperations(2000)
        .maxConcurrentRequests(1)
        .flushInterval(2, TimeUnit.SECONDS)
        .backoffPolicy(BackoffPolicy.exponentialBackoff(500L, 8))
        .listener(new BulkListener<String>() {
          @Override
          public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {}

          @Override
          public void afterBulk(long executionId, BulkRequest request, List<String> contexts, BulkResponse response) {
            for (int i = 0; i < response.items().size(); i++) {
              if (response.items().get(i).error() != null) {
                log.warn("could not record the state of {}: {} (it will be done again next run)", contexts.get(i),
                    response.items().get(i).error().reason());
              }
            }
          }

          @Override
          public void afterBulk(long executionId, BulkRequest request, List<String> contexts, Throwable failure) {
            log.warn("could not record the state of {} files ({}); they will be done again next run", contexts.size(),
                failure.getMessage());
          }
        }));
  }

  /** Waits for the cluster to answer again, then sends the failed requests again; gives up after the limit. */
  private void retryLoop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Retry retry = retries.take();
        if (retry.busy()) {
          if (System.nanoTime() - lastAnswered > RETRY_WAIT.toNanos()) {
            giveUp("Elasticsearch was too busy to take decisions for " + RETRY_WAIT.toMinutes() + " min", retry);
            return;
          }
          sleep(busyPause);
          busyPause = Math.min(busyPause * 2, MAX_BUSY_PAUSE_MILLIS);
        }
        long deadline = System.nanoTime() + RETRY_WAIT.toNanos();
        while (!answers()) {
          if (System.nanoTime() > deadline) {
            giveUp("Elasticsearch did not answer for " + RETRY_WAIT.toMinutes() + " min", retry);
            return;
          }
          sleep(1000);
        }
        if (!retry.busy()) {
          lastAnswered = System.nanoTime(); // back after an outage: a busy spell is timed from here
        }
        if (clusterDown.compareAndSet(true, false)) {
          log.info("sending {} delayed requests again", retries.size() + 1);
        }
        try {
          for (int i = 0; i < retry.operations().size(); i++) {
            decisions.add(retry.operations().get(i), retry.contexts().get(i));
          }
        } catch (RuntimeException e) {
          // never leave the run waiting for a retrier that died: these files fail, the next run redoes them
          log.warn("could not send {} delayed decisions again ({}); they will be done again next run",
              retry.operations().size(), e.toString());
          failAll(retry);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the run: what waits to be sent again fails, and the next run does it. */
  private void giveUp(String why, Retry retry) {
    aborted.compareAndSet(null, why + "; run the same command again to finish (nothing done is lost)");
    failAll(retry);
    retries.forEach(this::failAll);
    retries.clear();
    clusterDown.set(false);
  }

  /** One decision is answered for: the run no longer waits for it. */
  private void settle(Job job) {
    if (job.counted) {
      unsettled.decrementAndGet();
    }
  }

  private void failAll(Retry retry) {
    retry.contexts().forEach(this::settle);
    for (Job job : new LinkedHashSet<>(retry.contexts())) {
      if (job.failed.compareAndSet(false, true)) {
        listener.failed(job.path, "Elasticsearch unreachable");
      }
    }
  }

  private boolean answers() {
    try {
      return client.ping().value();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Before closing: every decision answered for, including those waiting to be sent again. A
   * watchdog stops the wait when nothing moves for longer than a node restart may take, so a
   * run never hangs silently.
   */
  private void drainRetries() {
    long last = -1;
    long since = System.nanoTime();
    while (aborted.get() == null) {
      decisions.flush();
      sleep(200);
      long now = unsettled.get();
      if (now <= 0 && retries.isEmpty()) {
        return;
      }
      if (now != last || clusterDown.get()) {
        last = now;
        since = System.nanoTime();
      } else if (System.nanoTime() - since > DRAIN_STALL.toNanos()) {
        aborted.compareAndSet(null, now + " decisions sent to Elasticsearch got no answer for "
            + DRAIN_STALL.toMinutes() + " min; run the same command again to finish (nothing done is lost)");
        log.warn("{}", aborted.get());
        return;
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
