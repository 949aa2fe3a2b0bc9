package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The variant harness: every decision of a generated corpus written again in each form of the
 * catalogue ({@link Variant#catalogue()}: code spellings × citation orders × code left out ×
 * shared part lists, case number, date, place and court line forms) must read as the same
 * metadata as its plain rendering, and the plain rendering as its ground truth. A generator we
 * write cannot prove the extractor by itself; the variants are the real ways of writing.
 */
class VariantHarnessTest {
  static final int DECISIONS = 60;
  static final long SEED = 20261130L;
  static final MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());

  static Stream<Variant> catalogue() {
    return Variant.catalogue().stream();
  }

  static List<GeneratedDecision> render(Variant v) {
    DecisionTexts texts = new DecisionTexts(new Random(SEED), CourtDirectory.shared(), true);
    List<GeneratedDecision> out = new ArrayList<>();
    for (int i = 0; i < DECISIONS; i++) {
      out.add(texts.next(v));
    }
    return out;
  }

  static final List<GeneratedDecision> PLAIN = render(Variant.PLAIN);

  @Test
  void thePlainRenderingReadsAsItsGroundTruth() {
    List<String> mismatches = new ArrayList<>();
    for (GeneratedDecision d : PLAIN) {
      compare(mismatches, d, fields(d), fields(metadata.extract(d.text(), Map.of())));
    }
    assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    assertTrue(PLAIN.stream().anyMatch(d -> !d.articles().isEmpty() && d.articles().get(0).startsWith("КоАП")), "КоАП rulings are in the corpus");
    assertTrue(PLAIN.stream().anyMatch(d -> d.articlesPart().size() > 1), "multi-charge sentences are in the corpus");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void everyVariantReadsAsThePlainRendering(Variant v) {
    List<GeneratedDecision> varied = render(v);
    List<String> mismatches = new ArrayList<>();
    int differ = 0;
    for (int i = 0; i < DECISIONS; i++) {
      GeneratedDecision plain = PLAIN.get(i);
      GeneratedDecision d = varied.get(i);
      assertEquals(fields(plain), fields(d), "a variant changes only the writing, never the facts");
      differ += plain.text().equals(d.text()) ? 0 : 1;
      compare(mismatches, d, fields(metadata.extract(plain.text(), Map.of())), fields(metadata.extract(d.text(), Map.of())));
    }
    assertTrue(mismatches.isEmpty(), v + ": " + mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    assertTrue(differ > 0, v + ": the variant is written differently in " + differ + " decisions");
  }

  /** The fields a count rests on, as strings. */
  static List<String> fields(GeneratedDecision d) {
    return List.of(String.valueOf(d.court()), String.valueOf(d.region()), String.valueOf(d.decisionDate()),
        String.valueOf(d.caseNumber()), String.valueOf(d.docType()), String.valueOf(d.instance()), d.articles().toString(),
        d.articlesPart().toString(), String.valueOf(d.judge()), String.valueOf(d.outcome()), d.punishment().toString(),
        d.sentences().toString());
  }

  static List<String> fields(DecisionMetadata m) {
    return List.of(String.valueOf(m.court()), String.valueOf(m.region()), String.valueOf(m.decisionDate()),
        String.valueOf(m.caseNumber()), String.valueOf(m.docType()), String.valueOf(m.instance()), m.articles().toString(),
        m.articlesPart().toString(), String.valueOf(m.judge()), String.valueOf(m.outcome()), m.punishment().toString(),
        m.sentences().toString());
  }

  static final String[] NAMES = {"court", "region", "date", "case number", "doc type", "instance", "articles", "parts", "judge",
    "outcome", "punishment", "sentences"};

  static void compare(List<String> out, GeneratedDecision d, List<String> expected, List<String> actual) {
    for (int f = 0; f < NAMES.length; f++) {
      if (!Objects.equals(expected.get(f), actual.get(f))) {
        String head = d.text().substring(0, Math.min(160, d.text().length())).replace('\n', '|');
        out.add(NAMES[f] + ": expected " + expected.get(f) + ", got " + actual.get(f) + "  [" + head + "]");
      }
    }
  }
}
