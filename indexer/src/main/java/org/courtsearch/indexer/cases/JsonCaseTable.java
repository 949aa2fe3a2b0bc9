package org.courtsearch.indexer.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.es.Json;
import org.courtsearch.indexer.sidecar.CaseCards;

/**
 * A JSON or JSON Lines table of cases, told by its first object's shape: a sudrfparser run
 * ({@code cases[]} with the court, {@link SudrfParserCases}), sudrfscraper's lines ({@code
 * caseNumber} with {@code entryDate} or {@code CUI}, and the steps of each case, {@link
 * SudrfScraperRows}), or our metadata table ({@link MetadataRows}). A line that is not JSON is
 * warned of and the rest read.
 */
final class JsonCaseTable {
  private JsonCaseTable() {}

  static Optional<ScraperFiles.Table> read(String content, String path, LocalDate fileDay, IntFunction<String> region,
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
    List<ScraperFiles.RowText> texts = new ArrayList<>();
    int leftOut = 0;
    String shape;
    if (first.has("cases") && (first.has("court_name") || first.has("court_id"))) {
      shape = "sudrfparser-json";
      int row = 0;
      for (JsonNode run : nodes) {
        JsonNode list = run.path("cases"); // an array, or an object of cases by id
        for (JsonNode c : list) {
          row++;
          SudrfParserCases.add(run, c, path + "#" + row, fileDay, cases, texts);
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
            values.put(ScraperFiles.key(e.getKey()), e.getValue().asText().trim());
          }
        });
        if (values.containsKey("name") && !values.containsKey("court_name")) {
          values.put("court_name", values.get("name"));
        }
        List<CaseFacts.Event> events = new ArrayList<>();
        for (JsonNode s : node.path("steps")) {
          events.add(new CaseFacts.Event(ScraperFiles.text(s, "eventName"), CourtPages.date(ScraperFiles.text(s, "eventDate")),
              ScraperFiles.text(s, "eventTime"), ScraperFiles.text(s, "eventPlace"), ScraperFiles.text(s, "eventResult"),
              ScraperFiles.text(s, "eventResultReason"), ScraperFiles.text(s, "additionalInfo"),
              CourtPages.date(ScraperFiles.text(s, "publishedDate"))));
        }
        SudrfScraperRows.add(values, events, path + "#" + row, fileDay, region, cases, texts);
      }
    } else if (CaseCards.isCardTable(fieldNames(first), declared)) {
      shape = "metadata-jsonl";
      int row = 0;
      for (JsonNode node : nodes) {
        row++;
        if (!MetadataRows.add(CaseCards.columns(node), path + "#" + row, fileDay, cases)) {
          leftOut++;
        }
      }
    } else {
      return Optional.empty();
    }
    return Optional.of(new ScraperFiles.Table(shape, cases, texts, warnings, leftOut));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
