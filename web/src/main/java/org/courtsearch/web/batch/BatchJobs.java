package org.courtsearch.web.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.courtsearch.query.QueryException;
import org.courtsearch.search.batch.BatchSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches run in the background, one at a time, so that a list of 10,000 lines neither holds a
 * request open nor competes with itself: the page shows the progress and can be left and come
 * back to. The last {@link #KEPT} jobs are kept in memory; a restart of the site forgets them
 * (their tables are downloadable while they are kept).
 */
public final class BatchJobs implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
  static final int KEPT = 50;

  /** A batch and where it stands. */
  public static final class Job {
    private final String id;
    private final Instant created;
    private final List<String> lines;
    private final Map<String, List<String>> filters;
    private final AtomicInteger answered = new AtomicInteger();
    private volatile List<BatchSearch.Row> rows;
    private volatile String error;

    Job(String id, List<String> lines, Map<String, List<String>> filters) {
      this.id = id;
      this.created = Instant.now();
      this.lines = lines;
      this.filters = filters;
    }

    public String id() {
      return id;
    }

    public Instant created() {
      return created;
    }

    public int total() {
      return lines.size();
    }

    public int answered() {
      return answered.get();
    }

    public Map<String, List<String>> filters() {
      return filters;
    }

    /** The rows once the job has finished; null before. */
    public List<BatchSearch.Row> rows() {
      return rows;
    }

    /** Why the whole batch failed (the search engine went away); null otherwise. */
    public String error() {
      return error;
    }

    public boolean done() {
      return rows != null || error != null;
    }

    public String state() {
      return error != null ? "failed" : rows != null ? "done" : answered.get() == 0 ? "queued" : "running";
    }
  }

  private final BatchSearch batch;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "batch");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

  public BatchJobs(BatchSearch batch) {
    this.batch = batch;
  }

  /**
   * Queues a batch; a list over the limit is refused here, before it is queued.
   *
   * @throws QueryException for a list that cannot run as a whole
   */
  public Job submit(List<String> lines, Map<String, List<String>> filters) {
    if (lines.size() > BatchSearch.MAX_LINES) {
      throw new QueryException("Список слишком длинный: " + lines.size() + " строк, можно не больше " + BatchSearch.MAX_LINES + ".");
    }
    if (lines.stream().allMatch(String::isBlank)) {
      throw new QueryException("Список пуст: по одному запросу в строке, или CSV с номером столбца.");
    }
    Job job = new Job(UUID.randomUUID().toString().replace("-", "").substring(0, 16), List.copyOf(lines), Map.copyOf(filters));
    synchronized (jobs) {
      jobs.put(job.id, job);
      while (jobs.size() > KEPT) {
        jobs.remove(jobs.keySet().iterator().next());
      }
    }
    worker.execute(() -> {
      try {
        job.rows = batch.count(job.lines, job.filters, job.answered::set);
      } catch (QueryException e) {
        job.error = e.getMessage();
      } catch (RuntimeException e) {
        log.error("batch {} failed", job.id, e);
        job.error = "Поиск не выполнен: " + e.getMessage();
      }
    });
    return job;
  }

  public Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The kept jobs, newest first. */
  public List<Job> recent() {
    List<Job> out;
    synchronized (jobs) {
      out = new ArrayList<>(jobs.values());
    }
    Collections.reverse(out);
    return out;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
