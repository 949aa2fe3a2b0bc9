package org.courtsearch.web.workbench;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.workbench.SavedSearch;
import org.courtsearch.core.workbench.Workbench;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.query.UserError;
import org.courtsearch.search.workbench.WhatsNew;
import org.courtsearch.web.http.Pages;
import org.courtsearch.search.report.ReportQuery;

/**
 * Saved searches and reports: saving one, the list with what is new since each was last looked
 * at, opening one (new decisions marked), its Atom feed, and the same as JSON.
 */
public final class SavedController {
  static final int FEED_ENTRIES = 50;
  private static final int MAX_NAME = 200;

  private final Workbench workbench;
  private final WhatsNew news;
  private final Pages pages;

  public SavedController(Workbench workbench, WhatsNew news, Pages pages) {
    this.workbench = workbench;
    this.news = news;
    this.pages = pages;
  }

  /** {@code POST /saved}: the form under a search or a report. */
  public void save(Context ctx) {
    SavedSearch s = save(ctx.formParam("name"), ctx.formParam("kind"), ctx.formParam("query"));
    ctx.redirect("/saved#s-" + s.id(), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /api/saved} with {@code name}, {@code kind} and {@code query} (a URL query string) as form or query parameters. */
  public void apiSave(Context ctx) {
    String name = ctx.formParam("name") != null ? ctx.formParam("name") : ctx.queryParam("name");
    String kind = ctx.formParam("kind") != null ? ctx.formParam("kind") : ctx.queryParam("kind");
    String query = ctx.formParam("query") != null ? ctx.formParam("query") : ctx.queryParam("query");
    ctx.status(201).json(save(name, kind, query));
  }

  private SavedSearch save(String name, String kind, String query) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      throw new QueryException("Название сохраняемого поиска: от 1 до " + MAX_NAME + " символов.");
    }
    String k = kind == null || kind.isBlank() ? SavedSearch.SEARCH : kind.strip();
    if (!k.equals(SavedSearch.SEARCH) && !k.equals(SavedSearch.REPORT)) {
      throw new QueryException("Вид сохраняемого: search или report, а не «" + k + "».");
    }
    String q = query == null ? "" : query.strip();
    if (q.startsWith("?")) {
      q = q.substring(1);
    }
    Map<String, List<String>> params = SearchQuery.parseQueryString(q);
    // a query that cannot run is refused now, not on every visit; what is kept is the model's own URL, without paging
    String kept = k.equals(SavedSearch.SEARCH) ? SearchQuery.of(params).forSaving().queryString() : ReportQuery.of(params).queryString();
    try {
      return workbench.save(n, k, kept);
    } catch (IllegalArgumentException e) {
      throw new QueryException(e.getMessage());
    }
  }

  /** {@code GET /saved}: every saved search with how many decisions are new since it was last opened. */
  public void page(Context ctx) {
    pages.render(ctx, "saved.jte", new SavedPage(news.count(workbench.all(), false)));
  }

  /** {@code GET /api/saved}: the same as JSON. */
  public void api(Context ctx) {
    ctx.json(Map.of("saved", news.count(workbench.all(), false).stream().map(c -> Map.of(
        "id", c.search().id(), "name", c.search().name(), "kind", c.search().kind(), "query", c.search().queryString(),
        "last_seen_at", String.valueOf(c.search().lastSeenAt()), "new", c.count() == null ? -1 : c.count(),
        "error", c.error() == null ? "" : c.error(), "feed", "/feeds/" + c.search().id() + ".atom")).toList()));
  }

  /**
   * {@code GET /saved/{id}}: opens the search (or report) and marks it seen; decisions new since
   * the visit before are marked in the list, or, with {@code only_new=1}, the only ones listed.
   */
  public void open(Context ctx) {
    SavedSearch s = find(ctx.pathParam("id"));
    Instant before = workbench.markSeen(s, Instant.now());
    if (SavedSearch.REPORT.equals(s.kind())) {
      ctx.redirect(s.path(), HttpStatus.SEE_OTHER);
      return;
    }
    SearchQuery q = WhatsNew.queryOf(s);
    if ("1".equals(ctx.queryParam("only_new"))) {
      q = q.withNewSince(before);
    }
    String qs = q.queryString();
    ctx.redirect("/?" + (qs.isEmpty() ? "" : qs + "&") + "seen=" + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8),
        HttpStatus.SEE_OTHER);
  }

  /** {@code POST /saved/{id}/delete} (the list's button) and {@code DELETE /api/saved/{id}}. */
  public void delete(Context ctx) {
    boolean deleted = workbench.delete(ctx.pathParam("id"));
    if (ctx.path().startsWith("/api/")) {
      if (!deleted) {
        throw UserError.notFound("Нет сохранённого поиска " + ctx.pathParam("id") + ".");
      }
      ctx.status(204);
    } else {
      ctx.redirect("/saved", HttpStatus.SEE_OTHER);
    }
  }

  /** {@code GET /feeds/{id}.atom}: the saved search's latest decisions by the time they were indexed. */
  public void feed(Context ctx) {
    String id = ctx.pathParam("file");
    if (!id.endsWith(".atom")) {
      throw UserError.notFound("Ленты — /feeds/{id}.atom.");
    }
    SavedSearch s = find(id.substring(0, id.length() - ".atom".length()));
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(AtomFeed.write(s, news.latest(s, FEED_ENTRIES), base));
  }

  private SavedSearch find(String id) {
    if (!id.matches("[0-9a-f]{1,40}")) {
      throw UserError.notFound("Нет сохранённого поиска " + id + ".");
    }
    return workbench.find(id).orElseThrow(() -> UserError.notFound("Нет сохранённого поиска " + id + "."));
  }
}
