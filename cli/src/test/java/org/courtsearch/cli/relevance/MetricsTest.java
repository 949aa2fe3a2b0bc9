package org.courtsearch.cli.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 1);

  @Test
  void precisionCountsAnyGradeAndDividesByK() {
    assertEquals(0.2, Metrics.precisionAt(10, List.of("a", "x", "b"), GRADES), 1e-9);
    assertEquals(0.5, Metrics.precisionAt(2, List.of("x", "c", "a"), GRADES), 1e-9);
  }

  @Test
  void recallIsTheShareOfRelevantRetrievedAnywhere() {
    assertEquals(2 / 3.0, Metrics.recall(List.of("x", "y", "a", "z", "c"), GRADES), 1e-9);
    assertEquals(0, Metrics.recall(List.of(), GRADES), 1e-9);
  }

  @Test
  void ndcgIsOneForTheIdealOrderAndLowerWhenTheBestComesLate() {
    assertEquals(1.0, Metrics.ndcgAt(10, List.of("a", "b", "c"), GRADES), 1e-9);
    assertEquals(1.0, Metrics.ndcgAt(10, List.of("a", "c", "b", "x"), GRADES), 1e-9);
    // ideal DCG: 3/1 + 1/log2(3) + 1/2; the list x, a: 3/log2(3)
    double ideal = 3 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
    assertEquals(3 / (Math.log(3) / Math.log(2)) / ideal, Metrics.ndcgAt(10, List.of("x", "a"), GRADES), 1e-9);
    assertEquals(0, Metrics.ndcgAt(10, List.of("x", "y"), GRADES), 1e-9);
  }
}
