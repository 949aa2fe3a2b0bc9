package org.courtsearch.search.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.courtsearch.search.batch.BatchTable;
import org.courtsearch.search.report.Report;
import org.courtsearch.search.report.ReportTables;
import org.junit.jupiter.api.Test;

/**
 * Every table the product writes goes through one writer: a hostile row (a formula, a command, a tab-led cell) comes
 * out of each as text — CSV with a BOM and an apostrophe before what a spreadsheet would run, XLSX as text cells with no
 * formula. The exports, case exports and the methodology package use the same writer over a node (ReportExportIT).
 */
class TableWritersTest {
  static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/\")", "+cmd|' /C calc'!A0", "@SUM(A1:A2)",
      "\tтабуляция", "-2+3");

  @Test
  void csvAndXlsxOfTheWriterItself() throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (TableWriter t = TableWriter.csv(csv, List.of("a", "b", "c", "d", "e", "n"))) {
      List<Object> row = new ArrayList<>(HOSTILE);
      row.add(-5L);
      t.row(row);
    }
    assertSafeCsv(csv.toString(StandardCharsets.UTF_8));
    assertTrue(csv.toString(StandardCharsets.UTF_8).contains(",-5"), "a number stays a number, its sign too");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (TableWriter t = TableWriter.xlsx(xlsx, "Лист", List.of("a", "b", "c", "d", "e"))) {
      t.row(HOSTILE);
    }
    assertTextOnlyXlsx(xlsx.toByteArray());
  }

  @Test
  void theReportTable() throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String h : HOSTILE) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("court", h);
      row.put("count", 3L);
      rows.add(row);
    }
    Report report = new Report(List.of("court"), "documents", rows, new Report.Totals(Map.of(), Map.of(), 15), Map.of(), 0);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ReportTables.csv(report, csv);
    assertSafeCsv(csv.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ReportTables.xlsx(report, xlsx);
    assertTextOnlyXlsx(xlsx.toByteArray());
  }

  @Test
  void theBatchTableItsLinesAndItsReasons() throws IOException {
    List<BatchTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      rows.add(new BatchTable.Row(i + 1, HOSTILE.get(i), HOSTILE.get(i), null, null, HOSTILE.get(i), "/?q=x"));
    }
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    BatchTable.csv(rows, csv);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertSafeCsv(text);
    assertFalse(text.contains(",=HYPERLINK"), "the reason column too: " + text);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    BatchTable.xlsx(rows, xlsx);
    assertTextOnlyXlsx(xlsx.toByteArray());
  }

  static void assertSafeCsv(String csv) {
    assertTrue(csv.startsWith("\ufeff"), "a BOM for Excel");
    for (String line : csv.substring(1).split("\r\n")) {
      for (String h : HOSTILE) {
        assertFalse(line.startsWith(h) || line.contains("," + h) || line.contains(",\"" + h), "unsafe cell in: " + line);
      }
    }
    assertTrue(csv.contains("'=HYPERLINK") && csv.contains("'@SUM") && csv.contains("'\tтабуляция"), csv);
  }

  static void assertTextOnlyXlsx(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("table", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry sheet = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst()
            .orElseThrow(() -> new AssertionError("no worksheet in the workbook"));
        String xml = new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(xml.contains("<f>") || xml.contains("<f "), "no formula cells: " + xml);
        assertTrue(xml.contains("t=\"inlineStr\"") || xml.contains("t=\"s\""), "text cells: " + xml);
      }
    } finally {
      Files.delete(file);
    }
  }
}
