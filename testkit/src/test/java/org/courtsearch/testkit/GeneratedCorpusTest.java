package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.courtsearch.indexer.extract.ContentTypes;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format and encoding the generator writes, through real Tika and the lean paths, checked
 * field by field against the ground truth (no node needed).
 */
class GeneratedCorpusTest {
  @TempDir static Path corpus;
  static List<GeneratedDecision> truth;
  static DocumentExtractor extractor;
  static final MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());

  @BeforeAll
  static void generate() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(corpus, 20261125L, false);
    truth = generator.generate(80);
    generator.writeBroken();
    extractor = new DocumentExtractor(ExtractionLimits.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static DecisionMetadata read(GeneratedDecision d) throws IOException {
    String file = d.file();
    byte[] bytes;
    if (file.contains("!/")) {
      return null; // archive entries are covered by the ingest integration test
    }
    bytes = Files.readAllBytes(corpus.resolve(file));
    ExtractResult r = extractor.extract(Source.of(file, bytes));
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, file + ": " + r);
    assertEquals(1, x.acts().size(), file);
    return metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
  }

  @Test
  void everyFieldMatchesTheGroundTruthInEveryFormat() throws IOException {
    List<String> mismatches = new ArrayList<>();
    java.util.Set<String> formats = new HashSet<>();
    for (GeneratedDecision d : truth) {
      DecisionMetadata m = read(d);
      if (m == null) {
        continue;
      }
      formats.add(d.format() + (d.encoding() == null ? "" : "/" + d.encoding()));
      check(mismatches, d, "court", d.court(), m.court());
      check(mismatches, d, "region", d.region(), m.region());
      check(mismatches, d, "court_kind", d.courtKind(), m.courtKind());
      check(mismatches, d, "decision_date", d.decisionDate(), String.valueOf(m.decisionDate()));
      check(mismatches, d, "case_number", d.caseNumber(), m.caseNumber());
      check(mismatches, d, "uid", d.uid(), m.uid());
      check(mismatches, d, "doc_type", d.docType(), m.docType());
      check(mismatches, d, "instance", d.instance(), m.instance());
      check(mismatches, d, "articles", d.articles(), m.articles());
      check(mismatches, d, "articles_part", d.articlesPart(), m.articlesPart());
      check(mismatches, d, "judge", d.judge(), m.judge());
      check(mismatches, d, "outcome", d.outcome(), m.outcome());
      check(mismatches, d, "punishment", d.punishment(), m.punishment());
      for (String mention : d.mentioned()) {
        if (!m.articlesMentioned().contains(mention) || m.articles().contains(mention)) {
          mismatches.add(d.file() + " mentioned " + mention + " → charged " + m.articles() + ", mentioned " + m.articlesMentioned());
        }
      }
    }
    assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    assertTrue(formats.containsAll(List.of("html/windows-1251", "txt/KOI8-R", "txt/windows-1251", "txt/UTF-8", "docx", "rtf", "odt")),
        "formats covered: " + formats);
  }

  @Test
  void brokenFilesAreSkippedWithTheirReason() throws IOException {
    for (String[] b : GroundTruth.broken(corpus)) {
      ExtractResult r = extractor.extract(Source.of(b[0], Files.readAllBytes(corpus.resolve(b[0]))));
      ExtractResult.Skipped s = assertInstanceOf(ExtractResult.Skipped.class, r, b[0] + ": " + r);
      assertEquals(b[1], s.reason().name(), b[0] + ": " + s.detail());
    }
  }

  @Test
  void theHardNegativesAreInTheCorpus() {
    long negatives = truth.stream().filter(d -> d.mentioned().contains("УК РФ 337") && !d.articles().contains("УК РФ 337")).count();
    assertTrue(negatives >= 3, "hard negatives: " + negatives);
  }

  private static void check(List<String> out, GeneratedDecision d, String field, Object expected, Object actual) {
    if (!java.util.Objects.equals(String.valueOf(expected), String.valueOf(actual))) {
      out.add(d.file() + " " + field + ": expected " + expected + ", got " + actual);
    }
  }


  /**
   * The quick look at a file (PDF, RTF, OpenDocument by their first bytes, DOCX by its package's
   * declaration, OLE2 containers by their streams) names the type Tika's own detector names, for
   * every file of the corpus, broken ones included; it stays silent on the rest.
   */
  @Test
  void theQuickLookAgreesWithTika() throws IOException {
    org.apache.tika.detect.Detector tika = new org.apache.tika.parser.AutoDetectParser().getDetector();
    java.util.Map<String, Integer> named = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(f)) {
          head = in.readNBytes(4096);
        }
        org.apache.tika.mime.MediaType quick = ContentTypes.sniffBinary(head);
        if (quick == null && head.length > 4 && (head[0] == 'P' && head[1] == 'K' || (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF)) {
          quick = extractor.detectFile(f); // a ZIP: the DOCX look; an OLE2 container: its own detector; else Tika's own answer
        }
        if (quick == null) {
          continue;
        }
        org.apache.tika.metadata.Metadata md = new org.apache.tika.metadata.Metadata();
        md.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
        try (org.apache.tika.io.TikaInputStream in = org.apache.tika.io.TikaInputStream.get(f)) {
          assertEquals(tika.detect(in, md).getBaseType(), quick.getBaseType(), f.toString());
        }
        named.merge(quick.toString(), 1, Integer::sum);
      }
    }
    assertTrue(named.keySet().containsAll(java.util.Set.of("application/pdf", "application/rtf",
        "application/vnd.oasis.opendocument.text", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
        "the corpus has each: " + named);
  }
}
