package org.courtsearch.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the recorded state of every file below the roots of a run, in pages, into memory. */
final class FileStateStore {
  private final ElasticsearchClient client;
  private final String index;

  FileStateStore(ElasticsearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  String index() {
    return index;
  }

  /** Id of a path's state document: a hash, since paths can be longer than an id may be. */
  static String id(String path) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(path.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every recorded file whose path starts with one of the prefixes. */
  Map<String, FileState> load(List<String> prefixes) {
    Map<String, FileState> states = new ConcurrentHashMap<>();
    try {
      client.indices().refresh(r -> r.index(index));
      List<Query> should = new ArrayList<>();
      for (String prefix : prefixes) {
        should.add(Query.of(q -> q.prefix(p -> p.field("path").value(prefix))));
      }
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> cursor = after;
        SearchResponse<FileState> page = client.search(s -> {
          s.index(index).size(5000).query(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")))
              .sort(o -> o.field(f -> f.field("path").order(SortOrder.Asc)));
          if (cursor != null) {
            s.searchAfter(cursor);
          }
          return s;
        }, FileState.class);
        List<Hit<FileState>> hits = page.hits().hits();
        for (Hit<FileState> hit : hits) {
          if (hit.source() != null) {
            states.put(hit.source().path(), hit.source());
          }
        }
        if (hits.size() < 5000) {
          return states;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
