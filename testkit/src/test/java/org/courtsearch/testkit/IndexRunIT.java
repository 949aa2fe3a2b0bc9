package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.testkit.CorpusGenerator;
import org.courtsearch.testkit.GeneratedDecision;
import org.courtsearch.testkit.GroundTruth;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer against a real node: the shipped sample corpus checked against its ground truth, and re-runs. */
class IndexRunIT {
  static final Path SAMPLES = Path.of(System.getProperty("courtsearch.root", ".."), "samples");
  static ElasticsearchClient client;
  static DocumentExtractor extractor;
  @TempDir static Path reports;

  @BeforeAll
  static void start() {
    client = TestCluster.get().client();
    extractor = new DocumentExtractor(ExtractionLimits.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static RunReport index(String alias, Path root, boolean prune) {
    return index(alias, root, prune, CaseCards.empty());
  }

  static RunReport index(String alias, Path root, boolean prune, CaseCards cards) {
    IndexRun run = new IndexRun(client, alias, 1, "0-1", extractor, reports);
    return run.run(new IndexRun.Options(List.of(root), cards, prune, 2, false, Set.of()));
  }

  static List<Decision> all(String alias) throws IOException {
    client.indices().refresh(r -> r.index(alias));
    SearchResponse<Decision> r = client.search(s -> s.index(alias).size(1000), Decision.class);
    List<Decision> out = new ArrayList<>();
    for (Hit<Decision> h : r.hits().hits()) {
      out.add(h.source());
    }
    return out;
  }

  @Test
  void sampleCorpusMatchesItsGroundTruthFieldByField() throws IOException {
    Path corpus = SAMPLES.resolve("generated");
    String alias = TestCluster.uniqueName("samples");
    RunReport report = index(alias, corpus, false);
    List<GeneratedDecision> truth = GroundTruth.decisions(corpus);
    List<String[]> broken = GroundTruth.broken(corpus);

    assertEquals(truth.size(), report.decisionsIndexed(), report.summary());
    assertEquals(0, report.failed(), report.failures().toString());
    // a run writes with a longer refresh interval and puts the contract's back when it is done
    String index = client.indices().get(g -> g.index(alias)).result().keySet().iterator().next();
    assertEquals("1s", client.indices().getSettings(g -> g.index(alias)).get(index).settings().index().refreshInterval().time());
    assertEquals(broken.size(), report.skipped().values().stream().mapToLong(Long::longValue).sum(), report.summary());
    for (String[] b : broken) {
      Path file = corpus.resolve(b[0]).toAbsolutePath().normalize();
      assertTrue(report.skippedFiles().stream().anyMatch(p -> p.path().equals(file.toString()) && p.reason().equals(b[1])),
          b[0] + " should be skipped as " + b[1] + ": " + report.skippedFiles());
    }

    Map<String, Decision> byPath = new HashMap<>();
    for (Decision d : all(alias)) {
      byPath.put(d.filePath(), d);
    }
    List<String> mismatches = new ArrayList<>();
    for (GeneratedDecision t : truth) {
      String path = corpus.toAbsolutePath().normalize() + "/" + t.file();
      Decision d = byPath.get(path);
      if (d == null) {
        mismatches.add("missing: " + path);
        continue;
      }
      check(mismatches, t, "court", t.court(), d.court());
      check(mismatches, t, "region", t.region(), d.region());
      check(mismatches, t, "court_kind", t.courtKind(), d.courtKind());
      check(mismatches, t, "decision_date", t.decisionDate(), String.valueOf(d.decisionDate()));
      check(mismatches, t, "year_month", t.decisionDate().substring(0, 7), d.yearMonth());
      check(mismatches, t, "case_number", t.caseNumber(), d.caseNumber());
      check(mismatches, t, "uid", t.uid(), d.uid());
      check(mismatches, t, "doc_type", t.docType(), d.docType());
      check(mismatches, t, "instance", t.instance(), d.instance());
      check(mismatches, t, "articles", t.articles(), d.articles());
      check(mismatches, t, "articles_part", t.articlesPart(), d.articlesPart());
      check(mismatches, t, "judge", t.judge(), d.judge());
      check(mismatches, t, "outcome", t.outcome(), d.outcome());
      check(mismatches, t, "punishment", t.punishment(), d.punishment());
      for (String m : t.mentioned()) {
        if (d.articles().contains(m) || !d.articlesMentioned().contains(m)) {
          mismatches.add(t.file() + ": " + m + " must be mentioned only, got charged " + d.articles());
        }
      }
    }
    assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
  }

  @Test
  void desertionCountsLeaveOutTheMentionedOnlyArticle() throws IOException {
    Path corpus = SAMPLES.resolve("generated");
    String alias = TestCluster.uniqueName("negatives");
    index(alias, corpus, false);
    List<GeneratedDecision> truth = GroundTruth.decisions(corpus);
    long expected = truth.stream().filter(t -> t.articles().contains("УК РФ 337")).count();
    long negatives = truth.stream().filter(t -> t.mentioned().contains("УК РФ 337")).count();
    assertTrue(negatives > 0, "the sample corpus must hold hard negatives");
    client.indices().refresh(r -> r.index(alias));
    long charged = client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("articles").value("УК РФ 337")))).count();
    long mentioned = client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("articles_mentioned").value("УК РФ 337")))).count();
    assertEquals(expected, charged);
    assertEquals(negatives, mentioned);
  }

  @Test
  void reRunsSkipUnchangedReindexChangedAddDuplicatePathsAndPrune(@TempDir Path dir) throws IOException {
    CorpusGenerator generator = new CorpusGenerator(dir, 99, true);
    List<GeneratedDecision> truth = generator.generate(12);
    String alias = TestCluster.uniqueName("rerun");
    RunReport first = index(alias, dir, false);
    assertEquals(12, first.decisionsIndexed(), first.summary());

    RunReport second = index(alias, dir, false);
    assertEquals(12, second.unchanged(), second.summary());
    assertEquals(0, second.decisionsIndexed());

    Path changed = dir.resolve(truth.get(0).file());
    Path removed = dir.resolve(truth.get(1).file());
    Path original = dir.resolve(truth.get(2).file());
    Path copy = dir.resolve("copies").resolve("same-as-" + original.getFileName());
    Files.createDirectories(copy.getParent());
    Files.copy(original, copy, StandardCopyOption.COPY_ATTRIBUTES);
    String text = new String(Files.readAllBytes(changed), StandardCharsets.ISO_8859_1);
    Files.write(changed, (text + " ").getBytes(StandardCharsets.ISO_8859_1));
    Files.delete(removed);

    RunReport third = index(alias, dir, false);
    assertEquals(1, third.decisionsIndexed(), third.summary() + " " + third.failures());
    assertEquals(1, third.duplicates(), third.summary());
    assertEquals(1, third.missing(), third.summary());
    List<Decision> afterThird = all(alias);
    assertEquals(12, afterThird.size(), "changed: one decision replaced by another, the removed one kept until --prune");
    Decision duplicated = afterThird.stream().filter(d -> d.filePaths().size() == 2).findFirst().orElseThrow();
    assertTrue(duplicated.filePaths().contains(copy.toString()) && duplicated.filePaths().contains(original.toString()),
        duplicated.filePaths().toString());

    RunReport pruned = index(alias, dir, true);
    assertEquals(1, pruned.pruned(), pruned.summary());
    assertEquals(1, pruned.decisionsDeleted(), pruned.summary());
    List<Decision> afterPrune = all(alias);
    assertEquals(11, afterPrune.size());
    assertTrue(afterPrune.stream().noneMatch(d -> d.filePaths().contains(removed.toString())));
    assertTrue(afterPrune.stream().anyMatch(d -> d.filePaths().contains(changed.toString())));
  }

  @Test
  void anArchiveLargerThanTheFileLimitStreamsItsEntries(@TempDir Path dir) throws IOException {
    List<Path> acts;
    try (var files = Files.list(SAMPLES.resolve("generated").resolve("txt"))) {
      acts = files.sorted().limit(6).toList();
    }
    long largest = 0;
    Path zip = dir.resolve("batch.zip");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path act : acts) {
        out.putNextEntry(new java.util.zip.ZipEntry(act.getFileName().toString()));
        byte[] bytes = Files.readAllBytes(act);
        largest = Math.max(largest, bytes.length);
        out.write(bytes);
        out.closeEntry();
      }
    }
    long limit = largest + 1;
    assertTrue(Files.size(zip) > limit, "the archive must be over the limit its entries are under");
    ExtractionLimits d = ExtractionLimits.defaults();
    try (DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(limit, d.maxChars(), d.timeout(),
        d.maxArchiveEntries(), d.maxArchiveBytes(), d.maxArchiveDepth()))) {
      IndexRun run = new IndexRun(client, TestCluster.uniqueName("bigzip"), 1, "0-1", small, reports);
      RunReport report = run.run(new IndexRun.Options(List.of(dir), CaseCards.empty(), false, 1, false, Set.of()));
      assertEquals(acts.size(), report.decisionsIndexed(), report.summary());
      assertEquals(acts.size(), report.entries(), report.summary());
    }
  }

  @Test
  void sidecarCardsOverrideWhatTheTextSays(@TempDir Path dir) throws IOException {
    String alias = TestCluster.uniqueName("sidecar");
    RunReport report = indexActWithCards(dir, alias, "\ufeffФайл,Номер дела,Судья,Дата рассмотрения,Статьи,Результат\n"
        + "act.txt,1-151/2026,Ардуванова Диана Рустемовна,07.05.2026,ст.173.1 ч.2 п.б УК РФ,Уголовное дело ПРЕКРАЩЕНО\n");
    assertEquals(1, report.decisionsIndexed(), report.summary());
    Decision d = all(alias).get(0);
    assertEquals("2026-05-07", d.decisionDate().toString());
    assertEquals("Ардуванова Д.Р.", d.judge());
    assertEquals(List.of("УК РФ 173.1 ч.2"), d.articlesPart());
    assertEquals(Outcome.TERMINATION, d.outcome());
    assertTrue(d.metadataSources().contains("sidecar"));
  }

  /**
   * The metadata file's cards are facts about cases too: a card that describes an indexed act
   * joins that act's case (one case, not two), a card of a case without a published act is a case
   * of its own, a card naming no court stays out of the count; a spreadsheet's semicolons are read.
   */
  @Test
  void sidecarCardsAreCasesAndJoinTheirActsCases(@TempDir Path dir) throws IOException {
    String alias = TestCluster.uniqueName("sidecar-cases");
    RunReport report = indexActWithCards(dir, alias, "\ufeffФайл;Суд;Номер дела;Судья;Дата рассмотрения;Статьи;Результат;Дата поступления\n"
        + "act.txt;Ленинский районный суд г. Уфы Республики Башкортостан;1-151/2026;Ардуванова Диана Рустемовна;07.05.2026;"
        + "ст.173.1 ч.2 п.б УК РФ;Уголовное дело ПРЕКРАЩЕНО;01.04.2026\n"
        + ";Ленинский районный суд г. Уфы Республики Башкортостан;1-152/2026;Ардуванова Диана Рустемовна;08.05.2026;"
        + "ст.337 ч.5 УК РФ;Вынесен ПРИГОВОР;02.04.2026\n"
        + ";;1-153/2026;Иванов Иван Иванович;09.05.2026;ст.158 ч.1 УК РФ;Вынесен ПРИГОВОР;03.04.2026\n");
    assertEquals(1, report.decisionsIndexed(), report.summary());
    assertEquals("Ардуванова Д.Р.", all(alias).get(0).judge(), "the semicolon-separated card still overrides");
    assertEquals(1, report.caseRowsLeftOut(), "the card naming no court is said to be left out: " + report.summary());
    assertTrue(report.summary().contains("1 rows of case tables name no court"), report.summary());

    String cases = alias + "-cases";
    client.indices().refresh(r -> r.index(cases));
    SearchResponse<com.fasterxml.jackson.databind.JsonNode> r = client.search(s -> s.index(cases).size(10),
        com.fasterxml.jackson.databind.JsonNode.class);
    Map<String, com.fasterxml.jackson.databind.JsonNode> byNumber = new java.util.TreeMap<>();
    r.hits().hits().forEach(h -> byNumber.put(h.source().path("case_number").asText(), h.source()));
    assertEquals(Set.of("1-151/2026", "1-152/2026"), byNumber.keySet(), "one case per card naming its court: " + byNumber);
    com.fasterxml.jackson.databind.JsonNode withAct = byNumber.get("1-151/2026");
    assertTrue(withAct.path("has_text").asBoolean(), "the card joined its act's case: " + withAct);
    assertEquals(1, withAct.path("acts").size(), withAct.toString());
    com.fasterxml.jackson.databind.JsonNode noAct = byNumber.get("1-152/2026");
    assertFalse(noAct.path("has_text").asBoolean(), noAct.toString());
    assertEquals("2026-04-02", noAct.path("received").asText(), noAct.toString());
    assertTrue(noAct.path("articles").toString().contains("337"), noAct.toString());
  }

  /** A real act as {@code act.txt} and a metadata file {@code cards.csv} beside it (outside the walk, as the command has it), indexed. */
  private static RunReport indexActWithCards(Path dir, String alias, String cardsCsv) throws IOException {
    Files.copy(SAMPLES.resolve("real").resolve("02_crim_postanovlenie_prekrashchenie_ufa_1-151-2026.txt"), dir.resolve("act.txt"));
    Path cards = dir.resolve("cards.csv");
    Files.writeString(cards, cardsCsv, StandardCharsets.UTF_8);
    IndexRun run = new IndexRun(client, alias, 1, "0-1", extractor, reports);
    return run.run(new IndexRun.Options(List.of(dir), CaseCards.load(cards), false, 1, false, Set.of(cards.toAbsolutePath().normalize())));
  }

  private static void check(List<String> out, GeneratedDecision t, String field, Object expected, Object actual) {
    if (!Objects.equals(String.valueOf(expected), String.valueOf(actual))) {
      out.add(t.file() + " " + field + ": expected " + expected + ", got " + actual);
    }
  }
}
