package org.courtsearch.search.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.MissingAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Percentiles;
import co.elastic.clients.elasticsearch._types.aggregations.StatsAggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.index.Fields;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.Periods;
import org.courtsearch.query.Queries;
import org.courtsearch.query.RelatedFormsCheck;
import org.courtsearch.search.DecisionIndex;

/**
 * Counts decisions (or distinct cases) by one or two dimensions, exactly: composite
 * aggregations paged to the last bucket (never a top-N that drops the tail), periods with no
 * decisions filled in as zeros, totals counted on their own.
 */
public final class Reporter {
  static final int PAGE = 10_000;
  private static final String CASE = "case";
  private final ElasticsearchClient client;
  private final String index;

  private final RelatedFormsCheck related;
  private final int page;

  public Reporter(DecisionIndex ix) {
    this(ix, PAGE);
  }

  /**
   * @param page the values a response holds per dimension (terms) and per composite page: a report with more is counted by
   *     composite pages to their end. Smaller than {@link #PAGE} only to test that way on a small index.
   */
  public Reporter(DecisionIndex ix, int page) {
    this.client = ix.client();
    this.index = ix.alias();
    this.related = ix.related();
    this.page = page;
  }

  public Report run(ReportQuery rq) {
    related.require(rq.search());
    Query query = Queries.resultSet(rq.search());
    List<Dimension> by = rq.by();
    Measure measure = rq.measure();
    boolean byCases = rq.byCases();
    // one pass over the matches for the whole report: the cells, each axis of a two-dimension table (its totals: a decision
    // under two articles is one decision in the article's total, and a median does not add up), the measure riding along in
    // each; for documents the total, the values missing and the measure over all are answered by the same request, and the
    // tables by terms aggregations (the first axis's buckets holding the cells) where every value fits in one response
    boolean two = by.size() == 2;
    Map<String, Table> tables = new LinkedHashMap<>();
    Table cells = new Table(page, by, byCases, measure);
    tables.put("cells", cells);
    Table firstAxis = two ? new Table(page, List.of(by.get(0)), byCases, measure) : cells;
    Table secondAxis = two ? new Table(page, List.of(by.get(1)), byCases, measure) : null;
    if (two) {
      tables.put("first", firstAxis);
      tables.put("second", secondAxis);
    }
    Table cases = byCases ? new Table(page, List.of(), true, null) : null;
    if (byCases) {
      tables.put("cases", cases);
    }
    Map<String, Long> missing = new LinkedHashMap<>();
    long all;
    long derived = 0;
    double[] measuredAll = null;
    if (byCases) {
      pass(query, tables);
      for (Dimension d : by) {
        missing.put(d.param(), missing(query, d));
      }
      all = cases.total();
      if (by.contains(Dimension.REGION)) {
        derived = casesIn(Query.of(x -> x.bool(b -> b.filter(query).filter(derivedRegions()))));
      }
    } else {
      // a decision holds one value of a single-valued dimension, so along the other axis a value's total is the sum of its
      // cells and of the decisions that lack the first dimension (a bucket of their own), a mean too (a median does not add
      // up), and the decisions without a value are the total less those with one
      Dimension outer = by.get(0);
      boolean adds = outer.singleValued() && (measure == null || !measure.isMedian());
      Map<String, Aggregation> cellSubs = two ? with(measures(measure), "cells", bucketsOf(by.get(1), measures(measure))) : measures(measure);
      Map<String, Aggregation> aggs = new LinkedHashMap<>();
      aggs.put("first", bucketsOf(outer, cellSubs));
      aggs.put("lacking", Aggregation.of(a -> a.missing(m -> m.field(presence(outer))).aggregations(adds ? cellSubs : Map.of())));
      if (two && !adds) {
        aggs.put("second", bucketsOf(by.get(1), measures(measure)));
      }
      if (two && !by.get(1).singleValued()) {
        aggs.put("lacking_second", Aggregation.of(a -> a.missing(m -> m.field(presence(by.get(1))))));
      }
      if (!adds) {
        aggs.putAll(measures(measure)); // the measure over all
      }
      if (by.contains(Dimension.REGION)) {
        aggs.put("derived", Aggregation.of(a -> a.filter(derivedRegions())));
      }
      SearchResponse<Void> counted = search(query, aggs, true);
      Map<String, Aggregate> answers = counted.aggregations();
      if (!fill(answers, by, adds, cells, firstAxis, secondAxis)) {
        pass(query, tables); // more values than a response holds: the composite pages count them
      }
      all = counted.hits().total().value();
      MissingAggregate lacking = answers.get("lacking").missing();
      missing.put(outer.param(), lacking.docCount());
      if (two) {
        missing.put(by.get(1).param(), by.get(1).singleValued() ? all - secondAxis.total() : answers.get("lacking_second").missing().docCount());
      }
      if (measure != null) {
        measuredAll = !adds ? measured(answers, measure) : Table.combined(firstAxis.measured.values(), measured(lacking.aggregations(), measure));
      }
      derived = by.contains(Dimension.REGION) ? answers.get("derived").filter().docCount() : 0;
    }
    Map<List<String>, Long> first = firstAxis.counts();
    Map<List<String>, Long> second = two ? secondAxis.counts() : Map.of();
    Map<List<String>, Long> cellCounts = cells.counts();
    List<List<String>> axes = new ArrayList<>();
    axes.add(axis(by.get(0), first.keySet().stream().map(k -> k.get(0)).toList(), rq));
    if (two) {
      axes.add(axis(by.get(1), second.keySet().stream().map(k -> k.get(0)).toList(), rq));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (!two) {
      for (String v : axes.get(0)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(by.get(0).param(), v);
        row.put("count", cellCounts.getOrDefault(List.of(v), 0L));
        rows.add(row);
      }
    } else {
      for (String a : axes.get(0)) {
        for (String b : axes.get(1)) {
          long n = cellCounts.getOrDefault(List.of(a, b), 0L);
          if (n == 0 && !by.get(0).isTime() && !by.get(1).isTime()) {
            continue; // zeros matter along time; a court x judge grid would be mostly empty
          }
          Map<String, Object> row = new LinkedHashMap<>();
          row.put(by.get(0).param(), a);
          row.put(by.get(1).param(), b);
          row.put("count", n);
          rows.add(row);
        }
      }
    }
    Map<String, Long> firstTotals = new LinkedHashMap<>();
    for (String v : axes.get(0)) {
      firstTotals.put(v, first.getOrDefault(List.of(v), 0L));
    }
    Map<String, Long> secondTotals = new LinkedHashMap<>();
    if (two) {
      for (String v : axes.get(1)) {
        secondTotals.put(v, second.getOrDefault(List.of(v), 0L));
      }
    }
    Report.Measured measured = measure == null ? null
        : measured(by, measure, rows, axes, cells.measured, firstAxis.measured, two ? secondAxis.measured : Map.of(), measuredAll);
    return new Report(by.stream().map(Dimension::param).toList(), byCases ? "cases" : "documents", rows,
        new Report.Totals(firstTotals, secondTotals, all), missing, derived, measured);
  }

  /**
   * A measure per cell, per value of each axis and for all: put into the rows beside their counts ({@code value}, and
   * {@code persons}, how many convicted persons it rests on), the totals returned.
   */
  private static Report.Measured measured(List<Dimension> by, Measure measure, List<Map<String, Object>> rows, List<List<String>> axes,
      Map<List<String>, double[]> cells, Map<List<String>, double[]> first, Map<List<String>, double[]> second, double[] all) {
    for (Map<String, Object> row : rows) {
      List<String> key = by.stream().map(d -> String.valueOf(row.get(d.param()))).toList();
      double[] v = cells.get(key);
      row.put("value", v == null ? null : value(v));
      row.put("persons", v == null ? 0L : (long) v[1]);
    }
    return new Report.Measured(measure.param(), totals(axes.get(0), first), by.size() == 2 ? totals(axes.get(1), second) : Map.of(),
        new Report.Value(value(all), (long) all[1]));
  }

  private static Map<String, Report.Value> totals(List<String> axis, Map<List<String>, double[]> measured) {
    Map<String, Report.Value> out = new LinkedHashMap<>();
    for (String v : axis) {
      double[] m = measured.get(List.of(v));
      out.put(v, m == null ? new Report.Value(null, 0) : new Report.Value(value(m), (long) m[1]));
    }
    return out;
  }

  /** The measure's value (null where no person has the field), rounded to what a reader can use. */
  private static Double value(double[] m) {
    if (m[1] == 0 || Double.isNaN(m[0])) {
      return null;
    }
    return Math.round(m[0] * 10_000) / 10_000.0;
  }

  /** How many persons have the measured field ({@code n}) and its median or mean ({@code m}). */
  private static Map<String, Aggregation> subAggregations(Measure measure) {
    Map<String, Aggregation> subs = new LinkedHashMap<>();
    if (measure.isMedian()) {
      subs.put("n", Aggregation.of(a -> a.valueCount(v -> v.field(measure.field()))));
      subs.put("m", Aggregation.of(a -> a.percentiles(p -> p.field(measure.field()).percents(50.0))));
    } else {
      subs.put("m", Aggregation.of(a -> a.stats(v -> v.field(measure.field())))); // the mean and its count in one pass
    }
    return subs;
  }

  private static double[] measured(Map<String, Aggregate> aggs, Measure measure) {
    if (!measure.isMedian()) {
      StatsAggregate stats = aggs.get("m").stats();
      return new double[] {stats.count() == 0 ? Double.NaN : stats.avg(), stats.count()}; // an empty cell's mean reads as NaN
    }
    double n = aggs.get("n").valueCount().value();
    Percentiles p = aggs.get("m").tdigestPercentiles().values();
    double v = p.isKeyed() ? parse(p.keyed().get("50.0")) : p.array().isEmpty() ? Double.NaN : p.array().get(0).value();
    return new double[] {v, n};
  }

  private static double parse(String s) {
    return s == null || s.equals("null") ? Double.NaN : Double.parseDouble(s);
  }

  private SearchResponse<Void> search(Query query, Map<String, Aggregation> aggs, boolean total) {
    try {
      return client.search(s -> s.index(index).size(0).query(query).trackTotalHits(t -> t.enabled(total)).aggregations(aggs), Void.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The values along one axis: time periods from first to last (the query's date range when it
   * has one), every one of them; other values by their total, largest first.
   */
  private static List<String> axis(Dimension d, List<String> present, ReportQuery rq) {
    if (!d.isTime()) {
      return present;
    }
    return Periods.span(d, present, rq.search().from(), rq.search().to());
  }

  private static Map<String, Aggregation> measures(Measure measure) {
    return measure == null ? Map.of() : subAggregations(measure);
  }

  private static Map<String, Aggregation> with(Map<String, Aggregation> aggs, String name, Aggregation more) {
    Map<String, Aggregation> out = new LinkedHashMap<>(aggs);
    out.put(name, more);
    return out;
  }

  /** A dimension's values as buckets: a terms aggregation of its field (a quarter, which no field holds, a date histogram). */
  private Aggregation bucketsOf(Dimension d, Map<String, Aggregation> subs) {
    if (d.field() == null) {
      return Aggregation.of(a -> a.dateHistogram(h -> h.field(Fields.DECISION_DATE).calendarInterval(CalendarInterval.Quarter)
          .minDocCount(1).format("yyyy-MM-dd")).aggregations(subs));
    }
    return Aggregation.of(a -> a.terms(t -> t.field(d.field()).size(page)).aggregations(subs));
  }

  /** A bucket of a dimension's value: its decisions and what was counted within them. */
  private record Bucket(String key, long count, Map<String, Aggregate> aggregations) {}

  /** The buckets of a terms or date histogram aggregate; null where a value was left out or a count is not exact. */
  private static List<Bucket> buckets(Dimension d, Aggregate a) {
    List<Bucket> out = new ArrayList<>();
    if (a.isSterms()) {
      if (!exact(a.sterms().sumOtherDocCount(), a.sterms().docCountErrorUpperBound())) {
        return null;
      }
      a.sterms().buckets().array().forEach(b -> out.add(new Bucket(b.key().stringValue(), b.docCount(), b.aggregations())));
    } else if (a.isLterms()) {
      if (!exact(a.lterms().sumOtherDocCount(), a.lterms().docCountErrorUpperBound())) {
        return null;
      }
      a.lterms().buckets().array().forEach(b -> out.add(new Bucket(String.valueOf(b.key()), b.docCount(), b.aggregations())));
    } else if (a.isDateHistogram()) {
      a.dateHistogram().buckets().array().forEach(b -> out.add(new Bucket(Periods.key(d, LocalDate.parse(b.keyAsString().substring(0, 10))),
          b.docCount(), b.aggregations())));
    } else if (!a.isUmterms()) {
      return null; // a kind of aggregate not read here: counted by the composite pages
    }
    return out;
  }

  private static boolean exact(Long otherDocs, Long error) {
    return (otherDocs == null || otherDocs == 0) && (error == null || error == 0);
  }

  /**
   * Fills the tables from the terms aggregations of one response: {@code first}, with the cells in its buckets, and the second
   * axis from {@code second} or, where it {@code adds} up, from the cells and the decisions that lack the first dimension;
   * false, the tables left empty, where any level left a value out.
   */
  private static boolean fill(Map<String, Aggregate> answers, List<Dimension> by, boolean adds, Table cells, Table first, Table second) {
    List<Bucket> outer = buckets(by.get(0), answers.get("first"));
    if (outer == null) {
      return false;
    }
    boolean two = by.size() == 2;
    List<List<Bucket>> inner = new ArrayList<>(); // the cells of each value of the first dimension
    for (Bucket b : outer) {
      List<Bucket> in = two ? buckets(by.get(1), b.aggregations().get("cells")) : List.of();
      if (in == null) {
        return false;
      }
      inner.add(in);
    }
    List<Bucket> lacking = two && adds ? buckets(by.get(1), answers.get("lacking").missing().aggregations().get("cells")) : List.of();
    List<Bucket> along = two && !adds ? buckets(by.get(1), answers.get("second")) : List.of();
    if (lacking == null || along == null) {
      return false;
    }
    for (int i = 0; i < outer.size(); i++) {
      Bucket b = outer.get(i);
      first.put(List.of(b.key()), b.count(), b.aggregations());
      for (Bucket c : inner.get(i)) {
        cells.put(List.of(b.key(), c.key()), c.count(), c.aggregations());
        if (adds) {
          second.add(List.of(c.key()), c.count(), cells.measured.get(List.of(b.key(), c.key())));
        }
      }
    }
    for (Bucket c : lacking) {
      second.put(List.of(c.key()), c.count(), c.aggregations());
    }
    along.forEach(b -> second.put(List.of(b.key()), b.count(), b.aggregations()));
    return true;
  }

  /** The field whose presence says a decision has the dimension: a quarter's is the decision's date. */
  private static String presence(Dimension d) {
    return d.field() != null ? d.field() : Fields.DECISION_DATE;
  }

  /**
   * Counts the tables by their composite aggregations in one pass over the matches: the first request carries every table's
   * page, the later ones only the tables with pages left.
   */
  private void pass(Query query, Map<String, Table> tables) {
    Map<String, Table> open = new LinkedHashMap<>(tables);
    while (!open.isEmpty()) {
      Map<String, Aggregation> aggs = new LinkedHashMap<>();
      open.forEach((name, table) -> aggs.put(name, table.aggregation()));
      SearchResponse<Void> r = search(query, aggs, false);
      open.entrySet().removeIf(e -> !e.getValue().read(r.aggregations().get(e.getKey()).composite()));
    }
  }

  /** The cases of the query (a decision of no known case counts as one). */
  private long casesIn(Query query) {
    Table cases = new Table(page, List.of(), true, null);
    pass(query, Map.of("cases", cases));
    return cases.total();
  }

  /** The cases of the query without the dimension's field: a masked date, an unknown region, no article. */
  private long missing(Query query, Dimension d) {
    return casesIn(Query.of(q -> q.bool(b -> b.filter(query).mustNot(m -> m.exists(e -> e.field(presence(d)))))));
  }

  /** The decisions whose region was derived from the court's seat, not known with the court. */
  private static Query derivedRegions() {
    List<FieldValue> derived = List.of(FieldValue.of(RegionSource.PLACE_LINE.value()), FieldValue.of(RegionSource.COURT_NAME.value()));
    return Query.of(q -> q.terms(t -> t.field(Fields.REGION_SOURCE).terms(v -> v.value(derived))));
  }

  /**
   * Exact counts per combination of some dimensions' values (none: one per case) and the measure's value per combination,
   * from a composite aggregation paged to its end: never a top-N that drops the tail.
   */
  private static final class Table {
    private final int page;
    private final List<Dimension> dims;
    private final boolean byCases;
    private final Measure measure;
    private final Map<List<String>, Long> counts = new HashMap<>();
    private final Map<List<String>, double[]> measured = new HashMap<>();
    private Map<String, FieldValue> after;

    Table(int page, List<Dimension> dims, boolean byCases, Measure measure) {
      this.page = page;
      this.dims = dims;
      this.byCases = byCases;
      this.measure = measure;
    }

    /** The next page's request. */
    Aggregation aggregation() {
      List<Map<String, CompositeAggregationSource>> sources = new ArrayList<>();
      for (int i = 0; i < dims.size(); i++) {
        sources.add(Map.of("d" + i, source(dims.get(i))));
      }
      if (byCases) {
        sources.add(Map.of(CASE, CompositeAggregationSource.of(s -> s.terms(t -> t.field(Fields.CASE_KEY).missingBucket(true)))));
      }
      Map<String, FieldValue> cursor = after;
      return Aggregation.of(a -> a.composite(c -> {
        c.size(page).sources(sources);
        if (cursor != null) {
          c.after(cursor);
        }
        return c;
      }).aggregations(measures(measure)));
    }

    /** Takes a page in: whether another follows. */
    boolean read(CompositeAggregate values) {
      for (CompositeBucket b : values.buckets().array()) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
          key.add(value(dims.get(i), b.key().get("d" + i)));
        }
        put(key, byCases && !b.key().get(CASE).isNull() ? 1 : b.docCount(), b.aggregations());
      }
      after = values.buckets().array().size() < page || values.afterKey() == null || values.afterKey().isEmpty() ? null : values.afterKey();
      return after != null;
    }

    void put(List<String> key, long n, Map<String, Aggregate> aggregations) {
      add(key, n, measure == null ? null : Reporter.measured(aggregations, measure));
    }

    /** Adds decisions to a combination, and their mean (a mean and the persons it rests on) to its mean. */
    void add(List<String> key, long n, double[] mean) {
      counts.merge(key, n, Long::sum);
      if (mean != null) {
        measured.merge(key, mean, (a, b) -> combined(List.of(a), b));
      }
    }

    /** The mean of several means, each weighed by the persons it rests on ({@code [mean, persons]}; NaN where none). */
    static double[] combined(Collection<double[]> means, double[] more) {
      double sum = 0;
      double persons = 0;
      for (double[] m : Stream.concat(means.stream(), Stream.of(more)).toList()) {
        if (m[1] > 0 && !Double.isNaN(m[0])) {
          sum += m[0] * m[1];
          persons += m[1];
        }
      }
      return new double[] {persons == 0 ? Double.NaN : sum / persons, persons};
    }

    /** The counts, largest first. */
    Map<List<String>, Long> counts() {
      return sortByCount(counts);
    }

    long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static CompositeAggregationSource source(Dimension d) {
    if (!d.isTime()) {
      return CompositeAggregationSource.of(s -> s.terms(t -> t.field(d.field())));
    }
    return CompositeAggregationSource.of(s -> s.dateHistogram(h -> h.field(Fields.DECISION_DATE)
        .calendarInterval(t -> t.time(d.interval())).format("yyyy-MM-dd")));
  }

  private static String value(Dimension d, FieldValue v) {
    String s = v.isString() ? v.stringValue() : String.valueOf(v._get());
    return d.isTime() ? Periods.key(d, LocalDate.parse(s.substring(0, 10))) : s;
  }

  private static Map<List<String>, Long> sortByCount(Map<List<String>, Long> counts) {
    List<Map.Entry<List<String>, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<List<String>, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(e -> String.join("\u0000", e.getKey())));
    Map<List<String>, Long> out = new LinkedHashMap<>();
    for (Map.Entry<List<String>, Long> e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
