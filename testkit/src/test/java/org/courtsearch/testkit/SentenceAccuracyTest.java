package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;
import org.junit.jupiter.api.Test;

/**
 * A corpus with every variant switched on ({@link Variant#random}): each field of a convicted person's sentence must be
 * right for at least 99% of the persons who have it, and null — never another value — for those who do not.
 */
class SentenceAccuracyTest {
  static final int DECISIONS = 3_000;

  static final Map<String, Function<Sentence, Object>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("service_basis", Sentence::serviceBasis);
    FIELDS.put("unit", Sentence::unit);
    FIELDS.put("rank", Sentence::rank);
    FIELDS.put("punishment", Sentence::punishment);
    FIELDS.put("term_months", Sentence::termMonths);
    FIELDS.put("suspended", Sentence::suspended);
    FIELDS.put("probation_months", Sentence::probationMonths);
    FIELDS.put("fine_roubles", Sentence::fineRoubles);
    FIELDS.put("additional", Sentence::additional);
    FIELDS.put("art64", Sentence::art64);
    FIELDS.put("art73", Sentence::art73);
  }

  @Test
  void everyFieldIsRightForNinetyNinePercentOfThePersonsWhoHaveItAndNullForTheOthers() {
    DecisionTexts texts = new DecisionTexts(new Random(20261207L), CourtDirectory.shared(), true);
    Random variants = new Random(7L);
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    Map<String, int[]> tally = new LinkedHashMap<>(); // have, right, wrongWhereNone
    FIELDS.keySet().forEach(f -> tally.put(f, new int[3]));
    List<String> examples = new ArrayList<>();
    int persons = 0;
    for (int i = 0; i < DECISIONS; i++) {
      GeneratedDecision d = texts.next(Variant.random(variants));
      DecisionMetadata m = metadata.extract(d.text(), Map.of());
      assertEquals(d.sentences().size(), m.sentences().size(), "persons convicted in " + d.text().substring(0, 120));
      for (int p = 0; p < d.sentences().size(); p++) {
        persons++;
        for (Map.Entry<String, Function<Sentence, Object>> f : FIELDS.entrySet()) {
          Object expected = f.getValue().apply(d.sentences().get(p));
          Object actual = f.getValue().apply(m.sentences().get(p));
          int[] t = tally.get(f.getKey());
          boolean none = expected == null || expected instanceof List<?> l && l.isEmpty();
          if (!none) {
            t[0]++;
            t[1] += Objects.equals(expected, actual) ? 1 : 0;
          } else if (!Objects.equals(expected, actual)) {
            t[2]++;
          }
          if (!Objects.equals(expected, actual) && examples.size() < 10) {
            String text = d.text();
            int op = Math.max(text.lastIndexOf("ИЛ:"), text.lastIndexOf("Л:"));
            examples.add(f.getKey() + ": expected " + expected + ", got " + actual + " in «"
                + text.substring(Math.max(0, op - 40), Math.min(text.length(), op + 500)).replace('\n', '|') + "»");
          }
        }
      }
    }
    StringBuilder report = new StringBuilder(persons + " convicted persons\n");
    tally.forEach((f, t) -> report.append(String.format("%-17s %5d have it, %5d right (%.4f), %d wrong where none%n", f, t[0], t[1],
        t[0] == 0 ? 1.0 : t[1] / (double) t[0], t[2])));
    System.out.println(report);
    assertTrue(persons > 1_500, report.toString());
    for (Map.Entry<String, int[]> e : tally.entrySet()) {
      int[] t = e.getValue();
      assertTrue(t[0] > 0 || e.getKey().equals("additional"), e.getKey() + " is in the corpus\n" + report);
      assertTrue(t[1] >= 0.99 * t[0], e.getKey() + " right for < 99%\n" + report + String.join("\n", examples));
      assertEquals(0, t[2], e.getKey() + " read where the text has none\n" + report + String.join("\n", examples));
    }
  }
}
