package org.courtsearch.web.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courtsearch.core.es.Json;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.report.Measure;
import org.courtsearch.search.report.Report;
import org.courtsearch.search.report.ReportQuery;
import org.courtsearch.web.page.Labels;

/** The report page's model: the pivot table (first dimension × second), its totals, and the chart's data. */
public record ReportPage(ReportQuery query, Report report, String error, Map<List<String>, Long> cells,
    Map<List<String>, Report.Value> measuredCells, long maxCell, double maxValue) {
  public static final int MAX_COLUMNS = 60;

  /** A report's page; its cells are looked up once (a 145-month × 60-region table asked for each cell anew). */
  public ReportPage(ReportQuery query, Report report, String error) {
    this(query, report, error, report == null ? Map.of() : cellsOf(query, report),
        report == null || report.measured() == null ? Map.of() : measuredOf(query, report));
  }

  private ReportPage(ReportQuery query, Report report, String error, Map<List<String>, Long> cells,
      Map<List<String>, Report.Value> measuredCells) {
    this(query, report, error, cells, measuredCells,
        cells.entrySet().stream().filter(e -> e.getKey().size() == 2).mapToLong(Map.Entry::getValue).max().orElse(0),
        measuredCells.values().stream().filter(v -> v.value() != null).mapToDouble(Report.Value::value).max().orElse(0));
  }

  /** A question asked of desertion sentences again and again, as one report URL. */
  public record Question(String label, String url) {}

  /** The questions newsrooms ask first of Art. 337 sentences, each one report. */
  public static final List<Question> QUESTIONS = List.of(
      new Question("Доля условных наказаний по ст. 337 УК РФ по месяцам",
          "/reports?by=month&type=" + enc("приговор") + "&article=" + enc("УК РФ 337") + "&measure=suspended_share"),
      new Question("Медианный срок по ч. 5 ст. 337 УК РФ по судам",
          "/reports?by=court&type=" + enc("приговор") + "&article_part=" + enc("УК РФ 337 ч.5") + "&measure=term_median"),
      new Question("Мобилизованные, контрактники и призывники по регионам (ст. 337)",
          "/reports?by=region&by=service_basis&type=" + enc("приговор") + "&article=" + enc("УК РФ 337")),
      new Question("Доля мобилизованных среди осуждённых по ст. 337 по регионам",
          "/reports?by=region&type=" + enc("приговор") + "&article=" + enc("УК РФ 337") + "&measure=mobilised_share"));

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Whether the cells show a measure of the sentences (with their counts beside). */
  public boolean measured() {
    return report != null && report.measured() != null;
  }

  public Measure measure() {
    return query.measure();
  }

  public List<Measure> measures() {
    return List.of(Measure.values());
  }

  /** A cell's measure ({@code col} null: a row's total; {@code row} null: a column's; both: all), as a reader reads it. */
  public String measureText(String row, String col) {
    Report.Value v = measureOf(row, col);
    return v == null || v.value() == null ? "—" : format(v.value());
  }

  /** Under a measure, what it rests on: «3 осужд. · 4 док.». */
  public String measureNote(String row, String col) {
    Report.Value v = measureOf(row, col);
    long docs = row == null && col == null ? report.totals().all() : row == null ? columnTotal(col) : col == null ? rowTotal(row) : cell(row, col);
    return (v == null ? 0 : v.persons()) + " осужд. · " + docs + " док.";
  }

  /** The value a column sorts by: the measure, else the count. */
  public String sortValue(String row, String col) {
    Report.Value v = measureOf(row, col);
    return v == null || v.value() == null ? "" : String.valueOf(v.value());
  }

  /** A measure of the table as shown ({@code col} null: a row's total; {@code row} null: a column's; both: all). */
  private Report.Value measureOf(String row, String col) {
    Report.Measured m = report.measured();
    if (row == null && col == null) {
      return m.all();
    }
    boolean turned = transposed();
    if (row == null) {
      return (turned ? m.first() : m.second()).get(col);
    }
    if (col == null) {
      return (turned ? m.second() : m.first()).get(row);
    }
    return turned ? measureAt(col, row) : measureAt(row, col);
  }

  /** A measure by the report's own order. */
  private Report.Value measureAt(String first, String second) {
    return second == null ? report.measured().first().get(first) : measuredCells.get(List.of(first, second));
  }

  private String format(double v) {
    if (query.measure().isShare()) {
      return String.format(Locale.ROOT, "%.1f%%", v * 100).replace('.', ',');
    }
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
  }

  public List<Dimension> dimensions() {
    return Dimension.reportOrder();
  }

  public Dimension first() {
    return query.by().get(0);
  }

  public Dimension second() {
    return query.by().size() > 1 ? query.by().get(1) : null;
  }

  /**
   * Whether the table is shown turned: time across and the other dimension down the side, or, without time, the
   * dimension with more values down the side — whichever the form put first. The chart and the files keep the order
   * asked for.
   */
  public boolean transposed() {
    Dimension b = second();
    if (b == null) {
      return false;
    }
    if (first().isTime() != b.isTime()) {
      return first().isTime();
    }
    return !first().isTime() && report.totals().first().size() < report.totals().second().size();
  }

  /** The dimension down the side of the table. */
  public Dimension rowDimension() {
    return transposed() ? second() : first();
  }

  /** The dimension across the table; null for one dimension. */
  public Dimension columnDimension() {
    return transposed() ? first() : second();
  }

  public List<String> rowValues() {
    return new ArrayList<>((transposed() ? report.totals().second() : report.totals().first()).keySet());
  }

  /** The columns shown: all of a time axis (a series with holes would lie), else the first {@link #MAX_COLUMNS}. */
  public List<String> columnValues() {
    List<String> all = new ArrayList<>((transposed() ? report.totals().first() : report.totals().second()).keySet());
    return columnsCut() ? all.subList(0, MAX_COLUMNS) : all;
  }

  public boolean columnsCut() {
    Dimension across = columnDimension();
    return across != null && !across.isTime() && (transposed() ? report.totals().first() : report.totals().second()).size() > MAX_COLUMNS;
  }

  /** How many columns there are in all (the files have every one). */
  public int columnCount() {
    return (transposed() ? report.totals().first() : report.totals().second()).size();
  }

  public long rowTotal(String row) {
    return (transposed() ? report.totals().second() : report.totals().first()).getOrDefault(row, 0L);
  }

  public long columnTotal(String col) {
    return (transposed() ? report.totals().first() : report.totals().second()).getOrDefault(col, 0L);
  }

  /** A cell of the table as shown. */
  public long cell(String row, String col) {
    return transposed() ? countAt(col, row) : countAt(row, col);
  }

  /** A count by the report's own order: a value of the first dimension, one of the second. */
  private long countAt(String first, String second) {
    return cells.getOrDefault(List.of(first, second), 0L);
  }

  private List<String> firstValues() {
    return new ArrayList<>(report.totals().first().keySet());
  }

  private long firstTotal(String value) {
    return report.totals().first().getOrDefault(value, 0L);
  }

  /**
   * A 2-D report is a heat map: each cell shaded by its share of the largest cell (the counts stay
   * the text, the shade only guides the eye; a light enough blue that the number stays readable).
   */
  public String shade(String row, String col) {
    if (measured()) {
      Report.Value v = measureOf(row, col);
      if (v == null || v.value() == null || maxValue <= 0) {
        return "";
      }
      return String.format(Locale.ROOT, "background-color: rgba(31, 95, 168, %.2f)", 0.08 + 0.5 * v.value() / maxValue);
    }
    long value = cell(row, col);
    if (maxCell == 0 || value == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "background-color: rgba(31, 95, 168, %.2f)", 0.08 + 0.5 * value / maxCell);
  }

  private static Map<List<String>, Report.Value> measuredOf(ReportQuery query, Report report) {
    Map<List<String>, Report.Value> m = new HashMap<>();
    List<Dimension> dims = query.by();
    if (dims.size() < 2) {
      return m;
    }
    for (Map<String, Object> r : report.rows()) {
      Object value = r.get("value");
      m.put(List.of(String.valueOf(r.get(dims.get(0).param())), String.valueOf(r.get(dims.get(1).param()))),
          new Report.Value(value == null ? null : ((Number) value).doubleValue(), ((Number) r.get("persons")).longValue()));
    }
    return m;
  }

  private static Map<List<String>, Long> cellsOf(ReportQuery query, Report report) {
    Map<List<String>, Long> m = new HashMap<>();
    List<Dimension> dims = query.by();
    Dimension a = dims.get(0);
    Dimension b = dims.size() > 1 ? dims.get(1) : null;
    for (Map<String, Object> r : report.rows()) {
      List<String> key = b == null ? List.of(String.valueOf(r.get(a.param())))
          : List.of(String.valueOf(r.get(a.param())), String.valueOf(r.get(b.param())));
      m.put(key, ((Number) r.get("count")).longValue());
    }
    return m;
  }

  /** A value as a reader reads it: the dimension's own label for a code, a month's name, else the value as stored. */
  public String label(Dimension d, String value) {
    return Labels.of(d, value);
  }

  /** The dimensions whose field some decisions of the selection lack, with how many. */
  public List<Map.Entry<Dimension, Long>> missing() {
    List<Map.Entry<Dimension, Long>> out = new ArrayList<>();
    if (report == null || report.missing() == null) {
      return out;
    }
    for (Dimension d : query.by()) {
      long n = report.missing().getOrDefault(d.param(), 0L);
      if (n > 0) {
        out.add(Map.entry(d, n));
      }
    }
    return out;
  }

  /** How many of the selection have a region derived from their court's seat (a court outside the registry). */
  public long regionDerived() {
    return report == null ? 0 : report.regionDerived();
  }

  public String countLabel() {
    return query.byCases() ? "дел" : "документов";
  }

  public String url(String extra) {
    String qs = query.queryString();
    return qs.isEmpty() ? "?" + extra : "?" + qs + (extra.isEmpty() ? "" : "&" + extra);
  }

  public String apiUrl(String format) {
    return "/api/report" + url("format=" + format);
  }

  /** The methodology package: the table, the query, every decision counted; {@code courtsearch verify} re-runs it. */
  public String packageUrl() {
    return "/api/report/package" + url("");
  }

  /** Export of the decisions this report counts (the same filters). */
  public String exportUrl(String format) {
    String qs = query.search().withAfter(null).queryString();
    return "/api/export?format=" + format + (qs.isEmpty() ? "" : "&" + qs);
  }

  /** The decisions behind one cell ({@code col} null: behind a row's total; both null: the whole report). */
  public String cellUrl(String row, String col) {
    SearchQuery q = query.search().withAfter(null);
    if (row != null) {
      q = q.narrowedTo(rowDimension(), row);
    }
    if (col != null && columnDimension() != null) {
      q = q.narrowedTo(columnDimension(), col);
    }
    String qs = q.queryString();
    return qs.isEmpty() ? "/" : "/?" + qs;
  }

  /** The decisions behind a column's total. */
  public String columnUrl(String col) {
    SearchQuery q = query.search().withAfter(null).narrowedTo(columnDimension(), col);
    String qs = q.queryString();
    return qs.isEmpty() ? "/" : "/?" + qs;
  }

  public String searchUrl() {
    String qs = query.search().withAfter(null).queryString();
    return qs.isEmpty() ? "/" : "/?" + qs;
  }

  /**
   * A measure's chart: its value per row (a line over time, bars otherwise); over time with a second dimension a line per
   * top series — no «others», a median of the rest is no sum of anything — and no stacking.
   */
  private String measuredChart(Map<String, Object> chart, List<String> rows) {
    chart.put("measured", true);
    chart.put("share", query.measure().isShare());
    chart.put("measure", query.measure().label());
    List<Map<String, Object>> datasets = new ArrayList<>();
    if (second() == null || !first().isTime()) {
      datasets.add(Map.of("label", query.measure().label(), "data", rows.stream().map(r -> valueOrNull(measureAt(r, null))).toList()));
    } else {
      List<String> cols = new ArrayList<>(report.totals().second().keySet());
      for (String c : cols.size() > 8 ? cols.subList(0, 8) : cols) {
        List<Double> data = new ArrayList<>();
        for (String r : rows) {
          data.add(valueOrNull(measureAt(r, c)));
        }
        datasets.add(Map.of("label", label(second(), c), "data", data));
      }
    }
    chart.put("datasets", datasets);
    try {
      return Json.mapper().writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Double valueOrNull(Report.Value v) {
    return v == null ? null : v.value();
  }

  /** The chart as JSON: a time series when the first dimension is time, else the top values as bars; stacked by the second. */
  public String chartJson() {
    Map<String, Object> chart = new LinkedHashMap<>();
    List<String> rows = firstValues();
    if (!first().isTime() && rows.size() > 25) {
      rows = rows.subList(0, 25);
    }
    chart.put("kind", first().isTime() ? "time" : "bar");
    chart.put("labels", rows.stream().map(v -> label(first(), v)).toList());
    if (measured()) {
      return measuredChart(chart, rows);
    }
    List<Map<String, Object>> datasets = new ArrayList<>();
    if (second() == null) {
      datasets.add(Map.of("label", query.byCases() ? "Дела" : "Документы",
          "data", rows.stream().map(this::firstTotal).toList()));
    } else {
      List<String> cols = new ArrayList<>(report.totals().second().keySet());
      List<String> top = cols.size() > 8 && !second().isTime() ? cols.subList(0, 8) : cols;
      for (String c : top) {
        List<Long> data = new ArrayList<>();
        for (String r : rows) {
          data.add(countAt(r, c));
        }
        datasets.add(Map.of("label", label(second(), c), "data", data));
      }
      if (top.size() < cols.size()) {
        List<Long> rest = new ArrayList<>();
        for (String r : rows) {
          long sum = 0;
          for (String c : cols.subList(top.size(), cols.size())) {
            sum += countAt(r, c);
          }
          rest.add(sum);
        }
        datasets.add(Map.of("label", "Остальные", "data", rest));
      }
    }
    chart.put("datasets", datasets);
    try {
      return Json.mapper().writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
