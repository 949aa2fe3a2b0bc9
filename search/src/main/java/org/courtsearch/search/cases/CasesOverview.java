package org.courtsearch.search.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.courtsearch.query.cases.CaseDimension;
import org.courtsearch.query.cases.CaseQuery;

/**
 * The start page's view by case, as the courts' card indexes count: first-instance cases under
 * an article received per month and sentences per month (by the date decided), and the regions
 * and courts with most cases. Empty when no case is indexed.
 *
 * @param months the last 24 months with any count, each with cases received and sentences
 */
public record CasesOverview(String article, long cases, long sentences, List<Month> months, List<CaseReporter.Row> regions,
    List<CaseReporter.Row> courts) {

  /** One month: cases received in it, sentences passed in it. */
  public record Month(String month, long received, long sentenced) {}

  public static CasesOverview of(CaseReporter reporter, String article) {
    Map<String, List<String>> base = Map.of("article", List.of(article), "instance", List.of("first"));
    CaseQuery all = CaseQuery.parse(base);
    CaseReporter.Count received = reporter.count(all, CaseDimension.RECEIVED_MONTH);
    Map<String, List<String>> sentenced = new TreeMap<>(base);
    sentenced.put("result", List.of("sentence"));
    CaseReporter.Count decided = reporter.count(CaseQuery.parse(sentenced), CaseDimension.DECIDED_MONTH);
    Map<String, Long> r = new TreeMap<>();
    received.rows().forEach(x -> r.put(x.key(), x.count()));
    Map<String, Long> s = new TreeMap<>();
    decided.rows().forEach(x -> s.put(x.key(), x.count()));
    TreeSet<String> keys = new TreeSet<>(r.keySet());
    keys.addAll(s.keySet());
    List<Month> months = keys.stream().map(m -> new Month(m, r.getOrDefault(m, 0L), s.getOrDefault(m, 0L))).toList();
    if (months.size() > 24) {
      months = months.subList(months.size() - 24, months.size());
    }
    List<CaseReporter.Row> regions = reporter.count(all, CaseDimension.REGION).rows();
    List<CaseReporter.Row> courts = reporter.count(all, CaseDimension.COURT).rows();
    return new CasesOverview(article, received.total(), decided.total(), months, regions.subList(0, Math.min(10, regions.size())),
        courts.subList(0, Math.min(10, courts.size())));
  }

  public boolean isEmpty() {
    return cases == 0;
  }

  public long max() {
    return Math.max(1, months.stream().mapToLong(m -> Math.max(m.received(), m.sentenced())).max().orElse(1));
  }

  public String casesUrl(String by) {
    return "/cases?instance=first&article=" + URLEncoder.encode(article, StandardCharsets.UTF_8) + "&by=" + by;
  }
}
