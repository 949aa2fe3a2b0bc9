package org.courtsearch.web.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.core.es.Json;
import org.courtsearch.query.BatchSearch;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.web.table.CellSafety;

/**
 * {@code POST /api/batch}: a list of queries (one a line, or a column of a CSV) counted under the
 * filters of the URL, each row with the link to its search. JSON by default, CSV with
 * {@code format=csv}.
 */
public final class BatchController {
  private final BatchSearch batch;

  public BatchController(BatchSearch batch) {
    this.batch = batch;
  }

  /** The answer of one line, with the search that shows its decisions. */
  record Row(int number, String line, String query, Long count, String error, String search) {}

  public void api(Context ctx) throws IOException {
    Map<String, List<String>> filters = new LinkedHashMap<>(ctx.queryParamMap());
    String format = first(filters.remove("format"), "json");
    String column = first(filters.remove("column"), null);
    List<String> lines = lines(ctx, column);
    List<Row> rows = new ArrayList<>();
    for (BatchSearch.Row r : batch.count(lines, filters)) {
      String search = null;
      if (r.query() != null && r.error() == null) {
        Map<String, List<String>> params = new LinkedHashMap<>(filters);
        params.put("q", List.of(r.query()));
        search = "/?" + SearchQuery.of(params).queryString();
      }
      rows.add(new Row(r.number(), r.line(), r.query(), r.count(), r.error(), search));
    }
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"batch.csv\"");
      Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
      w.write('\ufeff');
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL);
      csv.printRecord("number", "line", "query", "decisions", "error", "search");
      for (Row r : rows) {
        csv.printRecord(r.number(), CellSafety.safe(r.line()), CellSafety.safe(r.query()), r.count(), r.error(), r.search());
      }
      csv.flush();
      return;
    }
    if (!format.equals("json")) {
      throw new QueryException("Параметр format: json или csv, а не «" + format + "».");
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

  private static List<String> csvColumn(String body, String column) {
    int index;
    try {
      index = Integer.parseInt(column) - 1;
    } catch (NumberFormatException e) {
      throw new QueryException("Параметр column — номер столбца CSV (с 1), а не «" + column + "».");
    }
    if (index < 0) {
      throw new QueryException("Параметр column — номер столбца CSV, с 1.");
    }
    List<String> out = new ArrayList<>();
    try {
      for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(body.replace("\ufeff", "")))) {
        out.add(index < r.size() ? r.get(index) : "");
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new QueryException("CSV не читается: " + e.getMessage());
    }
    return out;
  }

  private static String first(List<String> values, String fallback) {
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }
}
