package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;
import org.junit.jupiter.api.Test;

/** Real-length texts: the lengths of published acts, and nothing the ground truth holds changed by the length. */
class RealLengthsTest {
  @Test
  void lengthsFollowPublishedActsAndTheFieldsStayTheSame() {
    DecisionTexts texts = new DecisionTexts(new Random(11), CourtDirectory.shared(), true);
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    Random lengths = new Random(12);
    int n = 600;
    int[] sizes = new int[n];
    int lengthened = 0;
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GeneratedDecision d = texts.next(Variant.random(lengths));
      GeneratedDecision longer = RealLengths.lengthen(d, lengths);
      sizes[i] = longer.text().length();
      if (longer.text().length() > d.text().length()) {
        lengthened++;
        if (changed.size() < 5 && !fields(metadata.extract(d.text(), Map.of())).equals(fields(metadata.extract(longer.text(), Map.of())))) {
          changed.add(d.caseNumber() + ": " + fields(metadata.extract(d.text(), Map.of())) + " became "
              + fields(metadata.extract(longer.text(), Map.of())));
        }
      }
    }
    Arrays.sort(sizes);
    double mean = Arrays.stream(sizes).average().orElse(0);
    int median = sizes[n / 2];
    assertTrue(lengthened > n / 3, lengthened + " of " + n + " lengthened");
    assertTrue(median > 3_000 && median < 9_000, "median " + median);
    assertTrue(mean > 8_000 && mean < 20_000, "mean " + mean);
    assertTrue(sizes[n - 1] <= RealLengths.MAX + 1_000 && sizes[n - 1] > 50_000, "largest " + sizes[n - 1]); // the last recital may run over
    assertEquals(List.of(), changed, "what the metadata reader finds does not depend on the length");
  }

  /** Every field a count rests on; where in the text each was read moves with the inserted recitals, so evidence is left out. */
  static List<Object> fields(DecisionMetadata m) {
    return List.of(String.valueOf(m.court()), String.valueOf(m.region()), String.valueOf(m.decisionDate()),
        String.valueOf(m.caseNumber()), String.valueOf(m.docType()), String.valueOf(m.instance()), m.articles(), m.articlesPart(),
        m.articlesMentioned(), String.valueOf(m.judge()), String.valueOf(m.outcome()), m.punishment(), m.warnings());
  }
}
