package org.courtsearch.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled JTE templates (compiled at build time into the jar). */
public final class Pages {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.courtsearch.web.templates");

  public void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput();
    engine.render(template, model, out);
    ctx.html(out.toString());
  }

  public void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    ctx.html(out.toString());
  }

  public void error(Context ctx, int status, String message) {
    ctx.status(status);
    render(ctx, "error.jte", Map.of("status", status, "message", message));
  }
}
