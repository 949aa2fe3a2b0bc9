package org.courtsearch.web.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.text.Tables;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.query.UserError;
import org.courtsearch.search.batch.BatchSearch;
import org.courtsearch.search.batch.BatchTable;
import org.courtsearch.web.http.Pages;

/**
 * {@code POST /api/batch}: a list of queries (one a line, or a column of a CSV) counted under the
 * filters of the URL, each row with the link to its search. JSON by default, CSV with
 * {@code format=csv}.
 */
public final class BatchController {
  private final BatchSearch batch;
  private final BatchJobs jobs;
  private final Pages pages;

  public BatchController(BatchSearch batch, BatchJobs jobs, Pages pages) {
    this.batch = batch;
    this.jobs = jobs;
    this.pages = pages;
  }

  /** {@code GET /batch}: the form (the filters of the URL apply) and the batches kept. */
  public void page(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>(ctx.queryParamMap());
    filters.remove("q");
    SearchQuery.of(filters); // bad filters are a 400 here, not a failed batch later
    pages.render(ctx, "batch.jte", new BatchPage(filters, jobs.recent(), null, null, null));
  }

  /** {@code POST /batch}: the form's list (typed or a file) becomes a background job; the browser goes to its page. */
  public void submit(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>(ctx.queryParamMap());
    filters.remove("q");
    SearchQuery.of(filters);
    String column = ctx.formParam("column");
    UploadedFile file = ctx.uploadedFile("file");
    String body;
    if (file != null && file.size() > 0) {
      try (var in = file.content()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new QueryException("Файл не прочитан: " + e.getMessage());
      }
    } else {
      body = ctx.formParam("lines") == null ? "" : ctx.formParam("lines");
    }
    List<String> lines = column == null || column.isBlank() ? new ArrayList<>(body.replace("\ufeff", "").lines().toList())
        : csvColumn(body, column.strip());
    BatchJobs.Job job = jobs.submit(lines, filters);
    ctx.redirect("/batch/" + job.id(), HttpStatus.SEE_OTHER);
  }

  /** {@code GET /batch/{id}}: the progress while it runs, the sortable table when done. */
  public void job(Context ctx) {
    BatchJobs.Job job = job(ctx.pathParam("id"));
    String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("number");
    String dir = ctx.queryParamAsClass("dir", String.class).getOrDefault("asc");
    if (!BatchPage.SORTS.contains(sort) || !List.of("asc", "desc").contains(dir)) {
      throw new QueryException("Сортировка: sort=" + String.join("|", BatchPage.SORTS) + ", dir=asc|desc.");
    }
    List<BatchTable.Row> rows = job.rows() == null ? null : BatchPage.sorted(BatchTable.rows(job.rows(), job.filters()), sort, dir);
    pages.render(ctx, "batch.jte", new BatchPage(job.filters(), jobs.recent(), job, rows, sort + ":" + dir));
  }

  /** {@code GET /api/batch/{id}}: where a background batch stands, and its rows once done. */
  public void jobApi(Context ctx) {
    BatchJobs.Job job = job(ctx.pathParam("id"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", job.id());
    out.put("state", job.state());
    out.put("answered", job.answered());
    out.put("lines", job.total());
    if (job.error() != null) {
      out.put("error", job.error());
    }
    if (job.rows() != null) {
      out.put("rows", BatchTable.rows(job.rows(), job.filters()));
    }
    ctx.json(out);
  }

  /** {@code GET /api/batch/{id}/export?format=csv|xlsx}: the finished table. */
  public void jobExport(Context ctx) throws IOException {
    BatchJobs.Job job = job(ctx.pathParam("id"));
    if (job.rows() == null) {
      throw new QueryException(job.error() != null ? job.error() : "Список ещё считается: " + job.answered() + " из " + job.total() + ".");
    }
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
    List<BatchTable.Row> rows = BatchTable.rows(job.rows(), job.filters());
    if (format.equals("csv")) {
      csv(ctx, rows);
    } else if (format.equals("xlsx")) {
      ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      ctx.header("Content-Disposition", "attachment; filename=\"batch.xlsx\"");
      BatchTable.xlsx(rows, ctx.outputStream());
    } else {
      throw new QueryException("Параметр format: csv или xlsx, а не «" + format + "».");
    }
  }

  private BatchJobs.Job job(String id) {
    return jobs.find(id).orElseThrow(() -> UserError.notFound("Нет такого списка (" + id + "): сайт хранит последние " + BatchJobs.KEPT
        + " списков и забывает их при перезапуске."));
  }

  private static void csv(Context ctx, List<BatchTable.Row> rows) throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"batch.csv\"");
    BatchTable.csv(rows, ctx.outputStream());
  }


  public void api(Context ctx) throws IOException {
    Map<String, List<String>> filters = new LinkedHashMap<>(ctx.queryParamMap());
    String format = first(filters.remove("format"), "json");
    String column = first(filters.remove("column"), null);
    List<String> lines = lines(ctx, column);
    if (!format.equals("json") && !format.equals("csv")) {
      throw new QueryException("Параметр format: json или csv, а не «" + format + "».");
    }
    List<BatchTable.Row> rows = BatchTable.rows(batch.count(lines, filters), filters);
    if (format.equals("csv")) {
      csv(ctx, rows);
      return;
    }
    ctx.json(Map.of("lines", rows.size(), "rows", rows));
  }

  /** The lines: a form's {@code lines}, a JSON {@code {"lines": [...]}}, or the body itself; a CSV's column when asked. */
  private static List<String> lines(Context ctx, String column) {
    String type = String.valueOf(ctx.contentType()).toLowerCase();
    String body;
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      body = ctx.formParam("lines") == null ? "" : ctx.formParam("lines");
    } else if (type.startsWith("application/json")) {
      try {
        JsonNode node = Json.mapper().readTree(ctx.body());
        List<String> out = new ArrayList<>();
        node.path("lines").forEach(l -> out.add(l.asText()));
        return out;
      } catch (IOException e) {
        throw new QueryException("Тело запроса — не JSON вида {\"lines\": [...]}: " + e.getMessage());
      }
    } else {
      body = ctx.body();
    }
    if (column == null) {
      List<String> out = new ArrayList<>(body.lines().toList());
      return out;
    }
    return csvColumn(body, column);
  }

  static List<String> csvColumn(String body, String column) {
    int index;
    try {
      index = Integer.parseInt(column);
    } catch (NumberFormatException e) {
      throw new QueryException("Параметр column — номер столбца CSV (с 1), а не «" + column + "».");
    }
    if (index < 1) {
      throw new QueryException("Параметр column — номер столбца CSV, с 1.");
    }
    try {
      return Tables.column(body, index);
    } catch (IllegalArgumentException e) {
      throw new QueryException("CSV не читается: " + e.getMessage());
    }
  }

  private static String first(List<String> values, String fallback) {
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }
}
