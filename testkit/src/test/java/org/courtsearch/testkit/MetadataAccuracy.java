package org.courtsearch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;

/**
 * Field-by-field accuracy of a generated corpus read back through real extraction (Tika and the
 * lean paths) against its ground truth: per-field accuracy, article-and-part F1, and the
 * report investigators publish — Article 337 sentences by month — compared cell by cell.
 *
 * <p>As a program: {@code MetadataAccuracy DIR COUNT [--variants]} writes a corpus and prints
 * the table that BENCHMARKS.md records.
 */
public final class MetadataAccuracy {
  /** The fields counted, in table order. */
  public static final List<String> FIELDS = List.of("court", "region", "decision_date", "case_number", "doc_type", "instance",
      "judge", "outcome");

  /** What one corpus scored. */
  /**
   * What one corpus scored.
   *
   * @param derivedRegions decisions whose region was derived from their court's seat (a court outside the registry)
   * @param derivedRight of those, how many got the truth's region
   */
  public record Score(int decisions, Map<String, Double> accuracy, double partF1, Map<String, Long> expected337,
      Map<String, Long> found337, List<String> misses, int derivedRegions, int derivedRight) {}

  private MetadataAccuracy() {}

  public static Score score(Path corpus, List<GeneratedDecision> truth) throws IOException {
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    Map<String, Integer> right = new LinkedHashMap<>();
    FIELDS.forEach(f -> right.put(f, 0));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int n = 0;
    Map<String, Long> expected = new TreeMap<>();
    Map<String, Long> found = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int derived = 0;
    int derivedRight = 0;
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      for (GeneratedDecision d : truth) {
        if (d.file().contains("!/")) {
          continue; // archive entries: the ingest integration tests read them
        }
        ExtractResult r = extractor.extract(Source.of(d.file(), Files.readAllBytes(corpus.resolve(d.file()))));
        if (!(r instanceof ExtractResult.Extracted x)) {
          misses.add(d.file() + ": not extracted: " + r);
          continue;
        }
        DecisionMetadata m = metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
        n++;
        if (RegionSource.derived(m.regionSource())) {
          derived++;
          derivedRight += Objects.equals(d.region(), m.region()) ? 1 : 0;
        }
        String[][] pairs = {
          {d.court(), m.court()}, {d.region(), m.region()}, {d.decisionDate(), String.valueOf(m.decisionDate())},
          {d.caseNumber(), m.caseNumber()}, {d.docType(), ValueLabel.valueOf(m.docType())}, {d.instance(), ValueLabel.valueOf(m.instance())}, {d.judge(), m.judge()},
          {d.outcome(), ValueLabel.valueOf(m.outcome())}};
        for (int f = 0; f < FIELDS.size(); f++) {
          if (Objects.equals(pairs[f][0], pairs[f][1])) {
            right.merge(FIELDS.get(f), 1, Integer::sum);
          } else if (misses.size() < 50) {
            misses.add(d.file() + " " + FIELDS.get(f) + ": expected " + pairs[f][0] + ", got " + pairs[f][1]);
          }
        }
        Set<String> want = new HashSet<>(d.articlesPart());
        Set<String> got = new HashSet<>(m.articlesPart());
        for (String p : got) {
          if (want.contains(p)) {
            tp++;
          } else {
            fp++;
          }
        }
        for (String p : want) {
          if (!got.contains(p)) {
            fn++;
            if (misses.size() < 50) {
              misses.add(d.file() + " article " + p + " missed; got " + got);
            }
          }
        }
        if ("приговор".equals(d.docType()) && d.articles().contains("УК РФ 337")) {
          expected.merge(d.decisionDate().substring(0, 7), 1L, Long::sum);
        }
        if (m.docType() == DocType.SENTENCE && m.articles().contains("УК РФ 337") && m.decisionDate() != null) {
          found.merge(m.decisionDate().toString().substring(0, 7), 1L, Long::sum);
        }
      }
    }
    Map<String, Double> accuracy = new LinkedHashMap<>();
    for (String f : FIELDS) {
      accuracy.put(f, n == 0 ? 0 : right.get(f) / (double) n);
    }
    double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(n, accuracy, f1, expected, found, misses, derived, derivedRight);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    boolean varied = List.of(args).contains("--variants");
    List<GeneratedDecision> truth = new CorpusGenerator(dir, 20261130L, false, varied).generate(count);
    long t0 = System.nanoTime();
    Score s = score(dir, truth);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%s corpus, %d decisions read back in %.1f s%n", varied ? "varied" : "plain", s.decisions(), seconds);
    s.accuracy().forEach((f, a) -> System.out.printf("  %-14s %.4f%n", f, a));
    System.out.printf("  %-14s %.4f%n", "article+part F1", s.partF1());
    System.out.printf("  region derived from the court's seat: %d of %d decisions (%.1f%%), %d of them right%n",
        s.derivedRegions(), s.decisions(), 100.0 * s.derivedRegions() / Math.max(1, s.decisions()), s.derivedRight());
    System.out.printf("  Article 337 sentences by month: %s (truth %s) %s%n", s.found337(), s.expected337(),
        s.found337().equals(s.expected337()) ? "EQUAL" : "DIFFERENT");
    s.misses().stream().limit(20).forEach(m -> System.out.println("  miss: " + m));
  }
}
