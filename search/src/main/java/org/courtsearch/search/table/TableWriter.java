package org.courtsearch.search.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one writer of every table courtsearch hands out — exports, case exports, report tables, the batch table, the
 * methodology package — so that each is written alike: CSV with a BOM (Excel reads Cyrillic UTF-8 only with it) and
 * every text cell made safe ({@link CellSafety}: a cell a spreadsheet could run as a formula starts with an
 * apostrophe), XLSX streamed a thousand rows at a time with dates as dates, numbers as numbers and text as text (an
 * XLSX text cell is never a formula). Cells are values: {@code null} is an empty cell.
 */
public abstract class TableWriter implements AutoCloseable {
  /** The longest text an XLSX cell holds is 32,767 characters. */
  static final int XLSX_CELL = 32_000;

  private long rows;

  /** CSV: a BOM, Excel's dialect, text cells made safe. */
  public static TableWriter csv(OutputStream os, List<String> header) throws IOException {
    return new Csv(os, header);
  }

  /** XLSX: one sheet, a bold header, rows streamed. */
  public static TableWriter xlsx(OutputStream os, String sheet, List<String> header) {
    return new Xlsx(os, sheet, header);
  }

  /** Rows written so far (the header not counted). */
  public long rows() {
    return rows;
  }

  public final void row(List<?> cells) throws IOException {
    write(cells);
    rows++;
  }

  abstract void write(List<?> cells) throws IOException;

  /** Ends the table (flushes a CSV, finishes a workbook); the stream stays open. */
  @Override
  public abstract void close() throws IOException;

  private static final class Csv extends TableWriter {
    private final CSVPrinter csv;

    Csv(OutputStream os, List<String> header) throws IOException {
      Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
      w.write('\ufeff');
      csv = new CSVPrinter(w, CSVFormat.EXCEL);
      csv.printRecord(header.stream().map(CellSafety::safe).toList());
    }

    @Override
    void write(List<?> cells) throws IOException {
      List<Object> out = new ArrayList<>(cells.size());
      for (Object c : cells) {
        out.add(c instanceof Number ? c : CellSafety.safe(c));
      }
      csv.printRecord(out);
    }

    @Override
    public void close() throws IOException {
      csv.flush();
    }
  }

  private static final class Xlsx extends TableWriter {
    private final Workbook wb;
    private final Worksheet ws;

    Xlsx(OutputStream os, String sheet, List<String> header) {
      wb = new Workbook(os, "courtsearch", "1.0");
      ws = wb.newWorksheet(sheet);
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
        ws.style(0, c).bold().set();
      }
    }

    @Override
    void write(List<?> cells) throws IOException {
      int r = (int) rows() + 1; // the header is row 0
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v instanceof LocalDate date) {
          ws.value(r, c, date);
          ws.style(r, c).format("dd.mm.yyyy").set();
        } else if (v instanceof Number n) {
          ws.value(r, c, n);
        } else if (v != null) {
          String s = CellSafety.text(v);
          ws.value(r, c, s.length() > XLSX_CELL ? s.substring(0, XLSX_CELL) : s);
        }
      }
      if (r % 1000 == 0) {
        ws.flush(); // rows go to the stream, not the heap
      }
    }

    @Override
    public void close() throws IOException {
      wb.finish();
    }
  }
}
