package org.courtsearch.indexer.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.indexer.sidecar.CaseCards;

/**
 * Tables of cases written by common scrapers of court sites, recognised by their shape, not their
 * file name: sudrfscraper's CSV ({@code id;region;instance;court_name;caseNumber;entryDate;…})
 * and JSON Lines ({@code CUI, caseNumber, entryDate, steps[]…}), sudrfparser's JSON (a run with
 * {@code cases[]}, each with {@code metadata.adm_date, accused[]…}), and our own {@code
 * --metadata} table (CSV or JSON Lines with {@code case_number}, {@code court}, {@code uid}…).
 * Each row is a case's facts; a row that carries the act's text also gives a decision.
 */
public final class ScraperFiles {
  private ScraperFiles() {}

  /** An act's text a row carried, with the card fields the metadata reader understands. */
  public record RowText(String key, String text, Map<String, String> card) {}

  /**
   * @param shape which writer's shape was recognised
   * @param leftOut rows not counted as cases: cards that name no court (see {@link MetadataRows#facts})
   */
  public record Table(String shape, List<CaseFacts> cases, List<RowText> texts, List<String> warnings, int leftOut) {}

  /**
   * The rows of a scraper's file, if its content has one of the known shapes.
   *
   * @param declared the file was given as a table of case cards (see {@link CaseCards#isCardTable})
   */
  public static Optional<Table> read(byte[] bytes, String path, LocalDate fileDay, IntFunction<String> region, boolean declared) {
    String content = new String(bytes, StandardCharsets.UTF_8).replace("\ufeff", "");
    String head = content.stripLeading();
    try {
      if (head.startsWith("{") || head.startsWith("[")) {
        return JsonCaseTable.read(content, path, fileDay, region, declared);
      }
      return CsvCaseTable.read(content, path, fileDay, region, declared);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON field's text, trimmed; null when it is missing, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  static void putIf(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A column name or JSON key as the row readers look it up: lower case, spaces and dashes as {@code _}. */
  static String key(String header) {
    return header.replace("\ufeff", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
