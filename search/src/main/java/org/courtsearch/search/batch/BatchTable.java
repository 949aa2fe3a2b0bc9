package org.courtsearch.search.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.table.TableWriter;

/** A counted list as a table, with the link to each line's decisions: for the site's page and API, and the batch command. */
public final class BatchTable {
  private BatchTable() {}

  /** The answer of one line, with the search that shows its decisions. */
  public record Row(int number, String line, String query, Long count, Long cases, String error, String search) {}

  /** Rows with the links to their searches. */
  public static List<Row> rows(List<BatchSearch.Row> answers, Map<String, List<String>> filters) {
    List<Row> rows = new ArrayList<>();
    for (BatchSearch.Row r : answers) {
      String search = null;
      if (r.query() != null && r.error() == null) {
        Map<String, List<String>> params = new LinkedHashMap<>(filters);
        params.put("q", List.of(r.query()));
        search = "/?" + SearchQuery.of(params).queryString();
      }
      rows.add(new Row(r.number(), r.line(), r.query(), r.count(), r.cases(), r.error(), search));
    }
    return rows;
  }

  public static final List<String> HEADER = List.of("number", "line", "query", "decisions", "cases", "error", "search");

  /** The table as CSV for a spreadsheet (the one table writer: a BOM, cells that could run as formulas made safe). */
  public static void csv(List<Row> rows, OutputStream os) throws IOException {
    write(TableWriter.csv(os, HEADER), rows);
  }

  public static void xlsx(List<Row> rows, OutputStream os) throws IOException {
    write(TableWriter.xlsx(os, "Список", HEADER), rows);
  }

  private static void write(TableWriter table, List<Row> rows) throws IOException {
    for (Row r : rows) {
      table.row(Arrays.asList(r.number(), r.line(), r.query(), r.count(), r.cases(), r.error(), r.search()));
    }
    table.close();
  }
}
