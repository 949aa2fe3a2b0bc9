package org.courtsearch.cli.relevance;

import java.util.List;
import java.util.Map;

/**
 * Ranking measures over a ranked list of documents and graded judgments (grade 0 or absent:
 * not relevant). Precision and recall count any grade above 0; nDCG uses the gain 2^grade − 1.
 */
public final class Metrics {
  private Metrics() {}

  /** Relevant documents among the first {@code k}, divided by {@code k} (not by the number retrieved). */
  public static double precisionAt(int k, List<String> ranked, Map<String, Integer> grades) {
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) {
        hits++;
      }
    }
    return hits / (double) k;
  }

  /** Share of the relevant documents that were retrieved at all; 1 when none is relevant. */
  public static double recall(List<String> ranked, Map<String, Integer> grades) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 1;
    }
    long found = ranked.stream().filter(d -> grades.getOrDefault(d, 0) > 0).count();
    return found / (double) relevant;
  }

  /** Normalised discounted cumulative gain of the first {@code k}; 1 when none is relevant. */
  public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 1 : dcg / idcg;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
