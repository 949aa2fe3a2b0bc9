package org.courtsearch.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
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
    assertEquals(MediaType.TEXT_PLAIN, ContentTypes.sniffText(TEXT.getBytes(TextDecoder.KOI8R)));
    assertEquals(MediaType.TEXT_HTML, ContentTypes.sniffText("<!DOCTYPE html><html><body>суд</body></html>".getBytes(StandardCharsets.UTF_8)));
    assertNull(ContentTypes.sniffText("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)));
    assertNull(ContentTypes.sniffText(new byte[] {'P', 'K', 3, 4, 0, 0}));
    assertNull(ContentTypes.sniffText(new byte[] {1, 2, 3, 0, 5}));
    assertNull(ContentTypes.sniffText("{\\rtf1\\ansi }".getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * OLE2 containers (DOC, XLS, encrypted DOCX) are named by their container's streams without
   * Tika's magic table, and the name is the one Tika's own detector gives: a decision LibreOffice
   * saved as Word 97, the samples' encrypted package, a workbook and a container of nothing known.
   */
  @Test
  void ole2ContainersAreNamedAsTikaNamesThem() throws Exception {
    Path root = Path.of(System.getProperty("courtsearch.root", ".."), "samples", "generated");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).filter(ExtractionTest::isOle2).forEach(files::add);
    }
    files.add(Path.of(ExtractionTest.class.getResource("/ole2/decision-written-by-libreoffice.doc").toURI()));
    Path work = Files.createTempDirectory("ole2");
    files.add(ole2(work.resolve("book.xls"), "Workbook"));
    files.add(ole2(work.resolve("other.bin"), "SomethingElse"));
    Detector tika = new AutoDetectParser().getDetector();
    Map<String, Integer> named = new TreeMap<>();
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      for (Path f : files) {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
        MediaType expected;
        try (TikaInputStream in = TikaInputStream.get(f)) {
          expected = tika.detect(in, md);
        }
        assertEquals(expected, extractor.detectFile(f), f.toString());
        assertEquals(expected, extractor.detect(Files.readAllBytes(f), f.getFileName().toString()), f + " from its bytes");
        named.merge(expected.toString(), 1, Integer::sum);
      }
    }
    assertTrue(named.keySet().containsAll(Set.of("application/msword", "application/vnd.ms-excel", "application/x-tika-msoffice")),
        "each kind is among the files: " + named);
  }

  private static boolean isOle2(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path ole2(Path file, String stream) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
      fs.writeFilesystem(out);
    }
    return file;
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
      // the same table given as the metadata file: its «case» column names cases, and the row is a case at its court
      ExtractResult.Extracted declared = assertInstanceOf(ExtractResult.Extracted.class,
          extractor.extract(Source.of("corpus/truth.tsv", truth).withType(DocumentExtractor.CASE_TABLE)));
      assertEquals(1, declared.cases().size(), declared.toString());
      assertEquals("Оренбургский гарнизонный военный суд", declared.cases().get(0).court());
      assertEquals(List.of(), declared.acts(), "a card table has no texts to index");
    }
  }
}
