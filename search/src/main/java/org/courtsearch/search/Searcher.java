package org.courtsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.index.Fields;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.FacetFilter;
import org.courtsearch.query.Periods;
import org.courtsearch.query.Queries;
import org.courtsearch.query.RelatedFormsCheck;
import org.courtsearch.query.SearchQuery;

/**
 * Runs a {@link SearchQuery} as one Elasticsearch request: the query and date range narrow
 * the set; facet selections go to the post filter, and each facet's counts are taken with the
 * selections of the other facets only (so a selected facet still shows its alternatives);
 * highlighting, an exact total, and {@code search_after} paging, which has no depth limit.
 */
public final class Searcher {
  private final ElasticsearchClient client;
  private final String index;

  private final RelatedFormsCheck related;

  public Searcher(DecisionIndex ix) {
    this.client = ix.client();
    this.index = ix.alias();
    this.related = ix.related();
  }

  /** Whether the index has the related-forms query analyzer (see {@link RelatedFormsCheck}). */
  public boolean relatedFormsAvailable() {
    return related.available();
  }

  static final int MAX_MONTHS = 3000;
  static final int SHARD_SIZE = 200;

  /**
   * When neither month nor year is selected, one terms aggregation on {@code year_month} gives
   * the month histogram, the month facet and the year facet alike: at 1M decisions it costs 16 ms
   * where a date histogram cost 55 ms and the year terms 29 ms (measured at the node).
   */
  static boolean monthsServeYearAndHistogram(SearchQuery q) {
    return !q.filters().containsKey(Dimension.MONTH) && !q.filters().containsKey(Dimension.YEAR);
  }

  /**
   * The facets are counted apart from the hits, in two searches of no hits of the same
   * multi-search: this half with the month histogram, the other the rest. Elasticsearch runs the
   * searches of one {@code _msearch} on threads of their own, so a page costs about the slowest
   * search instead of the sum (a shard's aggregations otherwise run one after another on one
   * thread), still in one round trip and with exact counts; and a search of no hits is kept by the
   * shard request cache, so the facets of a query seen before (the next page, a filter taken back,
   * a colleague's same search) cost nothing, where the hits' search, never cached, holds no facet.
   */
  static final Set<Dimension> SIDE_FACETS = EnumSet.of(
      Dimension.COURT, Dimension.JUDGE, Dimension.ARTICLE, Dimension.ARTICLE_PART, Dimension.PUNISHMENT, Dimension.MONTH);
  /** {@code -Dcourtsearch.search.split=false} counts every facet in the main search: for A/B benchmarks only. */
  private static final boolean SPLIT = !"false".equals(System.getProperty("courtsearch.search.split"));

  public SearchResult search(SearchQuery q) {
    related.require(q);
    Query query = Queries.base(q);
    MultisearchBody.Builder main = new MultisearchBody.Builder()
        .query(query)
        .postFilter(Queries.selections(q, null))
        .size(q.size())
        .trackTotalHits(t -> t.enabled(true))
        .source(s -> s.filter(f -> f.excludes(Fields.TEXT)))
        .highlight(h -> h
            .type(HighlighterType.Unified)
            .preTags(Highlights.PRE).postTags(Highlights.POST)
            .fields(Fields.TEXT, f -> f.fragmentSize(180).numberOfFragments(3).noMatchSize(220))
            .fields(Fields.TEXT_EXACT, f -> f.fragmentSize(180).numberOfFragments(3)));
    main.sort(Queries.sort(q.sort()));
    if (q.after() != null) {
      main.searchAfter(Queries.decodeCursor(q.after()));
    }
    MultisearchBody.Builder side = noHits(query);
    MultisearchBody.Builder rest = noHits(query);
    // a facet asked for more values (or searched among them) is counted in a search of its own, and the others exactly as
    // the plain search counted them: the page just seen, whose facets the request cache holds
    Map<String, Aggregation> counted = aggregations(q);
    Aggregation more = q.more() == null ? null : counted.get(q.more().param()); // none for months read from the histogram
    boolean asked = SPLIT && more != null;
    MultisearchBody.Builder own = noHits(query);
    if (asked) {
      own.aggregations(q.more().param(), more);
    }
    (asked ? aggregations(q.withMore(null)) : counted).forEach((name, agg) -> {
      boolean heavy = name.equals("histogram") || Dimension.facetByParam(name).filter(SIDE_FACETS::contains).isPresent();
      (!SPLIT ? main : heavy ? side : rest).aggregations(name, agg);
    });
    MsearchResponse<Decision> response;
    try {
      response = client.msearch(m -> {
        m.searches(item(main));
        if (SPLIT) {
          m.searches(item(side)).searches(item(rest));
        }
        return asked ? m.searches(item(own)) : m; // last: its facet replaces the plain one
      }, Decision.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Aggregate> aggs = new HashMap<>();
    List<MultiSearchItem<Decision>> parts = new ArrayList<>();
    for (MultiSearchResponseItem<Decision> item : response.responses()) {
      if (item.isFailure()) {
        throw new ElasticsearchException("msearch", item.failure());
      }
      parts.add(item.result());
      aggs.putAll(item.result().aggregations());
    }
    SearchResult result = result(q, parts.get(0), aggs);
    return result.approximateFacets().isEmpty() ? result : exact(q, query, result, aggs);
  }

  /** A search of {@code query} that counts and returns no hits: what the shard request cache keeps. */
  private static MultisearchBody.Builder noHits(Query query) {
    return new MultisearchBody.Builder().query(query).size(0).trackTotalHits(t -> t.enabled(false));
  }

  /** One search of a multi-search, on this index. */
  private Function<RequestItem.Builder, ObjectBuilder<RequestItem>> item(MultisearchBody.Builder body) {
    return i -> i.header(h -> h.index(index)).body(body.build());
  }

  /**
   * With several shards a facet's counts can be low: a shard reports only its top values. Where
   * Elasticsearch says so (a count error bound above zero), the listed values are counted again,
   * exactly, in one more request; and the list itself is proven complete when its smallest exact
   * count is at least the largest count a value left out could have (the same bound). Only a
   * facet that fails that proof keeps its «≈».
   */
  private SearchResult exact(SearchQuery q, Query query, SearchResult result, Map<String, Aggregate> aggs) {
    MultisearchBody.Builder recount = noHits(query);
    Map<Dimension, List<SearchResult.FacetValue>> listed = new LinkedHashMap<>();
    for (String name : result.approximateFacets()) {
      Dimension f = Dimension.facetByParam(name).orElseThrow();
      List<SearchResult.FacetValue> values = result.facets().get(name);
      if (values.isEmpty()) {
        continue;
      }
      listed.put(f, values);
      Map<String, Query> filters = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i).value();
        FieldValue v = f == Dimension.YEAR ? FieldValue.of(Long.parseLong(value)) : FieldValue.of(value);
        filters.put("v" + i, Query.of(x -> x.term(t -> t.field(f.field()).value(v))));
      }
      recount.aggregations(name, a -> a.filter(Queries.selections(q, f))
          .aggregations("exact", e -> e.filters(fl -> fl.filters(b -> b.keyed(filters)))));
    }
    if (listed.isEmpty()) {
      return result;
    }
    MsearchResponse<Void> response;
    try {
      response = client.msearch(m -> m.searches(item(recount)), Void.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MultiSearchResponseItem<Void> item = response.responses().get(0);
    if (item.isFailure()) {
      throw new ElasticsearchException("msearch", item.failure());
    }
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>(result.facets());
    List<String> approximate = new ArrayList<>();
    for (Map.Entry<Dimension, List<SearchResult.FacetValue>> e : listed.entrySet()) {
      Dimension f = e.getKey();
      var buckets = item.result().aggregations().get(f.param()).filter().aggregations().get("exact").filters().buckets().keyed();
      List<SearchResult.FacetValue> counted = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        SearchResult.FacetValue v = e.getValue().get(i);
        counted.add(new SearchResult.FacetValue(v.value(), buckets.get("v" + i).docCount(), v.selected()));
      }
      counted.sort(Comparator.comparingLong(SearchResult.FacetValue::count).reversed().thenComparing(SearchResult.FacetValue::value));
      facets.put(f.param(), counted);
      long smallest = counted.stream().filter(v -> v.count() > 0).mapToLong(SearchResult.FacetValue::count).min().orElse(0);
      if (smallest < errorBound(aggs.get(f.param()))) {
        approximate.add(f.param()); // a value left out could still outrank the last one listed
      }
    }
    return new SearchResult(result.total(), result.hits(), facets, result.histogram(), result.nextAfter(), approximate);
  }

  /** The largest count a value missing from a facet's list could have, as Elasticsearch bounds it. */
  private static long errorBound(Aggregate agg) {
    Aggregate values = agg.isFilter() ? agg.filter().aggregations().get("values") : agg;
    Long error = values.isSterms() ? values.sterms().docCountErrorUpperBound()
        : values.isLterms() ? values.lterms().docCountErrorUpperBound() : null;
    return error == null ? 0 : error;
  }

  /** A label-shown facet's values narrowed by the facet filter, after the fact (their lists are short). */
  private static List<SearchResult.FacetValue> byLabel(SearchQuery q, Dimension f, List<SearchResult.FacetValue> values) {
    if (!q.facetFiltered(f) || f.shownAsStored()) {
      return values;
    }
    return values.stream()
        .filter(v -> v.selected() || FacetFilter.matches(q.facetFilter(), f.valueLabel(v.value())))
        .toList();
  }

  /** Every facet's aggregation and the month histogram's, by name. */
  private static Map<String, Aggregation> aggregations(SearchQuery q) {
    Map<String, Aggregation> out = new LinkedHashMap<>();
    boolean fromMonths = monthsServeYearAndHistogram(q);
    for (Dimension f : Dimension.facets()) {
      if (fromMonths && (f == Dimension.MONTH || f == Dimension.YEAR) || !q.counts(f)) {
        continue;
      }
      // with several shards, each returns its top shard_size values; a generous shard_size keeps
      // the counts exact, and the error bound the node reports says when they might not be
      Aggregation terms = Aggregation.of(v -> v.terms(t -> {
        t.field(f.field()).size(q.facetSize(f) + 1).shardSize(Math.max(SHARD_SIZE, (q.facetSize(f) + 1) * 5)).minDocCount(1);
        if (q.facetFiltered(f) && f.shownAsStored()) {
          t.include(i -> i.regexp(FacetFilter.regexp(q.facetFilter())));
        }
        return t;
      }));
      // a filter around the terms only where other facets are selected: a match_all filter
      // aggregation costs as much again as the terms over a million decisions (measured)
      boolean othersSelected = q.filters().keySet().stream().anyMatch(other -> other != f);
      out.put(f.param(), othersSelected
          ? Aggregation.of(a -> a.filter(Queries.selections(q, f)).aggregations("values", terms))
          : terms);
    }
    Aggregation months = Aggregation.of(m -> m.dateHistogram(d -> {
          d.field(Fields.DECISION_DATE).calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(0);
          if (q.from() != null && q.to() != null) {
            d.extendedBounds(e -> e.min(FieldDateMath.of(fd -> fd.expr(q.from().toString().substring(0, 7))))
                .max(FieldDateMath.of(fd -> fd.expr(q.to().toString().substring(0, 7)))));
          }
          return d;
        }));
    if (fromMonths) {
      Aggregation byMonth = Aggregation.of(v -> v.terms(t -> t.field(Fields.YEAR_MONTH).size(MAX_MONTHS).minDocCount(1)));
      out.put("histogram", q.filters().isEmpty() ? byMonth
          : Aggregation.of(a -> a.filter(Queries.selections(q, null)).aggregations("months", byMonth)));
    } else {
      out.put("histogram", q.filters().isEmpty() ? months
          : Aggregation.of(a -> a.filter(Queries.selections(q, null)).aggregations("months", months)));
    }
    return out;
  }

  private SearchResult result(SearchQuery q, MultiSearchItem<Decision> response, Map<String, Aggregate> aggregations) {
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Hit<Decision> h : response.hits().hits()) {
      Decision d = h.source();
      List<String> marked = h.highlight().getOrDefault(Fields.TEXT_EXACT, List.of());
      if (marked.isEmpty() || marked.stream().noneMatch(s -> s.contains(Highlights.PRE))) {
        marked = h.highlight().getOrDefault(Fields.TEXT, List.of());
      }
      hits.add(SearchResult.Hit.of(h.id(), d, marked.stream().map(Highlights::toHtml).toList()));
    }
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    List<String> approximate = new ArrayList<>();
    boolean fromMonths = monthsServeYearAndHistogram(q);
    Map<String, Long> monthCounts = new TreeMap<>();
    Aggregate histogramAgg = aggregations.get("histogram");
    Aggregate monthsAgg = histogramAgg.isFilter() ? histogramAgg.filter().aggregations().get("months") : histogramAgg;
    if (fromMonths) {
      for (StringTermsBucket b : monthsAgg.sterms().buckets().array()) {
        monthCounts.put(b.key().stringValue(), b.docCount());
      }
    } else {
      for (DateHistogramBucket b : monthsAgg.dateHistogram().buckets().array()) {
        monthCounts.put(b.keyAsString(), b.docCount());
      }
    }
    for (Dimension f : Dimension.facets()) {
      if (fromMonths && (f == Dimension.MONTH || f == Dimension.YEAR)) {
        facets.put(f.param(), byLabel(q, f, fromMonthCounts(f, monthCounts, q.facetFiltered(f) ? MAX_MONTHS : q.facetSize(f) + 1)));
        continue;
      }
      Aggregate agg = aggregations.get(f.param());
      if (agg == null) {
        continue; // an on-demand facet this search did not count
      }
      Aggregate values = agg.isFilter() ? agg.filter().aggregations().get("values") : agg;
      List<SearchResult.FacetValue> list = new ArrayList<>();
      if (errorBound(agg) > 0) {
        approximate.add(f.param());
      }
      if (values.isSterms()) {
        for (StringTermsBucket b : values.sterms().buckets().array()) {
          list.add(new SearchResult.FacetValue(b.key().stringValue(), b.docCount(), q.isSelected(f, b.key().stringValue())));
        }
      } else if (values.isLterms()) {
        for (LongTermsBucket b : values.lterms().buckets().array()) {
          String key = String.valueOf(b.key());
          list.add(new SearchResult.FacetValue(key, b.docCount(), q.isSelected(f, key)));
        }
      }
      for (String selected : q.selected(f)) {
        if (list.stream().noneMatch(v -> v.value().equals(selected))) {
          list.add(new SearchResult.FacetValue(selected, 0, true));
        }
      }
      facets.put(f.param(), byLabel(q, f, list));
    }
    List<SearchResult.MonthCount> histogram = zeroFilled(monthCounts, q);
    List<Hit<Decision>> raw = response.hits().hits();
    String next = raw.size() == q.size() && !raw.isEmpty() ? Queries.encodeCursor(raw.get(raw.size() - 1).sort()) : null;
    long total = response.hits().total() == null ? raw.size() : response.hits().total().value();
    return new SearchResult(total, hits, facets, histogram, next, approximate);
  }

  /** The month or year facet from month counts: values by count, largest first, as terms would give. */
  private static List<SearchResult.FacetValue> fromMonthCounts(Dimension f, Map<String, Long> months, int size) {
    Map<String, Long> counts = new LinkedHashMap<>();
    months.forEach((m, n) -> counts.merge(f == Dimension.YEAR ? m.substring(0, 4) : m, n, Long::sum));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(size)
        .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue(), false))
        .toList();
  }

  /** Every month from the first to the last (the query's range when it has one), zeros included. */
  static List<SearchResult.MonthCount> zeroFilled(Map<String, Long> months, SearchQuery q) {
    List<SearchResult.MonthCount> out = new ArrayList<>();
    LocalDate from = q.from() != null && q.to() != null ? q.from() : null;
    LocalDate to = from != null ? q.to() : null;
    for (String m : Periods.span(Dimension.MONTH, months.keySet(), from, to)) {
      out.add(new SearchResult.MonthCount(m, months.getOrDefault(m, 0L)));
    }
    return out;
  }

}
