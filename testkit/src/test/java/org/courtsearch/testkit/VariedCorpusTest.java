package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus written with every variant switched on (citation forms, case numbers, dates, place
 * and court lines drawn at random per decision, КоАП rulings and multi-charge sentences among
 * them), in every file format, read back through real extraction: the thresholds of issue 12.
 */
class VariedCorpusTest {
  @TempDir static Path corpus;

  @Test
  void countsHoldOnEveryVariantInEveryFormat() throws Exception {
    List<GeneratedDecision> truth = new CorpusGenerator(corpus, 20261130L, false, true).generate(300);
    MetadataAccuracy.Score s = MetadataAccuracy.score(corpus, truth);
    String report = s.accuracy() + " F1 " + s.partF1() + "\n" + String.join("\n", s.misses());
    assertTrue(s.decisions() > 250, "decisions read: " + s.decisions());
    assertTrue(s.partF1() >= 0.99, "article-and-part F1: " + report);
    for (String field : List.of("court", "region", "decision_date", "case_number")) {
      assertTrue(s.accuracy().get(field) >= 0.99, field + ": " + report);
    }
    assertTrue(!s.expected337().isEmpty(), "the corpus has Article 337 sentences");
    assertTrue(s.derivedRegions() > 0, "the corpus has courts outside the registry");
    assertEquals(s.derivedRegions(), s.derivedRight(), "every region derived from a court's seat is the right one: " + report);
    assertEquals(s.expected337(), s.found337(), "Article 337 sentences by month: " + report);
  }
}
