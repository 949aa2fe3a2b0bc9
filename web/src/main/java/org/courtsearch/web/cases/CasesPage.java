package org.courtsearch.web.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.query.cases.CaseDimension;
import org.courtsearch.search.cases.CaseReporter;

/**
 * The cases page's model: the selection (its parameters, so every state has its own address),
 * the count of cases or defendants by the chosen dimension, facets, and a page of cases.
 *
 * @param params the request's parameters as given (filters, {@code q}, {@code unit}, {@code by})
 */
public record CasesPage(Map<String, List<String>> params, long total, CaseReporter.Count count,
    Map<CaseDimension, List<CaseReporter.Row>> facets, List<CaseRecord> cases, int from, int size, String error) {

  /** Facets shown, with the request parameter each one filters. */
  public static final Map<CaseDimension, String> FACETS = facetParams();

  private static Map<CaseDimension, String> facetParams() {
    Map<CaseDimension, String> f = new LinkedHashMap<>();
    f.put(CaseDimension.INSTANCE, "instance");
    f.put(CaseDimension.RESULT, "result");
    f.put(CaseDimension.ARTICLE_PART, "article");
    f.put(CaseDimension.REGION, "region");
    f.put(CaseDimension.COURT, "court");
    f.put(CaseDimension.PROCEEDING, "proceeding");
    return f;
  }

  public String q() {
    return first("q");
  }

  public String unit() {
    String u = first("unit");
    return u.isEmpty() ? "cases" : u;
  }

  public String by() {
    String b = first("by");
    return b.isEmpty() ? "received_month" : b;
  }

  private String first(String name) {
    List<String> v = params.get(name);
    return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  public boolean selected(String param, String value) {
    return params.getOrDefault(param, List.of()).contains(value);
  }

  /** This page with one parameter value added or, if present, removed; paging starts over. */
  public String toggle(String param, String value) {
    Map<String, List<String>> p = copy();
    List<String> values = p.computeIfAbsent(param, k -> new ArrayList<>());
    if (!values.remove(value)) {
      values.add(value);
    }
    p.remove("from");
    return url("/cases", p);
  }

  /** This page with one parameter set. */
  public String with(String param, String value) {
    Map<String, List<String>> p = copy();
    p.put(param, new ArrayList<>(List.of(value)));
    if (!param.equals("from")) {
      p.remove("from");
    }
    return url("/cases", p);
  }

  public String exportUrl(String format, String per) {
    Map<String, List<String>> p = copy();
    p.remove("from");
    p.remove("by");
    p.remove("unit");
    p.put("format", new ArrayList<>(List.of(format)));
    p.put("per", new ArrayList<>(List.of(per)));
    return url("/api/cases/export", p);
  }

  public String nextUrl() {
    return from + size < total ? with("from", Integer.toString(from + size)) : null;
  }

  private Map<String, List<String>> copy() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    params.forEach((k, v) -> p.put(k, new ArrayList<>(v)));
    return p;
  }

  static String url(String path, Map<String, List<String>> p) {
    StringBuilder s = new StringBuilder();
    p.forEach((k, vs) -> {
      for (String v : vs) {
        if (v != null && !v.isEmpty()) {
          s.append(s.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v));
        }
      }
    });
    return path + s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public String label(CaseDimension d, String value) {
    if (d == CaseDimension.RESULT) {
      return CaseResult.ofValue(value).map(CaseResult::label).orElse(value);
    }
    if (d == CaseDimension.INSTANCE) {
      return Instance.ofValue(value).map(Instance::label).orElse(value);
    }
    return value;
  }

  public List<CaseDimension> dimensions() {
    return List.of(CaseDimension.values());
  }

  public long max() {
    return count == null ? 1 : Math.max(1, count.rows().stream().mapToLong(CaseReporter.Row::count).max().orElse(1));
  }
}
