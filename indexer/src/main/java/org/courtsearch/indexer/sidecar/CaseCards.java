package org.courtsearch.indexer.sidecar;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.text.Tables;
import org.courtsearch.core.cases.CaseNumbers;

/**
 * Case cards from a sidecar file (CSV with a header row, or JSON Lines), matched to decisions
 * by file name, else by case number. Column names may be English or Russian:
 * file/файл, case_number/номер дела, uid/уид, court/суд, court_code, region/регион,
 * decision_date/дата решения, judge/судья, result/результат, articles/статьи, doc_type/вид документа, link/ссылка.
 */
public final class CaseCards {
  private static final Map<String, String> ALIASES = aliases();

  private final Map<String, CaseCard> byFile = new HashMap<>();
  private final Map<String, List<CaseCard>> byCaseNumber = new HashMap<>();
  private final List<CaseCard> cards;
  private final Path source;

  private CaseCards(List<CaseCard> cards, Path source) {
    for (CaseCard card : cards) {
      if (card.file() != null) {
        byFile.put(baseName(card.file()), card);
      }
      if (card.caseNumber() != null) {
        for (String number : CaseNumbers.all(card.caseNumber())) {
          byCaseNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(card);
        }
      }
    }
    this.cards = List.copyOf(cards);
    this.source = source;
  }

  public static CaseCards empty() {
    return new CaseCards(List.of(), null);
  }

  public int size() {
    return cards.size();
  }

  /** The file the cards were read from (none for {@link #empty()}): its cases are facts of the run too. */
  public Optional<Path> source() {
    return Optional.ofNullable(source);
  }

  /** Reads a CSV or JSON Lines file (by its first non-blank character). */
  public static CaseCards load(Path file) {
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      return new CaseCards(content.stripLeading().startsWith("{") ? jsonLines(content, file) : csv(content),
          file.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the metadata file " + file, e);
    }
  }

  /** The card for this decision: by the file's name, else by its case number when that names one card. */
  public Optional<CaseCard> find(String path, String caseNumber) {
    CaseCard byName = byFile.get(baseName(path));
    if (byName != null) {
      return Optional.of(byName);
    }
    if (caseNumber != null) {
      List<CaseCard> cards = byCaseNumber.get(CaseNumbers.normalise(caseNumber));
      if (cards != null && cards.size() == 1) {
        return Optional.of(cards.get(0));
      }
    }
    return Optional.empty();
  }

  private static String baseName(String path) {
    String p = path.replace('\\', '/');
    int bang = p.lastIndexOf("!/");
    if (bang >= 0) {
      p = p.substring(bang + 2);
    }
    return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  private static List<CaseCard> jsonLines(String content, Path file) {
    List<CaseCard> cards = new ArrayList<>();
    for (JsonNode node : Json.lines(content, (n, message) -> {
      throw new IllegalArgumentException(file + " line " + n + " is not JSON: " + message);
    })) {
      cards.add(card(columns(node)));
    }
    return cards;
  }

  private static List<CaseCard> csv(String content) throws IOException {
    List<CaseCard> cards = new ArrayList<>();
    String body = content.replace("\ufeff", "");
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(Tables.delimiter(body.lines().findFirst().orElse("")))
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(body))) {
      for (CSVRecord record : parser) {
        cards.add(card(record.toMap()));
      }
    }
    return cards;
  }

  /** The fields of one JSON object as a table row: an array's items joined by «; », empty values left out. */
  public static Map<String, String> columns(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(x.asText()));
        values.put(e.getKey(), String.join("; ", items));
      } else if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        values.put(e.getKey(), v.asText().trim());
      }
    });
    return values;
  }

  /**
   * A card from one row of a table: columns by any of the names above (English or Russian, any
   * case, spaces or underscores); several articles separated by {@code ;} or {@code |}.
   */
  public static CaseCard card(Map<String, String> columns) {
    Map<String, Object> fields = new HashMap<>();
    for (Map.Entry<String, String> e : columns.entrySet()) {
      String key = ALIASES.get(normaliseKey(e.getKey()));
      if (key != null && e.getValue() != null && !e.getValue().isBlank()) {
        fields.put(key, key.equals("articles") ? List.of(e.getValue().trim().split("\\s*[;|]\\s*")) : e.getValue().trim());
      }
    }
    return ofFields(fields);
  }

  /**
   * Whether a table with these column names holds case cards: it names a case by number or УИД.
   * Declared (the index command's {@code --metadata}): by any of the names above. Found among the
   * files: only by {@code case_number}, {@code номер_дела}, {@code uid} or {@code уид}, so that a
   * table of other things with a «case» or «дело» column (a ground truth, a journalist's notes) is
   * not taken for cards.
   */
  public static boolean isCardTable(Collection<String> columnNames, boolean declared) {
    return columnNames.stream().map(CaseCards::normaliseKey).anyMatch(h -> declared
        ? "case_number".equals(ALIASES.get(h)) || "uid".equals(ALIASES.get(h))
        : STRICT_CARD_COLUMNS.contains(h));
  }

  private static final Set<String> STRICT_CARD_COLUMNS = Set.of("case_number", "номер_дела", "uid", "уид");

  @SuppressWarnings("unchecked")
  private static CaseCard ofFields(Map<String, Object> f) {
    Object articles = f.get("articles");
    return new CaseCard(
        (String) f.get("file"), (String) f.get("case_number"), (String) f.get("uid"), (String) f.get("court"),
        (String) f.get("court_code"), (String) f.get("region"), (String) f.get("decision_date"), (String) f.get("judge"),
        (String) f.get("result"), articles == null ? List.of() : (List<String>) articles, (String) f.get("doc_type"),
        (String) f.get("link"), (String) f.get("received"));
  }

  private static String normaliseKey(String key) {
    return key.replace("\ufeff", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  private static Map<String, String> aliases() {
    Map<String, String> a = new HashMap<>();
    for (String k : new String[] {"file", "file_name", "filename", "path", "файл", "имя_файла"}) {
      a.put(k, "file");
    }
    for (String k : new String[] {"case_number", "case", "number", "номер_дела", "дело", "номер"}) {
      a.put(k, "case_number");
    }
    for (String k : new String[] {"uid", "уид", "уникальный_идентификатор_дела"}) {
      a.put(k, "uid");
    }
    for (String k : new String[] {"court", "court_name", "суд", "наименование_суда"}) {
      a.put(k, "court");
    }
    a.put("court_code", "court_code");
    a.put("код_суда", "court_code");
    for (String k : new String[] {"region", "регион", "субъект_рф"}) {
      a.put(k, "region");
    }
    for (String k : new String[] {"decision_date", "date", "дата_решения", "дата_рассмотрения", "дата"}) {
      a.put(k, "decision_date");
    }
    for (String k : new String[] {"judge", "судья"}) {
      a.put(k, "judge");
    }
    for (String k : new String[] {"result", "результат", "результат_рассмотрения"}) {
      a.put(k, "result");
    }
    for (String k : new String[] {"articles", "article", "статьи", "статья", "перечень_статей"}) {
      a.put(k, "articles");
    }
    for (String k : new String[] {"doc_type", "document_type", "вид_документа", "тип"}) {
      a.put(k, "doc_type");
    }
    for (String k : new String[] {"link", "url", "ссылка"}) {
      a.put(k, "link");
    }
    for (String k : new String[] {"received", "receipt_date", "entry_date", "дата_поступления"}) {
      a.put(k, "received");
    }
    return a;
  }
}
