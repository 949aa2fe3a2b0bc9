package org.courtsearch.core.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Tables people save and hand over: CSV separated by commas, by semicolons (what a spreadsheet
 * writes under Russian settings, where the comma is the decimal sign) or by tabs.
 */
public final class Tables {
  private Tables() {}

  /** The separator of a table's columns, told from its first line. */
  public static char delimiter(String firstLine) {
    long commas = firstLine.chars().filter(c -> c == ',').count();
    long semicolons = firstLine.chars().filter(c -> c == ';').count();
    long tabs = firstLine.chars().filter(c -> c == '\t').count();
    return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
  }

  /**
   * Column {@code column} (from 1) of every row, a row without it giving an empty value; a byte
   * order mark is dropped. A column below 1 or text that is not CSV: {@link IllegalArgumentException}.
   */
  public static List<String> column(String text, int column) {
    if (column < 1) {
      throw new IllegalArgumentException("columns are counted from 1, not " + column);
    }
    String body = text.replace("\ufeff", "");
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(body.lines().findFirst().orElse(""))).get();
    List<String> out = new ArrayList<>();
    try {
      for (CSVRecord r : format.parse(new StringReader(body))) {
        out.add(column - 1 < r.size() ? r.get(column - 1) : "");
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException("not a readable CSV: " + e.getMessage(), e);
    }
    return out;
  }
}
