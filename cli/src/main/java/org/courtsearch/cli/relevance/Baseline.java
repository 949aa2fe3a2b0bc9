package org.courtsearch.cli.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courtsearch.cli.relevance.Evaluation.Scores;
import org.courtsearch.cli.relevance.Evaluation.VariantResult;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.IndexContract;

/**
 * The scores the relevance set must keep ({@code relevance/baseline.json}): per variant and
 * corpus, mean precision@10, recall and nDCG@10 as last accepted. A run fails when any of them
 * drops by more than {@link #TOLERANCE}, or when the default morphology no longer ranks best.
 */
public final class Baseline {
  /** Room for ties that reorder between Elasticsearch versions; a real regression moves more. */
  public static final double TOLERANCE = 0.005;

  private Baseline() {}

  public static void write(Path file, List<VariantResult> results) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("_comment", "Written by `courtsearch relevance --write-baseline`; checked by the relevance test in CI. "
        + "Raise it when a change improves the scores; never lower it to make a change pass.");
    root.put("default_morphology", IndexContract.DEFAULT_MORPHOLOGY);
    ObjectNode variants = root.putObject("variants");
    for (VariantResult r : results) {
      ObjectNode v = variants.putObject(r.variant().name());
      put(v.putObject("all"), r.all());
      for (Map.Entry<String, Scores> e : r.byCorpus().entrySet()) {
        put(v.putObject(e.getKey()), e.getValue());
      }
    }
    try {
      Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode node, Scores s) {
    node.put("precision_at_10", round(s.precisionAt10()));
    node.put("recall", round(s.recall()));
    node.put("ndcg_at_10", round(s.ndcgAt10()));
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  /** What fell below the baseline, and whether the default still wins; empty when all is well. */
  public static List<String> check(Path file, List<VariantResult> results) {
    List<String> problems = new ArrayList<>();
    JsonNode baseline;
    try {
      baseline = Json.mapper().readTree(file.toFile()).path("variants");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the relevance baseline " + file, e);
    }
    for (VariantResult r : results) {
      JsonNode v = baseline.path(r.variant().name());
      if (v.isMissingNode()) {
        continue;
      }
      compare(problems, r.variant().name() + " (all)", v.path("all"), r.all());
      for (Map.Entry<String, Scores> e : r.byCorpus().entrySet()) {
        compare(problems, r.variant().name() + " (" + e.getKey() + ")", v.path(e.getKey()), e.getValue());
      }
    }
    problems.addAll(defaultWins(results));
    return problems;
  }

  /**
   * The default morphology must have the best mean nDCG@10 among the morphologies (query
   * expansion aside), within {@link #TOLERANCE}.
   */
  public static List<String> defaultWins(List<VariantResult> results) {
    VariantResult def = results.stream()
        .filter(r -> !r.variant().related() && r.variant().morphology().equals(IndexContract.DEFAULT_MORPHOLOGY))
        .findFirst().orElse(null);
    if (def == null) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    for (VariantResult r : results) {
      if (!r.variant().related() && r.all().ndcgAt10() > def.all().ndcgAt10() + TOLERANCE) {
        problems.add(String.format(Locale.ROOT, "%s ranks better than the default %s: nDCG@10 %.4f > %.4f",
            r.variant().name(), def.variant().name(), r.all().ndcgAt10(), def.all().ndcgAt10()));
      }
    }
    return problems;
  }

  private static void compare(List<String> problems, String what, JsonNode expected, Scores actual) {
    check(problems, what, "precision@10", expected.path("precision_at_10"), actual.precisionAt10());
    check(problems, what, "recall", expected.path("recall"), actual.recall());
    check(problems, what, "nDCG@10", expected.path("ndcg_at_10"), actual.ndcgAt10());
  }

  private static void check(List<String> problems, String what, String metric, JsonNode expected, double actual) {
    if (expected.isNumber() && actual < expected.asDouble() - TOLERANCE) {
      problems.add(String.format(Locale.ROOT, "%s %s fell from %.4f to %.4f", what, metric, expected.asDouble(), actual));
    }
  }
}
