package org.courtsearch.search.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.Percentiles;
import co.elastic.clients.elasticsearch._types.aggregations.StatsAggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public Reporter(DecisionIndex ix) {
    this.client = ix.client();
    this.index = ix.alias();
    this.related = ix.related();
  }

  public Report run(ReportQuery rq) {
    related.require(rq.search());
    Query query = Queries.resultSet(rq.search());
    List<Dimension> by = rq.by();
    // a measure rides along in the counts' own pages: one pass over the matches per table, not two
    Measure measure = rq.measure();
    Map<List<String>, double[]> cellMeasures = new HashMap<>();
    Map<List<String>, double[]> firstMeasures = by.size() == 1 ? cellMeasures : new HashMap<>();
    Map<List<String>, double[]> secondMeasures = new HashMap<>();
    Map<List<String>, Long> cells = counts(query, by, rq.byCases(), measure, cellMeasures);
    Map<String, Long> missing = new LinkedHashMap<>();
    for (Dimension d : by) {
      missing.put(d.param(), missing(query, d, rq.byCases()));
    }
    // one dimension: its totals are the cells themselves, not a second pass over the matches; two
    // dimensions of one value per decision, where every decision has the other: a row's total is
    // the sum of its cells (a mean too, summed as mean × persons), no pass of its own either
    Map<List<String>, Long> first = by.size() == 1 ? cells
        : summable(by, rq, measure, missing.get(by.get(1).param())) ? sums(cells, cellMeasures, 0, firstMeasures)
        : counts(query, List.of(by.get(0)), rq.byCases(), measure, firstMeasures);
    Map<List<String>, Long> second = by.size() == 1 ? Map.of()
        : summable(by, rq, measure, missing.get(by.get(0).param())) ? sums(cells, cellMeasures, 1, secondMeasures)
        : counts(query, List.of(by.get(1)), rq.byCases(), measure, secondMeasures);
    long all = total(query, rq.byCases());

    List<List<String>> axes = new ArrayList<>();
    axes.add(axis(by.get(0), first.keySet().stream().map(k -> k.get(0)).toList(), rq));
    if (by.size() == 2) {
      axes.add(axis(by.get(1), second.keySet().stream().map(k -> k.get(0)).toList(), rq));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (by.size() == 1) {
      for (String v : axes.get(0)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(by.get(0).param(), v);
        row.put("count", cells.getOrDefault(List.of(v), 0L));
        rows.add(row);
      }
    } else {
      for (String a : axes.get(0)) {
        for (String b : axes.get(1)) {
          long n = cells.getOrDefault(List.of(a, b), 0L);
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
    if (by.size() == 2) {
      for (String v : axes.get(1)) {
        secondTotals.put(v, second.getOrDefault(List.of(v), 0L));
      }
    }
    long derived = by.contains(Dimension.REGION) ? derivedRegions(query, rq.byCases()) : 0;
    Report.Measured measured = measure == null ? null
        : measured(query, by, measure, rows, axes, cellMeasures, firstMeasures, secondMeasures);
    return new Report(by.stream().map(Dimension::param).toList(), rq.byCases() ? "cases" : "documents", rows,
        new Report.Totals(firstTotals, secondTotals, all), missing, derived, measured);
  }

  /**
   * A measure per cell, per value of each axis and for all: put into the rows beside their counts ({@code value}, and
   * {@code persons}, how many convicted persons it rests on), the totals returned.
   */
  private Report.Measured measured(Query query, List<Dimension> by, Measure measure, List<Map<String, Object>> rows,
      List<List<String>> axes, Map<List<String>, double[]> cells, Map<List<String>, double[]> first, Map<List<String>, double[]> second) {
    for (Map<String, Object> row : rows) {
      List<String> key = by.stream().map(d -> String.valueOf(row.get(d.param()))).toList();
      double[] v = cells.get(key);
      row.put("value", v == null ? null : value(v));
      row.put("persons", v == null ? 0L : (long) v[1]);
    }
    double[] all = measureAll(query, measure);
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

  /** The measure over all the selection: its value and the number of persons it rests on. */
  private double[] measureAll(Query query, Measure measure) {
    return measured(search(query, subAggregations(measure)).aggregations(), measure);
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

  private SearchResponse<Void> search(Query query, Map<String, Aggregation> aggs) {
    try {
      return client.search(s -> s.index(index).size(0).query(query).trackTotalHits(t -> t.enabled(false)).aggregations(aggs), Void.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether an axis's totals are the sums of its cells: both dimensions hold one value per decision (a decision under two
   * articles would count twice), documents not cases (a case spans months), a count or a mean (a median does not add up),
   * and no decision of the selection lacks the other dimension (it would be in no cell).
   */
  private static boolean summable(List<Dimension> by, ReportQuery rq, Measure measure, long otherMissing) {
    return by.size() == 2 && by.get(0).singleValued() && by.get(1).singleValued() && !rq.byCases()
        && (measure == null || !measure.isMedian()) && otherMissing == 0;
  }

  /** One axis's totals summed from the cells ({@code at}: 0 the first dimension, 1 the second), a mean as Σ mean × n / Σ n. */
  private static Map<List<String>, Long> sums(Map<List<String>, Long> cells, Map<List<String>, double[]> cellMeasures, int at,
      Map<List<String>, double[]> measured) {
    Map<List<String>, Long> out = new HashMap<>();
    Map<List<String>, double[]> weighted = new HashMap<>(); // Σ mean × n, Σ n
    for (Map.Entry<List<String>, Long> e : cells.entrySet()) {
      List<String> key = List.of(e.getKey().get(at));
      out.merge(key, e.getValue(), Long::sum);
      double[] m = cellMeasures.get(e.getKey());
      if (m != null) {
        double[] w = weighted.computeIfAbsent(key, k -> new double[2]);
        w[0] += m[1] == 0 || Double.isNaN(m[0]) ? 0 : m[0] * m[1];
        w[1] += m[1];
      }
    }
    weighted.forEach((k, w) -> measured.put(k, new double[] {w[1] == 0 ? Double.NaN : w[0] / w[1], w[1]}));
    return sortByCount(out);
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

  /** Exact counts per combination of the dimensions' values, paging the composite aggregation to its end. */
  Map<List<String>, Long> counts(Query query, List<Dimension> dims, boolean byCases) {
    return counts(query, dims, byCases, null, null);
  }

  /** The counts, and with a measure its value per combination too ({@code measured}), from the same pages. */
  Map<List<String>, Long> counts(Query query, List<Dimension> dims, boolean byCases, Measure measure, Map<List<String>, double[]> measured) {
    Map<String, Aggregation> subs = measure == null ? Map.of() : subAggregations(measure);
    List<Map<String, CompositeAggregationSource>> sources = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) {
      sources.add(Map.of("d" + i, source(dims.get(i))));
    }
    if (byCases) {
      sources.add(Map.of(CASE, CompositeAggregationSource.of(s -> s.terms(t -> t.field(Fields.CASE_KEY).missingBucket(true)))));
    }
    Map<List<String>, Long> counts = new HashMap<>();
    Map<String, FieldValue> after = null;
    do {
      Map<String, FieldValue> cursor = after;
      SearchResponse<Void> r = search(query, Map.of("c", Aggregation.of(a -> a.composite(c -> {
        c.size(PAGE).sources(sources);
        if (cursor != null) {
          c.after(cursor);
        }
        return c;
      }).aggregations(subs))));
      CompositeAggregate composite = r.aggregations().get("c").composite();
      for (CompositeBucket b : composite.buckets().array()) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
          key.add(value(dims.get(i), b.key().get("d" + i)));
        }
        long n = byCases && !b.key().get(CASE).isNull() ? 1 : b.docCount();
        counts.merge(key, n, Long::sum);
        if (measure != null) {
          measured.put(key, measured(b.aggregations(), measure));
        }
      }
      after = composite.buckets().array().size() < PAGE || composite.afterKey() == null || composite.afterKey().isEmpty()
          ? null : composite.afterKey();
    } while (after != null);
    return sortByCount(counts);
  }

  /** The decisions (or cases) of the query without the dimension's field: a masked date, an unknown region, no article. */
  private long missing(Query query, Dimension d, boolean byCases) {
    Query lacking = Query.of(q -> q.bool(b -> b.filter(query).mustNot(m -> m.exists(e -> e.field(d.field())))));
    return total(lacking, byCases);
  }

  /** The decisions (or cases) of the query whose region was derived from the court's seat, not known with the court. */
  private long derivedRegions(Query query, boolean byCases) {
    List<FieldValue> derived = List.of(FieldValue.of(RegionSource.PLACE_LINE.value()), FieldValue.of(RegionSource.COURT_NAME.value()));
    Query q = Query.of(x -> x.bool(b -> b.filter(query).filter(f -> f.terms(t -> t.field(Fields.REGION_SOURCE).terms(v -> v.value(derived))))));
    return total(q, byCases);
  }

  /** All decisions (or cases) of the query. */
  private long total(Query query, boolean byCases) {
    if (!byCases) {
      try {
        return client.count(c -> c.index(index).query(query)).count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return counts(query, List.of(), true).values().stream().mapToLong(Long::longValue).sum();
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
