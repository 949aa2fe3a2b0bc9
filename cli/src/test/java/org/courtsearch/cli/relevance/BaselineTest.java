package org.courtsearch.cli.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.courtsearch.cli.relevance.Evaluation.Scores;
import org.courtsearch.cli.relevance.Evaluation.Variant;
import org.courtsearch.cli.relevance.Evaluation.VariantResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static VariantResult result(String morphology, double ndcg) {
    Scores s = new Scores(0.5, 0.9, ndcg, 10);
    return new VariantResult(new Variant(morphology, morphology, false), s, Map.of("real", s), List.of(), List.of());
  }

  @Test
  void unchangedScoresPass() {
    Path file = dir.resolve("baseline.json");
    List<VariantResult> now = List.of(result("snowball", 0.80), result("lemma", 0.85));
    Baseline.write(file, now);
    assertEquals(List.of(), Baseline.check(file, now));
  }

  @Test
  void aDropBeyondTheToleranceIsARegression() {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, List.of(result("snowball", 0.80), result("lemma", 0.85)));
    List<String> problems = Baseline.check(file, List.of(result("snowball", 0.80), result("lemma", 0.83)));
    assertEquals(2, problems.size(), problems.toString()); // all and real
    assertTrue(problems.get(0).contains("lemma (all) nDCG@10 fell from 0.8500 to 0.8300"), problems.toString());
    assertEquals(List.of(), Baseline.check(file, List.of(result("snowball", 0.80), result("lemma", 0.848))));
  }

  @Test
  void theDefaultMustRankBest() {
    List<String> problems = Baseline.defaultWins(List.of(result("snowball", 0.90), result("lemma", 0.85)));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("snowball ranks better than the default lemma"), problems.get(0));
  }
}
