package org.courtsearch.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.query.Sort;
import org.courtsearch.search.SearchResult;
import org.courtsearch.search.cases.CasesOverview;
import org.courtsearch.search.report.SentencesOverview;
import org.courtsearch.web.page.Labels;

/**
 * The search page's model: the query, its result (or the reason there is none), and the URLs
 * every link on the page leads to, so each state has its own address.
 *
 * @param page the page number shown (display only; paging itself is by cursor)
 * @param overview the ready-made sentences report of the start page (empty query only), or null
 * @param cases the start page's view by case (empty query only, and only when cases are indexed), or null
 * @param relatedForms whether the index can search related forms (the checkbox is shown)
 * @param newAfter decisions indexed after this are marked new (a saved search opened from its
 *     list, param {@code seen}); null marks none
 */
public record SearchPage(SearchQuery query, SearchResult result, String error, int page,
    SentencesOverview overview, CasesOverview cases, boolean relatedForms, Instant newAfter) {

  /** Whether a listed decision came in after the last visit of the saved search this page was opened from. */
  public boolean isNew(SearchResult.Hit hit) {
    return newAfter != null && hit.indexedAt() != null && hit.indexedAt().isAfter(newAfter);
  }

  /** This search narrowed to what is new since {@code newAfter}. */
  public String onlyNewUrl() {
    return url(query.withNewSince(newAfter));
  }

  /** This search without its {@code new_since} limit. */
  public String allUrl() {
    return url(query.withNewSince(null));
  }

  /** The query string a saved search keeps. */
  public String savedQuery() {
    return query.forSaving().queryString();
  }

  /** A bar of the month histogram: its link narrows the dates to that month. */
  public record Bar(String month, String label, long count, int height, int x, String url) {}

  public static final int BAR_WIDTH = 14;
  public static final int CHART_HEIGHT = 80;

  public String url(SearchQuery q) {
    String qs = q.queryString();
    return qs.isEmpty() ? "/" : "/?" + qs;
  }

  /** A decision's page, remembering this search for its highlights and the way back. */
  public String decisionUrl(String id) {
    String back = url(query);
    if (page > 1) {
      back += "&p=" + page;
    }
    return "/decisions/" + id + "?q=" + URLEncoder.encode(query.q(), StandardCharsets.UTF_8)
        + (query.related() ? "&related=1" : "")
        + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  public String toggleUrl(Dimension f, String value) {
    return url(query.toggle(f, value));
  }

  public String moreUrl(Dimension f) {
    return url(query.withMore(f).withAfter(null));
  }

  /** The fields of the form that searches a facet's full list: this search, without the old filter text. */
  public List<Map.Entry<String, String>> facetFilterFields() {
    return query.withFacetFilter(null).params();
  }

  /** Whether {@code f} is the facet shown in full, with its value search box. */
  public boolean searchable(Dimension f) {
    return f == query.more();
  }

  public String facetFilter() {
    return query.facetFilter() == null ? "" : query.facetFilter();
  }

  public String sortUrl(Sort s) {
    return url(query.withSort(s));
  }

  public String nextUrl() {
    String qs = query.withAfter(result.nextAfter()).queryString();
    return "/?" + qs + "&p=" + (page + 1) + seenParam();
  }

  /** The next pages of a saved search opened from its list keep marking what is new. */
  private String seenParam() {
    return newAfter == null ? "" : "&seen=" + URLEncoder.encode(newAfter.toString(), StandardCharsets.UTF_8);
  }

  public String firstPageUrl() {
    String url = url(query.withAfter(null));
    return newAfter == null ? url : url + (url.contains("?") ? "" : "?") + seenParam();
  }

  public String clearDatesUrl() {
    return url(query.withRange(null, null));
  }

  public String apiUrl() {
    String qs = query.queryString();
    return "/api/search" + (qs.isEmpty() ? "" : "?" + qs);
  }

  public String reportUrl() {
    String qs = query.withAfter(null).queryString();
    return "/reports" + (qs.isEmpty() ? "" : "?" + qs);
  }

  public String exportUrl(String format) {
    String qs = query.withAfter(null).queryString();
    return "/api/export?format=" + format + (qs.isEmpty() ? "" : "&" + qs);
  }

  public List<Dimension> facets() {
    return Dimension.facets().stream().filter(f -> f != Dimension.MONTH).toList();
  }

  /** The on-demand facets this search did not count, each offered as a link that counts it. */
  public List<Dimension> notCounted() {
    return facets().stream().filter(f -> !query.counts(f)).toList();
  }

  public List<SearchResult.FacetValue> values(Dimension f) {
    List<SearchResult.FacetValue> all = result == null ? List.of() : result.facets().getOrDefault(f.param(), List.of());
    int shown = query.facetSize(f);
    return all.size() > shown ? all.subList(0, shown) : all;
  }

  public boolean hasMore(Dimension f) {
    return result != null && result.facets().getOrDefault(f.param(), List.of()).size() > query.facetSize(f);
  }

  public boolean approximate(Dimension f) {
    return result != null && result.approximateFacets().contains(f.param());
  }

  public String label(Dimension f, String value) {
    return Labels.of(f, value);
  }

  public long firstShown() {
    return (long) (page - 1) * query.size() + 1;
  }

  public long lastShown() {
    return Math.min(result.total(), firstShown() + result.hits().size() - 1);
  }

  public List<Bar> bars() {
    if (result == null || result.histogram().isEmpty()) {
      return List.of();
    }
    long max = result.histogram().stream().mapToLong(SearchResult.MonthCount::count).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (SearchResult.MonthCount m : result.histogram()) {
      YearMonth ym = YearMonth.parse(m.month());
      int h = m.count() == 0 ? 0 : (int) Math.max(2, m.count() * CHART_HEIGHT / Math.max(max, 1));
      String url = url(query.withRange(ym.atDay(1), ym.atEndOfMonth()));
      bars.add(new Bar(m.month(), Labels.month(m.month()), m.count(), h, i * BAR_WIDTH, url));
      i++;
    }
    return bars;
  }

  public int chartWidth() {
    return Math.max(BAR_WIDTH, bars().size() * BAR_WIDTH);
  }

  public String dateValue(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
