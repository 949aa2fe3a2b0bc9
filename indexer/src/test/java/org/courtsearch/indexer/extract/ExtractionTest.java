package org.courtsearch.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class ExtractionTest {
  static final String TEXT = "Ленинский районный суд г. Уфы в составе председательствующего судьи Ардувановой Д.Р. ПОСТАНОВИЛ: прекратить.";

  @Test
  void russianTextInEveryCommonEncodingDecodes() {
    for (Charset cs : List.of(StandardCharsets.UTF_8, TextDecoder.CP1251, TextDecoder.KOI8R)) {
      TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(cs));
      assertEquals(TEXT, d.text(), cs.name());
      assertEquals(cs, d.charset());
    }
    byte[] bom = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, TextDecoder.decode(bom).text());
  }

  @Test
  void textAndHtmlAreToldFromContentOtherwiseTikaDecides() {
    assertEquals(MediaType.TEXT_PLAIN, DocumentExtractor.sniffText(TEXT.getBytes(TextDecoder.KOI8R)));
    assertEquals(MediaType.TEXT_HTML, DocumentExtractor.sniffText("<!DOCTYPE html><html><body>суд</body></html>".getBytes(StandardCharsets.UTF_8)));
    assertNull(DocumentExtractor.sniffText("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)));
    assertNull(DocumentExtractor.sniffText(new byte[] {'P', 'K', 3, 4, 0, 0}));
    assertNull(DocumentExtractor.sniffText(new byte[] {1, 2, 3, 0, 5}));
    assertNull(DocumentExtractor.sniffText("{\\rtf1\\ansi }".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void cleanupKeepsLinesAndDropsNoise() {
    assertEquals("ПРИГОВОР\nИменем Российской Федерации\n\nсуд рассмотрел",
        TextCleanup.clean("  ПРИГОВОР  \r\nИменем\u00a0Российской  Федера\u00adции\r\n\r\n\r\n\r\n суд\tрассмотрел \n\n"));
  }

  @Test
  void longTextsAreCutWithAWarning() {
    DocumentExtractor x = new DocumentExtractor(new ExtractionLimits(1 << 20, 50, Duration.ofSeconds(10), 10, 1 << 20, 2));
    ExtractResult.Extracted r = assertInstanceOf(ExtractResult.Extracted.class,
        x.extract(Source.of("a.txt", (TEXT + TEXT).getBytes(StandardCharsets.UTF_8))));
    assertEquals(50, r.acts().get(0).text().length());
    assertTrue(r.warnings().get(0).contains("cut at 50"));
    x.close();
  }

  static byte[] zip(int entries, int entrySize) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries; i++) {
        z.putNextEntry(new ZipEntry("e" + i + ".txt"));
        z.write(new byte[entrySize]); // zeros compress ~1000:1, as a bomb does
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static List<String> read(byte[] archive, ExtractionLimits limits, List<String> tooLarge) throws Exception {
    List<String> seen = new ArrayList<>();
    Archives.forEach("a.zip", MediaType.application("zip"), () -> new ByteArrayInputStream(archive), null, limits,
        new Archives.EntryVisitor() {
          @Override
          public void entry(Source source) {
            seen.add(source.path());
          }

          @Override
          public void tooLarge(String path, long size) {
            tooLarge.add(path);
          }
        });
    return seen;
  }

  @Test
  void archivesStayWithinTheirLimits() throws Exception {
    List<String> big = new ArrayList<>();
    assertEquals(List.of("a.zip!/e0.txt", "a.zip!/e1.txt"),
        read(zip(2, 100), new ExtractionLimits(1000, 100, Duration.ofSeconds(5), 10, 10_000, 2), big));
    assertThrows(Archives.LimitExceeded.class,
        () -> read(zip(5, 100), new ExtractionLimits(1000, 100, Duration.ofSeconds(5), 3, 10_000, 2), new ArrayList<>()));
    assertThrows(Archives.LimitExceeded.class, // a bomb: 3 x 10 MB of zeros, 30 KB compressed
        () -> read(zip(3, 10 << 20), new ExtractionLimits(64 << 20, 100, Duration.ofSeconds(5), 10, 15 << 20, 2), new ArrayList<>()));
    List<String> skipped = new ArrayList<>();
    assertEquals(List.of(), read(zip(1, 5000), new ExtractionLimits(1000, 100, Duration.ofSeconds(5), 10, 1 << 20, 2), skipped));
    assertEquals(List.of("a.zip!/e0.txt"), skipped);
  }

  @Test
  void dataAndNotesFilesAreNotDecisions() {
    // a ground-truth table full of court names, dates and case numbers still is no decision
    byte[] truth = ("file\tcourt\tdate\tcase\nа.txt\tОренбургский гарнизонный военный суд\t2024-03-01\tДело № 1-44/2024 ПРИГОВОР\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      for (String name : List.of("truth.tsv", "cards.csv", "cases.jsonl", "meta.json", "README.md", "notes.markdown")) {
        ExtractResult r = extractor.extract(Source.of("corpus/" + name, truth));
        ExtractResult.Skipped s = assertInstanceOf(ExtractResult.Skipped.class, r, name);
        assertEquals(SkipReason.NOT_A_DECISION, s.reason(), name);
      }
      assertInstanceOf(ExtractResult.Extracted.class, extractor.extract(Source.of("corpus/act.txt", truth)));
    }
  }
}
