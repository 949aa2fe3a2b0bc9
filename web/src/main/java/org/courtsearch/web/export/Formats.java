package org.courtsearch.web.export;

import org.courtsearch.web.table.CellSafety;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.courtsearch.core.es.Json;
import org.courtsearch.web.original.OriginalFiles;
import org.courtsearch.query.SearchQuery;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The export formats, each written as the result set streams by. */
final class Formats {
  private Formats() {}

  static long csv(Exporter exporter, SearchQuery q, boolean includeText, String site, OutputStream os) throws IOException {
    List<Columns.Column> columns = Columns.of(includeText, site);
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    w.write('\ufeff'); // Excel reads UTF-8 (Cyrillic) only with the BOM
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL);
    csv.printRecord(columns.stream().map(Columns.Column::name).toList());
    long n = exporter.forEach(q, includeText, Exporter.TABLE_FIELDS, d -> {
      List<String> row = new ArrayList<>(columns.size());
      for (Columns.Column c : columns) {
        row.add(CellSafety.safe(c.value().apply(d)));
      }
      csv.printRecord(row);
    });
    csv.flush();
    return n;
  }

  static long xlsx(Exporter exporter, SearchQuery q, boolean includeText, String site, OutputStream os) throws IOException {
    List<Columns.Column> columns = Columns.of(includeText, site);
    Workbook wb = new Workbook(os, "courtsearch", "1.0");
    Worksheet ws = wb.newWorksheet("Решения");
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).name());
      ws.style(0, c).bold().set();
    }
    long[] row = {0};
    long n = exporter.forEach(q, includeText, Exporter.TABLE_FIELDS, d -> {
      int r = (int) ++row[0];
      for (int c = 0; c < columns.size(); c++) {
        Object v = columns.get(c).value().apply(d);
        if (v instanceof LocalDate date) {
          ws.value(r, c, date);
          ws.style(r, c).format("dd.mm.yyyy").set();
        } else if (v != null) {
          String s = v.toString();
          ws.value(r, c, s.length() > 32_000 ? s.substring(0, 32_000) : s); // a cell holds 32,767 characters
        }
      }
      if (r % 1000 == 0) {
        ws.flush(); // rows go to the stream, not the heap
      }
    });
    wb.finish();
    return n;
  }

  static long jsonl(Exporter exporter, SearchQuery q, boolean includeText, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    long n = exporter.forEach(q, includeText, d -> {
      w.write(Json.mapper().writeValueAsString(d));
      w.write('\n');
    });
    w.flush();
    return n;
  }

  /** The original files, and manifest.csv listing each decision with its entry in the archive (or why it is missing). */
  static long zip(Exporter exporter, SearchQuery q, String site, OutputStream os) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(os);
    List<Map<String, String>> manifest = new ArrayList<>();
    long n = exporter.forEach(q, false, Exporter.TABLE_FIELDS, d -> {
      Map<String, String> line = new LinkedHashMap<>();
      for (Columns.Column c : Columns.of(false, site)) {
        line.put(c.name(), CellSafety.safe(c.value().apply(d)));
      }
      Optional<byte[]> bytes = OriginalFiles.of(d);
      if (bytes.isPresent()) {
        String entry = "files/" + d.docId().substring(0, 16) + "-" + (d.fileName() == null ? "decision" : d.fileName());
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(bytes.get());
        zip.closeEntry();
        line.put("zip_entry", entry);
      } else {
        line.put("zip_entry", "");
        line.put("missing", "the original file is no longer on disk");
      }
      manifest.add(line);
    });
    zip.putNextEntry(new ZipEntry("manifest.csv"));
    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    w.write('\ufeff');
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL);
    List<String> header = new ArrayList<>();
    Columns.of(false, site).forEach(c -> header.add(c.name()));
    header.add("zip_entry");
    header.add("missing");
    csv.printRecord(header);
    for (Map<String, String> line : manifest) {
      List<String> row = new ArrayList<>();
      for (String h : header) {
        row.add(line.getOrDefault(h, ""));
      }
      csv.printRecord(row);
    }
    csv.flush();
    zip.closeEntry();
    zip.finish();
    return n;
  }
}
