package org.courtsearch.indexer.cases;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.text.Tables;
import org.courtsearch.indexer.sidecar.CaseCards;

/**
 * A CSV table of cases, told by its header: sudrfscraper's ({@code caseNumber} and {@code
 * entryDate} among its columns, rows read by {@link SudrfScraperRows}) or our metadata table's
 * ({@link MetadataRows}). Any delimiter {@link Tables#delimiter} knows; a row whose column count
 * differs from the header's is read and warned of.
 */
final class CsvCaseTable {
  private CsvCaseTable() {}

  static Optional<ScraperFiles.Table> read(String content, String path, LocalDate fileDay, IntFunction<String> region,
      boolean declared) throws IOException {
    String firstLine = content.lines().findFirst().orElse("");
    char delimiter = Tables.delimiter(firstLine);
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(content))) {
      Map<String, String> columns = new HashMap<>();
      for (String h : parser.getHeaderNames()) {
        columns.put(ScraperFiles.key(h), h);
      }
      boolean scraper = columns.containsKey("casenumber") && columns.containsKey("entrydate");
      boolean ours = !scraper && CaseCards.isCardTable(columns.keySet(), declared);
      if (!scraper && !ours) {
        return Optional.empty();
      }
      List<CaseFacts> cases = new ArrayList<>();
      List<ScraperFiles.RowText> texts = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      int row = 0;
      int leftOut = 0;
      for (CSVRecord record : parser) {
        row++;
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : record.toMap().entrySet()) {
          if (e.getValue() != null && !e.getValue().isBlank()) {
            values.put(ScraperFiles.key(e.getKey()), e.getValue().trim());
          }
        }
        String where = path + "#" + row;
        if (!record.isConsistent()) {
          warnings.add(where + ": " + record.size() + " columns where the header has " + columns.size());
        }
        if (scraper) {
          SudrfScraperRows.add(values, List.of(), where, fileDay, region, cases, texts);
        } else if (!MetadataRows.add(values, where, fileDay, cases)) {
          leftOut++;
        }
      }
      return Optional.of(new ScraperFiles.Table(scraper ? "sudrfscraper-csv" : "metadata-csv", cases, texts, warnings, leftOut));
    }
  }
}
