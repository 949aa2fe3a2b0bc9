package org.courtsearch.search.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;

/**
 * A report: the search that selects the decisions (the same query model as search and export),
 * one or two dimensions, and whether to count documents or distinct cases.
 *
 * @param byCases count distinct cases (court + case number) instead of documents; documents
 *     without a case number count as a case each
 * @param measure besides the counts, a measure of the sentences per cell; null for counts alone
 */
public record ReportQuery(SearchQuery search, List<Dimension> by, boolean byCases, Measure measure) {

  public ReportQuery(SearchQuery search, List<Dimension> by, boolean byCases) {
    this(search, by, byCases, null);
  }

  public static ReportQuery of(Map<String, List<String>> params) {
    SearchQuery search = SearchQuery.of(params);
    List<Dimension> by = new ArrayList<>();
    for (String p : params.getOrDefault("by", List.of())) {
      if (p == null || p.isBlank()) {
        continue;
      }
      Dimension d = Dimension.byParam(p.trim()).orElseThrow(() -> new QueryException("Нельзя группировать по «" + p
          + "»: можно по " + String.join(", ", Dimension.reportOrder().stream().map(Dimension::param).toList()) + "."));
      if (!by.contains(d)) {
        by.add(d);
      }
    }
    if (by.isEmpty()) {
      by.add(Dimension.MONTH);
    }
    if (by.size() > 2) {
      throw new QueryException("Отчёт группирует не больше чем по двум признакам.");
    }
    if (by.size() == 2 && by.get(0).isTime() && by.get(1).isTime()) {
      throw new QueryException("Два признака времени в одном отчёте не имеют смысла.");
    }
    String count = params.getOrDefault("count", List.of("documents")).get(0);
    if (!count.equals("documents") && !count.equals("cases")) {
      throw new QueryException("Параметр count: documents или cases, а не «" + count + "».");
    }
    String m = params.getOrDefault("measure", List.of("")).get(0);
    Measure measure = null;
    if (m != null && !m.isBlank() && !m.equals("count")) {
      measure = Measure.byParam(m.trim()).orElseThrow(() -> new QueryException("Параметр measure: " + String.join(", ",
          Arrays.stream(Measure.values()).map(Measure::param).toList()) + " или count, а не «" + m + "»."));
      if (count.equals("cases")) {
        throw new QueryException("Показатель считается по осуждённым, а не по делам: уберите count=cases или measure.");
      }
    }
    return new ReportQuery(search, List.copyOf(by), count.equals("cases"), measure);
  }

  /** The URL query string (filters + by + count). */
  public String queryString() {
    StringBuilder s = new StringBuilder(search.withAfter(null).queryString());
    for (Dimension d : by) {
      s.append(s.length() == 0 ? "" : "&").append("by=").append(d.param());
    }
    if (byCases) {
      s.append("&count=cases");
    }
    if (measure != null) {
      s.append("&measure=").append(measure.param());
    }
    return s.toString();
  }
}
