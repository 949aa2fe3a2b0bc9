package org.courtsearch.web.decision;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.web.cases.CaseReporter;
import org.courtsearch.web.http.NotFound;
import org.courtsearch.web.http.Pages;

/** A decision: its page, its JSON, and its original file. */
public final class DecisionController {
  private final DecisionService decisions;
  private final Pages pages;
  private final CaseReporter cases;

  public DecisionController(DecisionService decisions, Pages pages, CaseReporter cases) {
    this.decisions = decisions;
    this.cases = cases;
    this.pages = pages;
  }

  public void page(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    if (q.length() > 1000) {
      q = q.substring(0, 1000);
    }
    String id = ctx.pathParam("id");
    DecisionView view = decisions.view(id, q, "1".equals(ctx.queryParam("related")));
    pages.render(ctx, "decision.jte", new DecisionPage(view, q, back(ctx.queryParam("back")), cases.ofDecision(id).orElse(null)));
  }

  public void api(Context ctx) {
    ctx.json(decisions.get(ctx.pathParam("id")));
  }

  public void original(Context ctx) {
    Decision d = decisions.get(ctx.pathParam("id"));
    byte[] bytes = decisions.original(d)
        .orElseThrow(() -> new NotFound("Исходный файл этого решения больше не найден на диске: " + d.filePath()));
    String name = d.fileName() == null ? d.docId() : d.fileName();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType(d.contentType() == null ? "application/octet-stream" : d.contentType());
    ctx.result(bytes);
  }

  /** Only a path of this site may be the way back: no other host, no scheme. */
  static String back(String back) {
    if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.length() > 4000) {
      return "/";
    }
    return back;
  }
}
