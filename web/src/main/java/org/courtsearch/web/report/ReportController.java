package org.courtsearch.web.report;

import org.courtsearch.web.table.CellSafety;
import org.courtsearch.query.Dimension;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.courtsearch.web.http.BadRequest;
import org.courtsearch.web.http.Pages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** {@code GET /reports} (table and chart) and {@code GET /api/report} (JSON, CSV, XLSX). */
public final class ReportController {
  private final Reporter reporter;
  private final Pages pages;

  public ReportController(Reporter reporter, Pages pages) {
    this.reporter = reporter;
    this.pages = pages;
  }

  public void page(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    ReportQuery rq;
    try {
      rq = ReportQuery.of(params);
    } catch (BadRequest e) {
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
        OutputStream os = ctx.res().getOutputStream();
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write('\ufeff');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL);
        List<String> header = new ArrayList<>(report.dimensions());
        header.add(report.count());
        csv.printRecord(header);
        for (Map<String, Object> row : report.rows()) {
          List<Object> values = new ArrayList<>();
          for (String d : report.dimensions()) {
            values.add(CellSafety.safe(row.get(d)));
          }
          values.add(row.get("count"));
          csv.printRecord(values);
        }
        csv.flush();
      }
      case "xlsx" -> {
        attachment(ctx, rq, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Workbook wb = new Workbook(ctx.res().getOutputStream(), "courtsearch", "1.0");
        Worksheet ws = wb.newWorksheet("Отчёт");
        int c = 0;
        for (String d : report.dimensions()) {
          ws.value(0, c++, d);
        }
        ws.value(0, c, report.count());
        int r = 1;
        for (Map<String, Object> row : report.rows()) {
          c = 0;
          for (String d : report.dimensions()) {
            ws.value(r, c++, String.valueOf(row.get(d)));
          }
          ws.value(r, c, ((Number) row.get("count")).longValue());
          r++;
        }
        wb.finish();
      }
      default -> throw new BadRequest("Формат отчёта: json, csv или xlsx, а не «" + format + "».");
    }
  }

  private static void attachment(Context ctx, ReportQuery rq, String ext, String type) {
    String name = "courtsearch-report-" + String.join("-", rq.by().stream().map(Dimension::param).toList()) + "-"
        + LocalDate.now() + "." + ext;
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(type);
  }

}
