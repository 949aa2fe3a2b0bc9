package org.courtsearch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.text.Tables;
import org.courtsearch.query.QueryException;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.batch.BatchSearch;
import org.courtsearch.search.batch.BatchTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Count the decisions each line of a list matches (names, case numbers, УИДs, phrases; one query a "
        + "line, or a column of a CSV), under the same filters for all, and write a CSV with a row a line.",
        "A line that cannot run gets its reason in its row; the batch goes on."})
final class BatchCommand implements Callable<Integer> {
  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the list: one query a line (UTF-8), or a CSV with --column")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv",
      description = "where the counts go: CSV, or XLSX when the name ends in .xlsx")
  Path out;

  @Option(names = "--column", paramLabel = "N", description = "read the list from column N (from 1) of a CSV file")
  Integer column;

  @Option(names = "--filter", paramLabel = "NAME=VALUE",
      description = "a filter of the search API for every line (repeatable), e.g. --filter court_kind=garrison_military "
          + "--filter from=2024-01-01 --filter article='УК РФ 337'")
  List<String> filter = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Config config = top.config();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String f : filter) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--filter takes NAME=VALUE, not '" + f + "'");
      }
      filters.computeIfAbsent(f.substring(0, eq).trim(), k -> new ArrayList<>()).add(f.substring(eq + 1).trim());
    }
    List<String> lines = column == null ? Files.readAllLines(file, StandardCharsets.UTF_8) : column(file, column);
    try (Cluster cluster = Cluster.connect(config)) {
      List<BatchSearch.Row> rows = new BatchSearch(DecisionIndex.of(cluster.client, config.index())).count(lines, filters);
      List<BatchTable.Row> table = BatchTable.rows(rows, filters);
      if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        try (OutputStream os = Files.newOutputStream(out)) {
          BatchTable.xlsx(table, os);
        }
      } else {
        try (OutputStream os = Files.newOutputStream(out)) {
          BatchTable.csv(table, os);
        }
      }
      long failed = rows.stream().filter(r -> r.error() != null).count();
      spec.commandLine().getOut().printf("%d lines counted, %d with a reason instead of a count; written to %s%n",
          rows.size() - failed, failed, out);
      return 0;
    } catch (QueryException e) {
      spec.commandLine().getErr().println("courtsearch batch: " + e.getMessage());
      return 2;
    }
  }

  private static List<String> column(Path file, int column) throws IOException {
    if (column < 1) {
      throw new IllegalArgumentException("--column counts from 1");
    }
    return Tables.column(Files.readString(file, StandardCharsets.UTF_8), column);
  }
}
