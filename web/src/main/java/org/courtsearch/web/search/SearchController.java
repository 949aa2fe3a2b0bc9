package org.courtsearch.web.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.SearchResult;
import org.courtsearch.search.Searcher;
import org.courtsearch.search.cases.CaseReporter;
import org.courtsearch.search.cases.CasesOverview;
import org.courtsearch.search.report.Reporter;
import org.courtsearch.search.report.SentencesOverview;
import org.courtsearch.web.http.Pages;

/** {@code GET /} (the search page) and {@code GET /api/search}: one query model, one Elasticsearch request. */
public final class SearchController {
  private final Searcher searcher;
  private final Pages pages;
  private final Reporter reporter;
  private final CaseReporter cases;

  public SearchController(Searcher searcher, Pages pages, Reporter reporter, CaseReporter cases) {
    this.cases = cases;
    this.searcher = searcher;
    this.pages = pages;
    this.reporter = reporter;
  }

  public void api(Context ctx) {
    SearchQuery query = SearchQuery.of(ctx.queryParamMap());
    SearchResult r = searcher.search(query);
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets().forEach((name, values) -> facets.put(name, values.stream()
        .map(v -> Map.of("value", v.value(), "count", v.count(), "selected", v.selected())).toList()));
    ctx.json(new ApiResponse(r.total(), r.hits(), facets, r.histogram(), r.nextAfter(), r.approximateFacets()));
  }

  /** The API's answer; {@code next_after} is null on the last page (and always present). */
  record ApiResponse(
      long total,
      List<SearchResult.Hit> hits,
      Map<String, Object> facets,
      List<SearchResult.MonthCount> histogram,
      @com.fasterxml.jackson.annotation.JsonProperty("next_after")
      @com.fasterxml.jackson.annotation.JsonInclude(JsonInclude.Include.ALWAYS)
      String nextAfter,
      @com.fasterxml.jackson.annotation.JsonProperty("approximate_facets") List<String> approximateFacets) {}

  public void page(Context ctx) {
    int page = pageNumber(ctx);
    SearchQuery query;
    try {
      query = SearchQuery.of(ctx.queryParamMap());
    } catch (QueryException e) {
      ctx.status(400);
      pages.render(ctx, "search.jte", new SearchPage(SearchQuery.of(Map.of()), null, e.getMessage(), 1, null, null, false, null));
      return;
    }
    SentencesOverview overview = null;
    CasesOverview byCase = null;
    if (query.isEmpty()) {
      String article = ctx.queryParamAsClass("overview_article", String.class).getOrDefault("УК РФ 337").trim();
      overview = SentencesOverview.of(reporter, article.isEmpty() ? "УК РФ 337" : article);
      try {
        byCase = CasesOverview.of(cases, article.isEmpty() ? "УК РФ 337" : article);
      } catch (QueryException e) {
        byCase = null; // an article the case filter cannot read: the documents' view says why
      }
    }
    pages.render(ctx, "search.jte", new SearchPage(query, searcher.search(query), null, page, overview,
        byCase == null || byCase.isEmpty() ? null : byCase, searcher.relatedFormsAvailable(), seen(ctx)));
  }

  /** The last visit of the saved search this page was opened from ({@code seen}, an instant); null when absent or unreadable. */
  private static Instant seen(Context ctx) {
    String seen = ctx.queryParam("seen");
    if (seen == null || seen.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(seen.trim());
    } catch (DateTimeParseException e) {
      throw new QueryException("Параметр seen: момент в виде 2026-12-01T10:15:30Z, а не «" + seen + "».");
    }
  }

  private static int pageNumber(Context ctx) {
    try {
      return Math.max(1, Integer.parseInt(ctx.queryParamAsClass("p", String.class).getOrDefault("1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
