package org.courtsearch.search.report;

import java.util.ArrayList;
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
 */
public record ReportQuery(SearchQuery search, List<Dimension> by, boolean byCases) {

  public static ReportQuery of(Map<String, List<String>> params) {
    SearchQuery search = SearchQuery.of(params);
    List<Dimension> by = new ArrayList<>();
    for (String p : params.getOrDefault("by", List.of())) {
      if (p == null || p.isBlank()) {
        continue;
      }
      Dimension d = Dimension.byParam(p.trim()).orElseThrow(() -> new QueryException("Нельзя группировать по «" + p
          + "»: можно по month, quarter, year, court, region, article, article_part, type, outcome, punishment, court_kind, judge, instance."));
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
    return new ReportQuery(search, List.copyOf(by), count.equals("cases"));
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
    return s.toString();
  }
}
