package org.courtsearch.cli.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed relevance set is well formed: enough queries, unique ids, judgments that point at real files. */
class RelevanceSetTest {
  static final Path ROOT = Path.of(System.getProperty("courtsearch.root", ".."));

  @Test
  void theSetHasAtLeastFiftyQueriesOverBothCorpora() {
    RelevanceSet set = RelevanceSet.load(ROOT.resolve("relevance/queries.jsonl"));
    assertTrue(set.queries().size() >= 50, "queries: " + set.queries().size());
    assertTrue(set.of(RelevanceSet.GENERATED).size() >= 25);
    assertTrue(set.of(RelevanceSet.REAL).size() >= 25);
    Set<String> ids = new HashSet<>();
    for (RelevanceSet.Judged q : set.queries()) {
      assertTrue(ids.add(q.id()), "duplicate id " + q.id());
      assertFalse(q.query().isBlank(), q.id());
      assertFalse(q.need().isBlank(), q.id() + " says what the investigator needs");
    }
  }

  @Test
  void realJudgmentsNameFilesOfTheRealSamples() {
    RelevanceSet set = RelevanceSet.load(ROOT.resolve("relevance/queries.jsonl"));
    for (RelevanceSet.Judged q : set.of(RelevanceSet.REAL)) {
      for (String file : q.relevant().keySet()) {
        assertTrue(Files.isRegularFile(ROOT.resolve("samples/real").resolve(file)), q.id() + ": no file " + file);
      }
      assertTrue(q.relevant().values().stream().allMatch(g -> g == 1 || g == 2), q.id() + ": grades are 1 or 2");
    }
  }

  @Test
  void generatedRulesSelectByGroundTruth() {
    RelevanceSet.Judged q = new RelevanceSet.Judged("t", RelevanceSet.GENERATED, "дезертирство", "test",
        java.util.Map.of("articles", List.of("УК РФ 338"), "judge_surname", List.of("Семенов")), java.util.Map.of());
    TruthRecord hit = decision("a.txt", List.of("УК РФ 338"), "Семёнов А.А.");
    TruthRecord otherJudge = decision("b.txt", List.of("УК РФ 338"), "Иванов А.А.");
    TruthRecord otherArticle = decision("c.txt", List.of("УК РФ 337"), "Семенов А.А.");
    assertEquals(java.util.Map.of("a.txt", 1), q.grades(List.of(hit, otherJudge, otherArticle)));
  }

  private static TruthRecord decision(String file, List<String> articles, String judge) {
    return new TruthRecord(file, "суд", "district", "приговор", "first", articles, articles, judge, "conviction",
        List.of("fine"));
  }
}
