package org.courtsearch.cli.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.text.RussianText;

/**
 * The relevance test set ({@code relevance/queries.jsonl}): queries an investigator types,
 * each with its judged relevant decisions. For the real-sample corpus the judgments name the
 * files, graded 2 (what the query is about) or 1 (relevant); for the generated corpus they
 * are a rule over each decision's ground truth ({@code relevant_if}: every named field must
 * hold one of the listed values), since its texts are written from that truth.
 */
public record RelevanceSet(List<Judged> queries) {
  public static final String GENERATED = "generated";
  public static final String REAL = "real";

  /**
   * @param relevantIf for the generated corpus: field → accepted values
   * @param relevant for the real corpus: file name → grade
   */
  public record Judged(String id, String corpus, String query, String need, Map<String, List<String>> relevantIf,
      Map<String, Integer> relevant) {

    /** Grades of the decisions of a generated corpus, by file path relative to its root. */
    public Map<String, Integer> grades(List<TruthRecord> truth) {
      if (relevantIf.isEmpty()) {
        return relevant;
      }
      Map<String, Integer> out = new LinkedHashMap<>();
      for (TruthRecord d : truth) {
        if (matches(d)) {
          out.put(d.file(), 1);
        }
      }
      return out;
    }

    private boolean matches(TruthRecord d) {
      for (Map.Entry<String, List<String>> rule : relevantIf.entrySet()) {
        List<String> values = values(d, rule.getKey());
        if (values.stream().noneMatch(rule.getValue()::contains)) {
          return false;
        }
      }
      return true;
    }

    private static List<String> values(TruthRecord d, String field) {
      switch (field) {
        case "articles": return d.articles();
        case "articles_part": return d.articlesPart();
        case "punishment": return d.punishment();
        case "outcome": return List.of(d.outcome());
        case "instance": return List.of(d.instance());
        case "doc_type": return List.of(d.docType());
        case "court": return List.of(d.court());
        case "court_kind": return List.of(d.courtKind());
        case "judge_surname": return List.of(RussianText.foldYo(d.judge().split(" ")[0]));
        default: throw new IllegalArgumentException("relevance set: unknown field in relevant_if: " + field);
      }
    }
  }

  public static RelevanceSet load(Path file) {
    List<Judged> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j = Json.mapper().readTree(line);
        String corpus = j.path("corpus").asText();
        if (!corpus.equals(GENERATED) && !corpus.equals(REAL)) {
          throw new IllegalArgumentException(file + ":" + n + ": corpus must be generated or real");
        }
        Map<String, List<String>> rule = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = j.path("relevant_if").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          List<String> values = new ArrayList<>();
          e.getValue().forEach(v -> values.add(v.asText()));
          rule.put(e.getKey(), values);
        }
        Map<String, Integer> relevant = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = j.path("relevant").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          relevant.put(e.getKey(), e.getValue().asInt());
        }
        if (rule.isEmpty() == relevant.isEmpty()) {
          throw new IllegalArgumentException(file + ":" + n + ": give either relevant_if (generated) or relevant (real)");
        }
        out.add(new Judged(j.path("id").asText(), corpus, j.path("query").asText(), j.path("need").asText(),
            Collections.unmodifiableMap(rule), Collections.unmodifiableMap(relevant)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the relevance set " + file, e);
    }
    return new RelevanceSet(List.copyOf(out));
  }

  public List<Judged> of(String corpus) {
    return queries.stream().filter(q -> q.corpus().equals(corpus)).toList();
  }
}
