package org.courtsearch.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.courtsearch.core.es.Json;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.original.OriginalFiles;
import org.courtsearch.search.table.TableWriter;

/** The export formats, each written as the result set streams by. */
public final class Formats {
  private Formats() {}

  public static long csv(Exporter exporter, SearchQuery q, boolean includeText, String site, OutputStream os) throws IOException {
    return table(TableWriter.csv(os, names(includeText, site)), exporter, q, includeText, site);
  }

  public static long xlsx(Exporter exporter, SearchQuery q, boolean includeText, String site, OutputStream os) throws IOException {
    return table(TableWriter.xlsx(os, "Решения", names(includeText, site)), exporter, q, includeText, site);
  }

  private static List<String> names(boolean includeText, String site) {
    return Columns.of(includeText, site).stream().map(Columns.Column::name).toList();
  }

  /** The result set as a table, one decision a row, as it streams by. */
  private static long table(TableWriter table, Exporter exporter, SearchQuery q, boolean includeText, String site)
      throws IOException {
    List<Columns.Column> columns = Columns.of(includeText, site);
    long n = exporter.forEach(q, includeText, Exporter.TABLE_FIELDS, d -> {
      List<Object> row = new ArrayList<>(columns.size());
      for (Columns.Column c : columns) {
        row.add(c.value().apply(d));
      }
      table.row(row);
    });
    table.close(); // only after the last row: an export cut short by the cluster must not end like a whole one
    return n;
  }

  public static long jsonl(Exporter exporter, SearchQuery q, boolean includeText, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    long n = exporter.forEach(q, includeText, d -> {
      w.write(Json.mapper().writeValueAsString(d));
      w.write('\n');
    });
    w.flush();
    return n;
  }

  /** The original files, and manifest.csv listing each decision with its entry in the archive (or why it is missing). */
  public static long zip(Exporter exporter, SearchQuery q, String site, OutputStream os) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(os);
    List<Map<String, String>> manifest = new ArrayList<>();
    List<Columns.Column> columns = Columns.of(false, site);
    long n = exporter.forEach(q, false, Exporter.TABLE_FIELDS, d -> {
      Map<String, String> line = new LinkedHashMap<>();
      for (Columns.Column c : columns) {
        Object v = c.value().apply(d);
        line.put(c.name(), v == null ? "" : v.toString());
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
    List<String> header = new ArrayList<>(columns.stream().map(Columns.Column::name).toList());
    header.add("zip_entry");
    header.add("missing");
    try (TableWriter csv = TableWriter.csv(zip, header)) {
      for (Map<String, String> line : manifest) {
        List<String> row = new ArrayList<>();
        for (String h : header) {
          row.add(line.getOrDefault(h, ""));
        }
        csv.row(row);
      }
    }
    zip.closeEntry();
    zip.finish();
    return n;
  }
}
