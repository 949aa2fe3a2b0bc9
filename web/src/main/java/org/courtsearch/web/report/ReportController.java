package org.courtsearch.web.report;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.QueryException;
import org.courtsearch.search.report.MethodologyPackage;
import org.courtsearch.search.report.Report;
import org.courtsearch.search.report.ReportQuery;
import org.courtsearch.search.report.ReportTables;
import org.courtsearch.search.report.Reporter;
import org.courtsearch.web.http.Downloads;
import org.courtsearch.web.http.Pages;

/** {@code GET /reports} (table and chart) and {@code GET /api/report} (JSON, CSV, XLSX). */
public final class ReportController {
  private final Reporter reporter;
  private final Pages pages;
  private final MethodologyPackage methodology;

  public ReportController(Reporter reporter, Pages pages, MethodologyPackage methodology) {
    this.reporter = reporter;
    this.pages = pages;
    this.methodology = methodology;
  }

  /** {@code GET /api/report/package?…}: the report's methodology package (ZIP), for anyone to check the count. */
  public void methodology(Context ctx) throws IOException {
    ReportQuery rq = ReportQuery.of(ctx.queryParamMap());
    String name = "courtsearch-methodology-" + String.join("-", rq.by().stream().map(Dimension::param).toList()) + "-"
        + LocalDate.now() + ".zip";
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType("application/zip");
    try {
      methodology.write(rq, ctx.scheme() + "://" + ctx.host(), ctx.res().getOutputStream());
    } catch (IOException | RuntimeException e) {
      Downloads.abort(ctx, e); // a package short of decisions must not look whole
    }
  }

  public void page(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    ReportQuery rq;
    try {
      rq = ReportQuery.of(params);
    } catch (QueryException e) {
      ctx.status(400);
      pages.render(ctx, "report.jte", new ReportPage(ReportQuery.of(Map.of()), null, e.getMessage()));
      return;
    }
    pages.render(ctx, "report.jte", new ReportPage(rq, reporter.run(rq), null));
  }

  public void api(Context ctx) throws IOException {
    ReportQuery rq = ReportQuery.of(ctx.queryParamMap());
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json").toLowerCase(Locale.ROOT);
    Report report = reporter.run(rq);
    switch (format) {
      case "json" -> ctx.json(report);
      case "csv" -> {
        attachment(ctx, rq, "csv", "text/csv; charset=utf-8");
        ReportTables.csv(report, ctx.res().getOutputStream());
      }
      case "xlsx" -> {
        attachment(ctx, rq, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ReportTables.xlsx(report, ctx.res().getOutputStream());
      }
      default -> throw new QueryException("Формат отчёта: json, csv или xlsx, а не «" + format + "».");
    }
  }

  private static void attachment(Context ctx, ReportQuery rq, String ext, String type) {
    String name = "courtsearch-report-" + String.join("-", rq.by().stream().map(Dimension::param).toList()) + "-"
        + LocalDate.now() + "." + ext;
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(type);
  }

}
