package org.courtsearch.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.workbench.Note;
import org.courtsearch.core.workbench.Workbench;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.UserError;
import org.courtsearch.search.cases.CaseReporter;
import org.courtsearch.search.decision.DecisionService;
import org.courtsearch.search.decision.DecisionView;
import org.courtsearch.web.http.Pages;

/** A decision: its page, its JSON, and its original file. */
public final class DecisionController {
  private final DecisionService decisions;
  private final Pages pages;
  private final CaseReporter cases;
  private final Workbench workbench;

  public DecisionController(DecisionService decisions, Pages pages, CaseReporter cases, Workbench workbench) {
    this.decisions = decisions;
    this.workbench = workbench;
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
    pages.render(ctx, "decision.jte", new DecisionPage(view, q, back(ctx.queryParam("back")), cases.ofDecision(id).orElse(null),
        workbench.note(id)));
  }

  /** {@code GET /api/decisions/{id}/note}: the decision's tags and note. */
  public void note(Context ctx) {
    decisions.get(ctx.pathParam("id")); // a 404 for a decision that is not there
    ctx.json(workbench.note(ctx.pathParam("id")));
  }

  /** {@code PUT /api/decisions/{id}/note} with {@code {"tags": [...], "note": "..."}}: replaces both. */
  public void putNote(Context ctx) {
    String id = ctx.pathParam("id");
    decisions.get(id);
    JsonNode body;
    try {
      body = Json.mapper().readTree(ctx.body());
    } catch (IOException e) {
      throw new QueryException("Тело запроса — не JSON вида {\"tags\": [...], \"note\": \"...\"}: " + e.getMessage());
    }
    if (body == null || !body.isObject() || body.has("tags") && !body.get("tags").isArray()) {
      throw new QueryException("Тело запроса — JSON вида {\"tags\": [\"метка\"], \"note\": \"текст\"}.");
    }
    List<String> tags = new ArrayList<>();
    body.path("tags").forEach(t -> tags.add(t.asText()));
    ctx.json(write(id, tags, body.path("note").asText("")));
  }

  /** The decision page's form: tags separated by commas, the note, and the way back. */
  public void postNote(Context ctx) {
    String id = ctx.pathParam("id");
    decisions.get(id);
    String tags = Optional.ofNullable(ctx.formParam("tags")).orElse("");
    write(id, List.of(tags.split("[,;]")), Optional.ofNullable(ctx.formParam("note")).orElse(""));
    String back = back(ctx.formParam("back"));
    ctx.redirect("/decisions/" + id + (back.equals("/") ? "" : "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)) + "#note",
        HttpStatus.SEE_OTHER);
  }

  private Note write(String id, List<String> tags, String note) {
    try {
      return workbench.putNote(id, tags, note);
    } catch (IllegalArgumentException e) {
      throw new QueryException(e.getMessage());
    }
  }

  public void api(Context ctx) {
    ctx.json(decisions.get(ctx.pathParam("id")));
  }

  public void original(Context ctx) {
    Decision d = decisions.get(ctx.pathParam("id"));
    byte[] bytes = decisions.original(d)
        .orElseThrow(() -> UserError.notFound("Исходный файл этого решения больше не найден на диске: " + d.filePath()));
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
