package org.courtsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.es.Json;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.export.Exporter;
import org.courtsearch.search.report.MethodologyPackage;
import org.courtsearch.search.report.Report;
import org.courtsearch.search.report.ReportQuery;
import org.courtsearch.search.report.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Re-run a report's methodology package (the ZIP the report page offers) against the current index and "
        + "print what changed: decisions added and removed, cells that moved.",
        "Exit code 0: the count stands as published; 1: it changed (the lines say how)."})
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACKAGE.zip", description = "a methodology package")
  Path file;

  @Override
  public Integer call() throws Exception {
    Config config = top.config();
    PrintWriter out = spec.commandLine().getOut();
    JsonNode query;
    Map<String, Long> thenCells;
    Set<String> thenIds;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      query = Json.mapper().readTree(read(zip, MethodologyPackage.QUERY));
      thenCells = cells(zip);
      thenIds = ids(zip);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("courtsearch verify: " + file + " is not a methodology package we can read: " + e.getMessage());
      return 2;
    }
    ReportQuery rq;
    try {
      rq = ReportQuery.of(SearchQuery.parseQueryString(query.path("query_string").asText()));
    } catch (QueryException e) {
      spec.commandLine().getErr().println("courtsearch verify: the package's query no longer parses: " + e.getMessage());
      return 2;
    }
    try (Cluster cluster = Cluster.connect(config)) {
      DecisionIndex ix = DecisionIndex.of(cluster.client, config.index());
      Report now = new Reporter(ix).run(rq);
      Set<String> nowIds = new HashSet<>();
      new Exporter(ix).forEach(rq.search().withAfter(null), false, List.of("doc_id"),
          d -> nowIds.add(d.docId()));
      Map<String, Long> nowCells = new TreeMap<>();
      for (Map<String, Object> row : now.rows()) {
        nowCells.put(key(now.dimensions().stream().map(d -> String.valueOf(row.get(d))).toList()),
            ((Number) row.get("count")).longValue());
      }
      JsonNode es = query.path("elasticsearch");
      out.printf("verify: %s of %s (%s, index %s, %s morphology) against index %s now%n", query.path("count").asText("documents"),
          query.path("created_at").asText(), query.path("tool").asText(), es.path("index").asText(), es.path("morphology").asText(),
          config.index());
      out.printf("query: %s%n", query.path("query_string").asText().isEmpty() ? "(everything)"
          : URLDecoder.decode(query.path("query_string").asText(), StandardCharsets.UTF_8));
      Set<String> added = new TreeSet<>(nowIds);
      added.removeAll(thenIds);
      Set<String> removed = new TreeSet<>(thenIds);
      removed.removeAll(nowIds);
      out.printf("decisions: %d then, %d now: %d added, %d removed%n", thenIds.size(), nowIds.size(), added.size(), removed.size());
      added.stream().limit(50).forEach(id -> out.println("  + " + id));
      removed.stream().limit(50).forEach(id -> out.println("  - " + id));
      Set<String> keys = new TreeSet<>(thenCells.keySet());
      keys.addAll(nowCells.keySet());
      List<String> moved = new ArrayList<>();
      for (String k : keys) {
        long a = thenCells.getOrDefault(k, 0L);
        long b = nowCells.getOrDefault(k, 0L);
        if (a != b) {
          moved.add(String.format("  %s: %d → %d (%+d)", k, a, b, b - a));
        }
      }
      out.printf("cells: %d of %d moved%n", moved.size(), keys.size());
      moved.forEach(out::println);
      boolean same = added.isEmpty() && removed.isEmpty() && moved.isEmpty();
      out.println(same ? "the count stands as published" : "the count changed");
      return same ? 0 : 1;
    }
  }

  private static String key(List<String> values) {
    return String.join(" · ", values);
  }

  private static InputStream stream(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new IOException("no " + name + " in it");
    }
    return zip.getInputStream(e);
  }

  private static byte[] read(ZipFile zip, String name) throws IOException {
    try (InputStream in = stream(zip, name)) {
      return in.readAllBytes();
    }
  }

  private static Map<String, Long> cells(ZipFile zip) throws IOException {
    Map<String, Long> cells = new TreeMap<>();
    try (CSVParser p = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(withoutBom(stream(zip, MethodologyPackage.TABLE)))) {
      List<String> header = p.getHeaderNames();
      for (CSVRecord r : p) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < header.size() - 1; i++) {
          values.add(unsafe(r.get(i)));
        }
        cells.put(key(values), Long.parseLong(r.get(header.size() - 1)));
      }
    }
    return cells;
  }

  /** A table of a package, its byte-order mark (written for spreadsheets; packages before 0.1 had none on decisions.csv) skipped. */
  private static Reader withoutBom(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    r.mark(1);
    if (r.read() != '\ufeff') {
      r.reset();
    }
    return r;
  }

  /** The table's cells were made safe for spreadsheets (a leading ' before =, +, -, @): read them back as stored. */
  private static String unsafe(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
  }

  private static Set<String> ids(ZipFile zip) throws IOException {
    Set<String> ids = new HashSet<>();
    try (CSVParser p = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(withoutBom(stream(zip, MethodologyPackage.DECISIONS)))) {
      for (CSVRecord r : p) {
        ids.add(r.get("doc_id"));
      }
    }
    return ids;
  }
}
