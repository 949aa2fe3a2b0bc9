package org.courtsearch.search.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.index.CaseFields;
import org.courtsearch.query.cases.CaseDimension;
import org.courtsearch.query.cases.CaseQuery;
import org.courtsearch.search.DecisionIndex;

/**
 * Counts of cases and of defendants, as the courts' records count them: one record per case at a
 * court, however many sources spoke of it; one per person per case when defendants are counted.
 * Every bucket is exact: the terms are asked with a shard size that covers every value.
 */
public final class CaseReporter {
  private static final int ALL = 10_000;

  private final ElasticsearchClient client;
  private final String cases;

  public CaseReporter(DecisionIndex ix) {
    this.client = ix.client();
    this.cases = ix.cases();
  }

  /**
   * @param total cases (or defendants) selected
   * @param missing of those, how many lack the dimension's value (e.g. no date received)
   */
  public record Count(String unit, String by, long total, long missing, List<Row> rows) {}

  public record Row(String key, long count) {}

  public Count count(CaseQuery q, CaseDimension by) {
    try {
      boolean people = q.unit() == CaseQuery.Unit.DEFENDANTS;
      Query selected = q.cases();
      Map<String, Aggregation> aggs;
      if (!people) {
        aggs = Map.of("by", terms(by.caseField(), by), "missing", Aggregation.of(a -> a.missing(m -> m.field(by.caseField()))));
      } else if (by.defendantField() != null) {
        Query person = q.defendant();
        aggs = Map.of("people", Aggregation.of(a -> a.nested(n -> n.path(CaseFields.DEFENDANTS))
            .aggregations("chosen", Aggregation.of(f -> f.filter(person)
                .aggregations("by", terms(by.defendantField(), by))
                .aggregations("missing", Aggregation.of(m -> m.missing(x -> x.field(by.defendantField()))))))));
      } else {
        Query person = q.defendant();
        Aggregation perPerson = Aggregation.of(a -> a.nested(n -> n.path(CaseFields.DEFENDANTS))
            .aggregations("chosen", Aggregation.of(f -> f.filter(person))));
        aggs = Map.of(
            "by", Aggregation.of(a -> a.terms(t -> t.field(by.caseField()).size(ALL).shardSize(ALL)).aggregations("people", perPerson)),
            "missing", Aggregation.of(a -> a.missing(m -> m.field(by.caseField())).aggregations("people", perPerson)),
            "all", perPerson);
      }
      SearchResponse<Void> r = client.search(s -> within(s).size(0).trackTotalHits(t -> t.enabled(true)).query(selected)
          .aggregations(aggs), Void.class);
      List<Row> rows = new ArrayList<>();
      if (r.aggregations().isEmpty()) {
        return new Count(q.unit().value(), by.value(), 0, 0, rows); // no case was ever indexed
      }
      long total;
      long missing;
      if (!people) {
        for (StringTermsBucket b : r.aggregations().get("by").sterms().buckets().array()) {
          rows.add(new Row(b.key().stringValue(), b.docCount()));
        }
        total = r.hits().total() == null ? 0 : r.hits().total().value();
        missing = r.aggregations().get("missing").missing().docCount();
      } else if (by.defendantField() != null) {
        Aggregate chosen = r.aggregations().get("people").nested().aggregations().get("chosen");
        for (StringTermsBucket b : chosen.filter().aggregations().get("by").sterms().buckets().array()) {
          rows.add(new Row(b.key().stringValue(), b.docCount()));
        }
        total = chosen.filter().docCount();
        missing = chosen.filter().aggregations().get("missing").missing().docCount();
      } else {
        for (StringTermsBucket b : r.aggregations().get("by").sterms().buckets().array()) {
          long n = b.aggregations().get("people").nested().aggregations().get("chosen").filter().docCount();
          if (n > 0) {
            rows.add(new Row(b.key().stringValue(), n));
          }
        }
        total = r.aggregations().get("all").nested().aggregations().get("chosen").filter().docCount();
        missing = r.aggregations().get("missing").missing().aggregations().get("people").nested().aggregations().get("chosen")
            .filter().docCount();
      }
      rows.sort(by.isMonth() ? Comparator.comparing(Row::key)
          : Comparator.comparingLong(Row::count).reversed().thenComparing(Row::key));
      return new Count(q.unit().value(), by.value(), total, missing, by.isMonth() ? everyMonth(rows) : rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A time series has every month from its first to its last, those with no case as zeros: 2023-07 followed by 2024-01
   * would make a chart draw a line across five empty months.
   */
  static List<Row> everyMonth(List<Row> sorted) {
    if (sorted.size() < 2) {
      return sorted;
    }
    Map<String, Long> counts = new HashMap<>();
    sorted.forEach(r -> counts.put(r.key(), r.count()));
    List<Row> out = new ArrayList<>();
    YearMonth last = YearMonth.parse(sorted.get(sorted.size() - 1).key());
    for (YearMonth m = YearMonth.parse(sorted.get(0).key()); !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(new Row(m.toString(), counts.getOrDefault(m.toString(), 0L)));
    }
    return out;
  }

  private static Aggregation terms(String field, CaseDimension by) {
    return Aggregation.of(a -> a.terms(t -> t.field(field).size(ALL).shardSize(ALL)));
  }

  /** One case record. */
  public Optional<CaseRecord> get(String id) {
    try {
      var r = client.get(g -> g.index(cases).id(id), CaseRecord.class);
      return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty(); // no case was ever indexed
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The instances of one case (first instance, appeal, cassation), in that order. */
  public List<CaseRecord> chain(String chainId) {
    try {
      SearchResponse<CaseRecord> r = client.search(s -> within(s).size(50)
          .query(q -> q.term(t -> t.field(CaseFields.CHAIN_ID).value(chainId)))
          .sort(o -> o.field(f -> f.field(CaseFields.RECEIVED).order(SortOrder.Asc).missing("_last"))), CaseRecord.class);
      List<CaseRecord> out = new ArrayList<>();
      for (Hit<CaseRecord> h : r.hits().hits()) {
        out.add(h.source());
      }
      out.sort(Comparator.comparingInt(c -> order(c.instance())));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case a decision belongs to. */
  public Optional<CaseRecord> ofDecision(String decisionId) {
    try {
      SearchResponse<CaseRecord> r = client.search(s -> within(s).size(1)
          .query(q -> q.term(t -> t.field(CaseFields.ACT_DECISION_ID).value(decisionId))), CaseRecord.class);
      return r.hits().hits().stream().findFirst().map(Hit::source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cases selected, a page of them (for the search over cases), newest received first. */
  public List<CaseRecord> find(CaseQuery q, int from, int size) {
    try {
      SearchResponse<CaseRecord> r = client.search(s -> within(s).from(from).size(size).query(q.cases())
          .sort(o -> o.field(f -> f.field(CaseFields.RECEIVED).order(SortOrder.Desc).missing("_last")))
          .sort(o -> o.field(f -> f.field(CaseFields.CASE_ID).order(SortOrder.Asc))), CaseRecord.class);
      List<CaseRecord> out = new ArrayList<>();
      r.hits().hits().forEach(h -> out.add(h.source()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every case selected, in a stable order, page by page (search_after): no 10,000 wall. */
  public long forEach(CaseQuery q, CaseSink sink) throws IOException {
    long n = 0;
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> cursor = after;
      SearchResponse<CaseRecord> r = client.search(s -> {
        within(s).size(1000).query(q.cases()).sort(o -> o.field(f -> f.field(CaseFields.CASE_ID).order(SortOrder.Asc)));
        if (cursor != null) {
          s.searchAfter(cursor);
        }
        return s;
      }, CaseRecord.class);
      if (r.shards().failed().intValue() > 0) {
        throw new IOException(r.shards().failed() + " of " + r.shards().total() + " shards did not answer; the export is incomplete");
      }
      List<Hit<CaseRecord>> hits = r.hits().hits();
      for (Hit<CaseRecord> h : hits) {
        sink.accept(h.source());
        n++;
      }
      if (hits.size() < 1000) {
        return n;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  /** Takes one case of an export. */
  public interface CaseSink {
    void accept(CaseRecord c) throws IOException;
  }

  /** Facet values of the cases selected: each dimension's values with their counts of cases. */
  public Map<CaseDimension, List<Row>> facets(CaseQuery q, List<CaseDimension> dims) {
    try {
      Map<String, Aggregation> aggs = new LinkedHashMap<>();
      for (CaseDimension d : dims) {
        aggs.put(d.value(), Aggregation.of(a -> a.terms(t -> t.field(d.caseField()).size(d.isMonth() ? 240 : 50).shardSize(ALL))));
      }
      SearchResponse<Void> r = client.search(s -> within(s).size(0).query(q.cases()).aggregations(aggs), Void.class);
      Map<CaseDimension, List<Row>> out = new LinkedHashMap<>();
      for (CaseDimension d : dims) {
        if (!r.aggregations().containsKey(d.value())) {
          continue;
        }
        List<Row> rows = new ArrayList<>();
        for (StringTermsBucket b : r.aggregations().get(d.value()).sterms().buckets().array()) {
          rows.add(new Row(b.key().stringValue(), b.docCount()));
        }
        if (d.isMonth()) {
          rows.sort(Comparator.comparing(Row::key));
        }
        out.put(d, rows);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many cases the selection holds. */
  public long total(CaseQuery q) {
    try {
      return client.count(c -> c.index(cases).ignoreUnavailable(true).allowNoIndices(true).query(q.cases())).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases index, and no error while none exists yet (a site served before any case was indexed). */
  private SearchRequest.Builder within(SearchRequest.Builder s) {
    return s.index(cases).ignoreUnavailable(true).allowNoIndices(true);
  }

  private static int order(String instance) {
    return instance == null ? 9 : switch (instance) {
      case "first" -> 0;
      case "appeal" -> 1;
      case "cassation" -> 2;
      default -> 3;
    };
  }

}
