package org.courtsearch.search.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.SearchQuery;

/**
 * The ready-made question on the start page: how many sentences (приговор, conviction) under
 * an article, by month, and in which regions and courts most. Exact, from the same reports.
 *
 * @param months the last 24 months with decisions (zeros included), oldest first
 */
public record SentencesOverview(String article, long total, List<Map.Entry<String, Long>> months,
    List<Map.Entry<String, Long>> regions, List<Map.Entry<String, Long>> courts) {

  public static SentencesOverview of(Reporter reporter, String article) {
    Map<String, List<String>> filters = Map.of("type", List.of("приговор"), "outcome", List.of("conviction"),
        "article", List.of(article));
    Report byMonth = reporter.run(new ReportQuery(SearchQuery.of(filters), List.of(Dimension.MONTH), false));
    Report byRegion = reporter.run(new ReportQuery(SearchQuery.of(filters), List.of(Dimension.REGION), false));
    Report byCourt = reporter.run(new ReportQuery(SearchQuery.of(filters), List.of(Dimension.COURT), false));
    List<Map.Entry<String, Long>> months = new ArrayList<>(byMonth.totals().first().entrySet());
    if (months.size() > 24) {
      months = months.subList(months.size() - 24, months.size());
    }
    return new SentencesOverview(article, byMonth.totals().all(), months, top(byRegion, 10), top(byCourt, 10));
  }

  private static List<Map.Entry<String, Long>> top(Report r, int n) {
    List<Map.Entry<String, Long>> all = new ArrayList<>(r.totals().first().entrySet());
    return all.size() > n ? all.subList(0, n) : all;
  }

  public long maxMonth() {
    return months.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
  }

  public String reportUrl(String by) {
    return "/reports?type=" + enc("приговор") + "&outcome=conviction&article=" + enc(article) + "&by=" + by;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
