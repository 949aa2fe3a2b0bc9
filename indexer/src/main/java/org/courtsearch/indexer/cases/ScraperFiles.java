package org.courtsearch.indexer.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.core.text.Tables;
import org.courtsearch.indexer.metadata.CardArticles;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.indexer.sidecar.CaseCard;
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
   * @param leftOut rows not counted as cases: cards that name no court (see {@link #facts})
   */
  public record Table(String shape, List<CaseFacts> cases, List<RowText> texts, List<String> warnings, int leftOut) {}

  private static final Map<String, String> SCRAPER_INSTANCE = Map.of(
      "FIRST", "first", "APPEAL", "appeal", "SECOND", "appeal", "CASSATION", "cassation", "THIRD", "cassation");

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
        return json(content, path, fileDay, region, declared);
      }
      return csv(content, path, fileDay, region, declared);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- CSV ----

  private static Optional<Table> csv(String content, String path, LocalDate fileDay, IntFunction<String> region,
      boolean declared) throws IOException {
    String firstLine = content.lines().findFirst().orElse("");
    char delimiter = Tables.delimiter(firstLine);
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(content))) {
      Map<String, String> columns = new HashMap<>();
      for (String h : parser.getHeaderNames()) {
        columns.put(key(h), h);
      }
      boolean scraper = columns.containsKey("casenumber") && columns.containsKey("entrydate");
      boolean ours = !scraper && CaseCards.isCardTable(columns.keySet(), declared);
      if (!scraper && !ours) {
        return Optional.empty();
      }
      List<CaseFacts> cases = new ArrayList<>();
      List<RowText> texts = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      int row = 0;
      int leftOut = 0;
      for (CSVRecord record : parser) {
        row++;
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : record.toMap().entrySet()) {
          if (e.getValue() != null && !e.getValue().isBlank()) {
            values.put(key(e.getKey()), e.getValue().trim());
          }
        }
        String where = path + "#" + row;
        if (!record.isConsistent()) {
          warnings.add(where + ": " + record.size() + " columns where the header has " + columns.size());
        }
        if (scraper) {
          scraperRow(values, List.of(), where, fileDay, region, cases, texts);
        } else if (!oursRow(values, where, fileDay, cases)) {
          leftOut++;
        }
      }
      return Optional.of(new Table(scraper ? "sudrfscraper-csv" : "metadata-csv", cases, texts, warnings, leftOut));
    }
  }

  // ---- JSON ----

  private static Optional<Table> json(String content, String path, LocalDate fileDay, IntFunction<String> region,
      boolean declared) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String trimmed = content.strip();
    JsonNode whole = null;
    try {
      whole = Json.mapper().readTree(trimmed);
    } catch (IOException e) {
      // JSON Lines: one object per line
    }
    if (whole != null && (trimmed.indexOf('\n') < 0 || whole.isArray() || whole.has("cases"))) {
      if (whole.isArray()) {
        whole.forEach(nodes::add);
      } else {
        nodes.add(whole);
      }
    } else {
      nodes.addAll(Json.lines(content,
          (n, message) -> warnings.add(path + " line " + n + " is not JSON: " + message.lines().findFirst().orElse(""))));
    }
    if (nodes.isEmpty()) {
      return Optional.empty();
    }
    JsonNode first = nodes.get(0);
    List<CaseFacts> cases = new ArrayList<>();
    List<RowText> texts = new ArrayList<>();
    int leftOut = 0;
    String shape;
    if (first.has("cases") && (first.has("court_name") || first.has("court_id"))) {
      shape = "sudrfparser-json";
      int row = 0;
      for (JsonNode run : nodes) {
        JsonNode list = run.path("cases");
        List<JsonNode> items = new ArrayList<>();
        if (list.isArray()) {
          list.forEach(items::add);
        } else {
          list.forEach(items::add);
        }
        for (JsonNode c : items) {
          row++;
          parserCase(run, c, path + "#" + row, fileDay, cases, texts);
        }
      }
    } else if (first.has("caseNumber") && (first.has("entryDate") || first.has("CUI"))) {
      shape = "sudrfscraper-jsonl";
      int row = 0;
      for (JsonNode node : nodes) {
        row++;
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
          if (e.getValue().isValueNode() && !e.getValue().isNull() && !e.getValue().asText().isBlank()) {
            values.put(key(e.getKey()), e.getValue().asText().trim());
          }
        });
        if (values.containsKey("name") && !values.containsKey("court_name")) {
          values.put("court_name", values.get("name"));
        }
        List<CaseFacts.Event> events = new ArrayList<>();
        for (JsonNode s : node.path("steps")) {
          events.add(new CaseFacts.Event(text(s, "eventName"), CourtPages.date(text(s, "eventDate")), text(s, "eventTime"),
              text(s, "eventPlace"), text(s, "eventResult"), text(s, "eventResultReason"), text(s, "additionalInfo"),
              CourtPages.date(text(s, "publishedDate"))));
        }
        scraperRow(values, events, path + "#" + row, fileDay, region, cases, texts);
      }
    } else if (CaseCards.isCardTable(fieldNames(first), declared)) {
      shape = "metadata-jsonl";
      int row = 0;
      for (JsonNode node : nodes) {
        row++;
        if (!oursRow(CaseCards.columns(node), path + "#" + row, fileDay, cases)) {
          leftOut++;
        }
      }
    } else {
      return Optional.empty();
    }
    return Optional.of(new Table(shape, cases, texts, warnings, leftOut));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  // ---- rows ----

  /** A row of sudrfscraper (CSV column names and JSON keys lower-cased alike). */
  private static void scraperRow(Map<String, String> v, List<CaseFacts.Event> events, String where, LocalDate fileDay,
      IntFunction<String> region, List<CaseFacts> cases, List<RowText> texts) {
    String number = v.get("casenumber");
    String uid = Optional.ofNullable(v.get("cui")).flatMap(CaseNumbers::uid).orElse(null);
    String instance = v.get("instance") == null ? null : SCRAPER_INSTANCE.get(v.get("instance").toUpperCase(Locale.ROOT));
    boolean review = Instance.isReview(instance);
    String proceeding = number == null ? null
        : Proceeding.ofCaseNumber(CaseNumbers.normalise(number)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
    List<CaseFacts.Defendant> defendants = persons(v.get("names"), proceeding);
    List<String> articles = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (CaseFacts.Defendant d : defendants) {
      d.articles().stream().filter(a -> !articles.contains(a)).forEach(articles::add);
      d.articlesPart().stream().filter(p -> !parts.contains(p)).forEach(parts::add);
    }
    String result = v.get("decision");
    LocalDate decided = CourtPages.date(v.get("resultdate"));
    String kind = result != null || decided != null ? CaseResult.classify(result == null ? "рассмотрено" : result, review).value()
        : null; // silence on the result is not news: the record is pending only if no source decides it
    String regionName = null;
    if (v.get("region") != null && v.get("region").matches("\\d{1,2}")) {
      regionName = region.apply(Integer.parseInt(v.get("region")));
    }
    List<CaseFacts.ActLink> acts = new ArrayList<>();
    String link = v.getOrDefault("link_text", v.get("link_text_and_meta"));
    if (link != null) {
      acts.add(new CaseFacts.ActLink(null, null, null, null, link));
    }
    cases.add(new CaseFacts(SourceKind.SCRAPER.value(), where, fileDay, List.of(), v.get("court_name"), null, null, regionName,
        null, proceeding, instance, number, uid, CourtPages.date(v.get("entrydate")), v.get("judge"), null, decided, result, kind,
        articles, parts, defendants, events, List.of(), null, acts, List.of()));
    String text = v.get("text");
    if (text != null && text.length() > 200) {
      Map<String, String> card = new LinkedHashMap<>();
      putIf(card, "Уникальный идентификатор дела", uid);
      putIf(card, "Судья", v.get("judge"));
      putIf(card, "Дата рассмотрения", v.get("resultdate"));
      texts.add(new RowText(where.substring(where.lastIndexOf('#')), text, card));
    }
  }

  private static void parserCase(JsonNode run, JsonNode c, String where, LocalDate fileDay, List<CaseFacts> cases,
      List<RowText> texts) {
    JsonNode m = c.path("metadata");
    String number = text(m, "id_text");
    String uid = Optional.ofNullable(text(m, "uid_2")).flatMap(CaseNumbers::uid).orElse(null);
    List<CaseFacts.Defendant> defendants = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (JsonNode a : m.path("accused")) {
      List<String> written = new ArrayList<>();
      a.path("article").forEach(x -> written.add(x.asText()));
      String joined = String.join("; ", written);
      CardArticles.Parsed parsed = CardArticles.parse(joined, "УК РФ");
      parsed.articles().stream().filter(x -> !articles.contains(x)).forEach(articles::add);
      parsed.parts().stream().filter(x -> !parts.contains(x)).forEach(parts::add);
      defendants.add(new CaseFacts.Defendant(text(a, "name"), joined, parsed.articles(), parsed.parts(), null, null, null));
    }
    String result = text(m, "decision_result");
    String kind = result == null ? null : CaseResult.classify(result, false).value();
    cases.add(new CaseFacts(SourceKind.SCRAPER.value(), where, fileDay, List.of(), text(run, "court_name"), null, null, null, null,
        "criminal", Instance.FIRST.value(), number, uid, CourtPages.date(text(m, "adm_date")), text(m, "judge"), null, null,
        result, kind, articles, parts, defendants, List.of(), List.of(), null, List.of(), List.of()));
    String body = text(c, "case_text");
    if (body != null && body.length() > 200) {
      Map<String, String> card = new LinkedHashMap<>();
      putIf(card, "Уникальный идентификатор дела", uid);
      putIf(card, "Судья", text(m, "judge"));
      texts.add(new RowText(where.substring(where.lastIndexOf('#')), body, card));
    }
  }

  /** A row of a metadata table (see {@code CaseCards} for its columns); false when it is not counted as a case. */
  private static boolean oursRow(Map<String, String> v, String where, LocalDate fileDay, List<CaseFacts> cases) {
    CaseFacts f = facts(CaseCards.card(v), where, fileDay);
    if (f != null) {
      cases.add(f);
    }
    return f != null;
  }

  /**
   * What a case card of a metadata table says of its case: the tables found among the files and
   * the index command's {@code --metadata} file alike. Null when the card names no court: a case is
   * known by its court and number (or УИД and court), and a card without one would count as a case
   * of its own beside the decision it describes; such cards only enrich the decisions they match.
   */
  public static CaseFacts facts(CaseCard card, String where, LocalDate fileDay) {
    if (isBlank(card.court()) && isBlank(card.courtCode())) {
      return null;
    }
    String number = card.caseNumber();
    String uid = Optional.ofNullable(card.uid()).flatMap(CaseNumbers::uid).orElse(null);
    String proceeding = number == null ? null
        : Proceeding.ofCaseNumber(CaseNumbers.normalise(number)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
    CardArticles.Parsed parsed = card.articles().isEmpty() ? new CardArticles.Parsed(List.of(), List.of())
        : CardArticles.parse(String.join("; ", card.articles()), CourtPages.defaultCode(proceeding));
    String result = card.result();
    return new CaseFacts(SourceKind.METADATA.value(), where, fileDay, List.of(), card.court(), card.courtCode(), null,
        card.region(), null, proceeding, null, number, uid, CourtPages.date(card.received()), card.judge(), null,
        CourtPages.date(card.decisionDate()), result, result == null ? null : CaseResult.classify(result, false).value(),
        parsed.articles(), parsed.parts(), List.of(), List.of(), List.of(), null, List.of(), List.of());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** «ФИО1 - ст.337 ч.5 УК РФ» per line (a listing's column as scrapers copy it); a line without a dash is articles only. */
  static List<CaseFacts.Defendant> persons(String names, String proceeding) {
    List<CaseFacts.Defendant> out = new ArrayList<>();
    if (names == null) {
      return out;
    }
    for (String line : names.split("\\s*(?:\n|\\|\\|)\\s*")) {
      if (line.isBlank()) {
        continue;
      }
      int dash = line.indexOf(" - ");
      String label = dash > 0 ? line.substring(0, dash).trim() : null;
      String written = dash > 0 ? line.substring(dash + 3).trim() : line.trim();
      CardArticles.Parsed parsed = CardArticles.parse(written, CourtPages.defaultCode(proceeding));
      if (parsed.articles().isEmpty() && label == null) {
        continue;
      }
      out.add(new CaseFacts.Defendant(label, written, parsed.articles(), parsed.parts(), null, null, null));
    }
    return out;
  }

  private static String first(Map<String, String> v, String... keys) {
    for (String k : keys) {
      if (v.get(k) != null) {
        return v.get(k);
      }
    }
    return null;
  }

  private static void putIf(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static String key(String header) {
    return header.replace("\ufeff", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
