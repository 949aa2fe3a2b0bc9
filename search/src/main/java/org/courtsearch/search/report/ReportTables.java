package org.courtsearch.search.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtsearch.search.table.TableWriter;

/**
 * A report's table as CSV or XLSX: one row per combination of values, the count; with a measure, its value and the
 * number of convicted persons it rests on after the count.
 */
public final class ReportTables {
  private ReportTables() {}

  public static void csv(Report report, OutputStream os) throws IOException {
    write(TableWriter.csv(os, header(report)), report);
  }

  public static void xlsx(Report report, OutputStream os) throws IOException {
    write(TableWriter.xlsx(os, "Отчёт", header(report)), report);
  }

  private static List<String> header(Report report) {
    List<String> header = new ArrayList<>(report.dimensions());
    header.add(report.count());
    if (report.measured() != null) {
      header.add(report.measured().measure());
      header.add("persons");
    }
    return header;
  }

  private static void write(TableWriter table, Report report) throws IOException {
    for (Map<String, Object> row : report.rows()) {
      List<Object> values = new ArrayList<>();
      for (String d : report.dimensions()) {
        Object v = row.get(d);
        values.add(v == null ? null : v.toString()); // a dimension's value is text, a year or a month too
      }
      values.add(((Number) row.get("count")).longValue());
      if (report.measured() != null) {
        values.add(row.get("value")); // a number, or empty where no person of the cell has the field
        values.add(row.get("persons"));
      }
      table.row(values);
    }
    table.close();
  }
}
