package org.courtsearch.web.export;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.web.search.SearchQuery;
import org.courtsearch.web.search.Searcher;

/**
 * Walks a whole result set in constant memory: a point in time keeps the view stable, and
 * {@code search_after} on {@code _shard_doc} pages through it however large it is.
 */
public final class Exporter {
  /** Large pages: a page costs a round trip and a PIT search; 5,000 rows of metadata are ~2 MB. */
  static final int PAGE = 5000;
  private final ElasticsearchClient client;
  private final String index;

  public Exporter(ElasticsearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /** Receives each decision of the result set, in index order. */
  public interface Sink {
    void accept(Decision decision) throws IOException;
  }

  public long count(SearchQuery q) {
    try {
      return client.count(c -> c.index(index).query(Searcher.resultSet(q))).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The original files' total size, for the ZIP cap. */
  public long bytes(SearchQuery q) {
    try {
      return (long) client.search(s -> s.index(index).size(0).query(Searcher.resultSet(q))
          .aggregations("bytes", a -> a.sum(m -> m.field("size"))), Void.class)
          .aggregations().get("bytes").sum().value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Metadata fields that CSV, XLSX and the ZIP manifest read: fetching only these halves the JSON per row. */
  static final List<String> TABLE_FIELDS = List.of("doc_id", "court", "region", "decision_date", "case_number", "uid",
      "doc_type", "articles", "articles_part", "outcome", "punishment", "judge", "file_path", "file_paths", "file_name",
      "content_type", "size");

  public long forEach(SearchQuery q, boolean includeText, Sink sink) throws IOException {
    return forEach(q, includeText, null, sink);
  }

  /** @param fields the fields to fetch (plus the text when asked), or null for all metadata */
  public long forEach(SearchQuery q, boolean includeText, List<String> fields, Sink sink) throws IOException {
    Query query = Searcher.resultSet(q);
    String pit = client.openPointInTime(p -> p.index(index).keepAlive(t -> t.time("2m"))).id();
    long n = 0;
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> cursor = after;
        SearchResponse<Decision> page = client.search(s -> {
          s.size(PAGE).query(query).pit(p -> p.id(pit).keepAlive(t -> t.time("2m")))
              .sort(o -> o.field(f -> f.field("_shard_doc")))
              .trackTotalHits(t -> t.enabled(false));
          if (fields != null) {
            List<String> wanted = new java.util.ArrayList<>(fields);
            if (includeText) {
              wanted.add("text");
            }
            s.source(src -> src.filter(f -> f.includes(wanted)));
          } else if (!includeText) {
            s.source(src -> src.filter(f -> f.excludes("text")));
          }
          if (cursor != null) {
            s.searchAfter(cursor);
          }
          return s;
        }, Decision.class);
        List<Hit<Decision>> hits = page.hits().hits();
        for (Hit<Decision> h : hits) {
          sink.accept(h.source());
          n++;
        }
        if (hits.size() < PAGE) {
          return n;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      try {
        client.closePointInTime(c -> c.id(pit));
      } catch (IOException | RuntimeException e) {
        // the point in time expires by itself
      }
    }
  }
}
