package org.courtsearch.search.export;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.index.Fields;
import org.courtsearch.query.Queries;
import org.courtsearch.query.RelatedFormsCheck;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.DecisionIndex;

/**
 * Walks a whole result set in constant memory: a point in time keeps the view stable, and
 * {@code search_after} on {@code _shard_doc} pages through it however large it is.
 */
public final class Exporter {
  /** Large pages: a page costs a round trip and a PIT search; 5,000 rows of metadata are ~2 MB. */
  /**
   * Decisions per page of a slice. {@code courtsearch.export.page} lowers it for the fault tests,
   * so that an export of a few thousand decisions is still on its way when a node dies.
   */
  private final int pageSize = Integer.getInteger("courtsearch.export.page", 5000);
  private final ElasticsearchClient client;
  private final String index;

  private final RelatedFormsCheck related;

  public Exporter(DecisionIndex ix) {
    this.client = ix.client();
    this.index = ix.alias();
    this.related = ix.related();
  }

  /** Receives each decision of the result set, in index order. */
  public interface Sink {
    void accept(Decision decision) throws IOException;
  }

  public long count(SearchQuery q) {
    related.require(q);
    try {
      return client.count(c -> c.index(index).query(Queries.resultSet(q))).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The original files' total size, for the ZIP cap. */
  public long bytes(SearchQuery q) {
    try {
      return (long) client.search(s -> s.index(index).size(0).query(Queries.resultSet(q))
          .aggregations("bytes", a -> a.sum(m -> m.field(Fields.SIZE))), Void.class)
          .aggregations().get("bytes").sum().value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Metadata fields that CSV, XLSX and the ZIP manifest read: fetching only these halves the JSON per row. */
  static final List<String> TABLE_FIELDS = List.of(Fields.DOC_ID, Fields.COURT, Fields.REGION, Fields.DECISION_DATE,
      Fields.CASE_NUMBER, Fields.UID, Fields.DOC_TYPE, Fields.ARTICLES, Fields.ARTICLES_PART, Fields.OUTCOME, Fields.PUNISHMENT,
      Fields.JUDGE, Fields.FILE_PATH, Fields.FILE_PATHS, Fields.FILE_NAME, Fields.CONTENT_TYPE, Fields.SIZE, Fields.OCR, Fields.TAGS);

  public long forEach(SearchQuery q, boolean includeText, Sink sink) throws IOException {
    return forEach(q, includeText, null, sink);
  }

  /** Slices read in parallel: Elasticsearch serves each on its own thread, so both cores fetch. */
  static final int SLICES = 2;

  /**
   * @param fields the fields to fetch (plus the text when asked), or null for all metadata
   */
  public long forEach(SearchQuery q, boolean includeText, List<String> fields, Sink sink) throws IOException {
    related.require(q);
    Query query = Queries.resultSet(q);
    String pit = client.openPointInTime(p -> p.index(index).keepAlive(t -> t.time("2m"))).id();
    // pages from the slices meet in a small queue: at most a few pages are in memory at once
    BlockingQueue<Object> pages = new ArrayBlockingQueue<>(2 * SLICES);
    ExecutorService readers = Executors.newFixedThreadPool(SLICES, r -> {
      Thread t = new Thread(r, "export-slice");
      t.setDaemon(true);
      return t;
    });
    Object done = new Object();
    try {
      for (int i = 0; i < SLICES; i++) {
        int slice = i;
        readers.submit(() -> {
          try {
            readSlice(query, pit, slice, includeText, fields, pages);
            pages.put(done);
          } catch (Exception e) {
            putQuietly(pages, e);
          }
          return null;
        });
      }
      long n = 0;
      int finished = 0;
      while (finished < SLICES) {
        Object item = pages.take();
        if (item == done) {
          finished++;
        } else if (item instanceof Exception e) {
          throw e instanceof IOException io ? io : new IOException("export failed: " + e.getMessage(), e);
        } else {
          @SuppressWarnings("unchecked")
          List<Decision> page = (List<Decision>) item;
          for (Decision d : page) {
            sink.accept(d);
            n++;
          }
        }
      }
      return n;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("export interrupted", e);
    } finally {
      readers.shutdownNow();
      try {
        client.closePointInTime(c -> c.id(pit));
      } catch (IOException | RuntimeException e) {
        // the point in time expires by itself
      }
    }
  }

  private void readSlice(Query query, String pit, int slice, boolean includeText, List<String> fields,
      BlockingQueue<Object> pages) throws IOException, InterruptedException {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> cursor = after;
      SearchResponse<Decision> page = client.search(s -> {
        s.size(pageSize).query(query).pit(p -> p.id(pit).keepAlive(t -> t.time("2m")))
            .slice(sl -> sl.id(Integer.toString(slice)).max(SLICES))
            .sort(o -> o.field(f -> f.field("_shard_doc")))
            .trackTotalHits(t -> t.enabled(false));
        if (fields != null) {
          List<String> wanted = new ArrayList<>(fields);
          if (includeText) {
            wanted.add(Fields.TEXT);
          }
          s.source(src -> src.filter(f -> f.includes(wanted)));
        } else if (!includeText) {
          s.source(src -> src.filter(f -> f.excludes(Fields.TEXT)));
        }
        if (cursor != null) {
          s.searchAfter(cursor);
        }
        return s;
      }, Decision.class);
      if (page.shards().failed().intValue() > 0) {
        // a shard's copy went away under the point in time (a node left): these pages would be short
        throw new IOException(page.shards().failed() + " of " + page.shards().total() + " shards stopped answering during the "
            + "export (a node left the cluster?); the export is incomplete, start it again");
      }
      List<Hit<Decision>> hits = page.hits().hits();
      if (!hits.isEmpty()) {
        pages.put(hits.stream().map(Hit::source).toList());
      }
      if (hits.size() < pageSize) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private static void putQuietly(BlockingQueue<Object> queue, Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
