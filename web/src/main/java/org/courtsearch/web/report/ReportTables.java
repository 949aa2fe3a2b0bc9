package org.courtsearch.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.courtsearch.web.table.CellSafety;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A report's table as CSV or XLSX: one row per combination of values, the count last. */
public final class ReportTables {
  private ReportTables() {}

  public static void csv(Report report, OutputStream os) throws IOException {
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

  public static void xlsx(Report report, OutputStream os) throws IOException {
    Workbook wb = new Workbook(os, "courtsearch", "1.0");
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
}
