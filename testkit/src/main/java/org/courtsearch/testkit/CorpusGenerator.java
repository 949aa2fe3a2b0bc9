package org.courtsearch.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.courtsearch.core.es.Json;
import org.courtsearch.indexer.extract.Ocr;
import org.courtsearch.indexer.metadata.CourtDirectory;

/**
 * Generates a corpus of realistic decisions in every format courtsearch reads, with its ground
 * truth in {@code .ground-truth.jsonl} (one line per decision, and {@code .broken.jsonl} for the
 * files that must be skipped, with the reason). Both are dotfiles, which the indexer passes over,
 * so the corpus folder can be indexed as it is. The same seed gives the same corpus.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR COUNT [mixed|html-txt] [SEED] [--broken] [--variants] [--real-lengths]};
 * {@code --real-lengths} gives the texts the lengths of published acts ({@link RealLengths}).
 */
public final class CorpusGenerator {
  private final Random random;
  private final DecisionTexts texts;
  private final Path out;
  private final boolean htmlTxtOnly;
  private final boolean pdf = Formats.pdfAvailable();
  private final boolean doc = Formats.docAvailable();

  /** Null: every decision in the generator's plain style; else each decision's {@link Variant} is drawn from it. */
  private final Random variants;

  /** Null: the texts as written; else each is lengthened to a real act's length drawn from it ({@link RealLengths}). */
  private Random lengths;

  public CorpusGenerator(Path out, long seed, boolean htmlTxtOnly) {
    this(out, seed, htmlTxtOnly, false);
  }

  /**
   * @param varied each decision written in a variant drawn at random (every real form of
   *     citations, case numbers, dates, place and court lines), with КоАП rulings and
   *     multi-charge sentences among them
   */
  public CorpusGenerator(Path out, long seed, boolean htmlTxtOnly, boolean varied) {
    this.random = new Random(seed);
    this.texts = new DecisionTexts(random, CourtDirectory.shared(), varied);
    this.variants = varied ? new Random(seed * 31 + 7) : null;
    this.out = out;
    this.htmlTxtOnly = htmlTxtOnly;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator OUT_DIR COUNT [mixed|html-txt] [SEED] [--broken] [--variants] [--real-lengths]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    boolean htmlTxt = args.length > 2 && args[2].equals("html-txt");
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    boolean broken = List.of(args).contains("--broken");
    CorpusGenerator generator = new CorpusGenerator(out, seed, htmlTxt, List.of(args).contains("--variants"));
    if (List.of(args).contains("--real-lengths")) {
      generator.realLengths(seed);
    }
    List<GeneratedDecision> truth = generator.generate(count);
    if (broken) {
      generator.writeBroken();
    }
    System.out.printf("wrote %d decisions to %s%n", truth.size(), out);
  }

  /** Texts as long as published acts are (a separate random stream: the corpus is otherwise the seed's). */
  public CorpusGenerator realLengths(long seed) {
    this.lengths = new Random(seed * 17 + 3);
    return this;
  }

  /** Writes {@code count} decisions and their ground truth; returns the truth. */
  public List<GeneratedDecision> generate(int count) throws IOException {
    Files.createDirectories(out);
    List<GeneratedDecision> truth = new ArrayList<>();
    List<GeneratedDecision> zipBatch = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      GeneratedDecision d = texts.next(variants == null ? Variant.PLAIN : Variant.random(variants));
      if (lengths != null) {
        d = RealLengths.lengthen(d, lengths);
      }
      String format = format();
      if (format.equals("zip")) {
        zipBatch.add(d);
        if (zipBatch.size() == 5 || i == count) {
          truth.addAll(writeArchive(zipBatch, truth.size() + 1));
          zipBatch.clear();
        }
        continue;
      }
      truth.add(write(d, format, String.format("%s/%06d", format, i)));
    }
    if (!zipBatch.isEmpty()) {
      truth.addAll(writeArchive(zipBatch, truth.size() + 1));
    }
    Path work = out.resolve(".work");
    if (Files.isDirectory(work)) {
      try (var leftovers = Files.list(work)) {
        for (Path p : leftovers.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(work);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve(".ground-truth.jsonl"), StandardCharsets.UTF_8)) {
      for (GeneratedDecision d : truth) {
        Map<String, Object> line = Json.mapper().convertValue(d, LinkedHashMap.class);
        line.remove("text");
        w.write(Json.mapper().writeValueAsString(line));
        w.write('\n');
      }
    }
    return truth;
  }

  private String format() {
    int r = random.nextInt(100);
    if (htmlTxtOnly) {
      return r < 55 ? "html" : "txt";
    }
    if (r < 28) {
      return "html";
    }
    if (r < 46) {
      return "txt";
    }
    if (r < 60) {
      return "docx";
    }
    if (r < 70) {
      return "rtf";
    }
    if (r < 80) {
      return pdf ? "pdf" : "rtf";
    }
    if (r < 87) {
      return "odt";
    }
    if (r < 93) {
      return doc ? "doc" : "docx";
    }
    return "zip";
  }

  private GeneratedDecision write(GeneratedDecision d, String format, String stem) throws IOException {
    String encoding = null;
    byte[] bytes;
    String ext = format;
    switch (format) {
      case "txt" -> {
        Charset cs = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"), Charset.forName("KOI8-R"))
            .get(random.nextInt(3));
        encoding = cs.name();
        // KOI8-R has no № and no dashes: files in it write N and -
        String text = cs.name().equals("KOI8-R") ? d.text().replace("№", "N").replace("–", "-").replace("«", "\"").replace("»", "\"") : d.text();
        bytes = Formats.txt(text, cs);
      }
      case "html" -> {
        if (random.nextInt(4) == 0) {
          encoding = "UTF-8";
          bytes = Formats.plainHtml(d.text());
        } else {
          encoding = "windows-1251";
          bytes = Formats.sudrfHtml(d.text(), d, Charset.forName("windows-1251"));
        }
      }
      case "docx" -> bytes = Formats.docx(d.text());
      case "rtf" -> bytes = Formats.rtf(d.text(), random.nextBoolean());
      case "pdf" -> bytes = Formats.pdf(d.text());
      case "odt" -> bytes = Formats.odt(d.text());
      case "doc" -> bytes = Formats.doc(d.text(), Files.createDirectories(out.resolve(".work")));
      default -> throw new IllegalArgumentException(format);
    }
    Path file = out.resolve(stem + "." + ext);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return d.withFile(out.relativize(file).toString(), format, encoding);
  }

  /** Five decisions in one archive, as scrapers bundle them; every fourth archive is 7z. */
  private List<GeneratedDecision> writeArchive(List<GeneratedDecision> batch, int n) throws IOException {
    boolean seven = random.nextInt(4) == 0;
    Path archive = out.resolve("archives").resolve(String.format("batch-%06d.%s", n, seven ? "7z" : "zip"));
    Files.createDirectories(archive.getParent());
    List<GeneratedDecision> truth = new ArrayList<>();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      GeneratedDecision d = batch.get(i);
      boolean rtf = random.nextBoolean();
      String name = String.format("acts/%02d.%s", i + 1, rtf ? "rtf" : "txt");
      entries.put(name, rtf ? Formats.rtf(d.text(), true) : Formats.txt(d.text(), Charset.forName("windows-1251")));
      truth.add(d.withFile(out.relativize(archive) + "!/" + name, rtf ? "rtf" : "txt", rtf ? null : "windows-1251"));
    }
    if (seven) {
      try (SevenZOutputFile z = new SevenZOutputFile(archive.toFile())) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          SevenZArchiveEntry entry = new SevenZArchiveEntry();
          entry.setName(e.getKey());
          entry.setSize(e.getValue().length);
          z.putArchiveEntry(entry);
          z.write(e.getValue());
          z.closeArchiveEntry();
        }
      }
    } else {
      try (OutputStream os = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(os)) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
    }
    return truth;
  }

  /** Files that must be reported and skipped, with the reason expected ({@code .broken.jsonl}). */
  public void writeBroken() throws IOException {
    Path dir = Files.createDirectories(out.resolve("broken"));
    Map<String, String> expected = new LinkedHashMap<>();
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    expected.put("broken/empty.txt", "EMPTY");
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    Files.write(dir.resolve("garbage.docx"), garbage);
    expected.put("broken/garbage.docx", "CORRUPT");
    byte[] other = new byte[4096];
    random.nextBytes(other);
    Files.write(dir.resolve("unknown.bin"), other);
    expected.put("broken/unknown.bin", "UNSUPPORTED");
    String text = texts.next().text();
    byte[] docx = Formats.docx(text);
    Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
    expected.put("broken/truncated.docx", "CORRUPT");
    Files.write(dir.resolve("encrypted.docx"), encryptedDocx(docx));
    expected.put("broken/encrypted.docx", "ENCRYPTED");
    if (pdf) {
      byte[] pdfBytes = Formats.pdf(text);
      Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdfBytes, pdfBytes.length / 3));
      expected.put("broken/truncated.pdf", "CORRUPT");
      Files.write(dir.resolve("encrypted.pdf"), encryptedPdf(pdfBytes));
      expected.put("broken/encrypted.pdf", "ENCRYPTED");
    }
    Files.write(dir.resolve("scan.png"), image());
    // a blank scan: OCR finds no text in it; without OCR it is a scan nobody could read
    expected.put("broken/scan.png", Ocr.available() ? "EMPTY" : "NEEDS_OCR");
    try (Writer w = Files.newBufferedWriter(out.resolve(".broken.jsonl"), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : expected.entrySet()) {
        w.write(Json.mapper().writeValueAsString(Map.of("file", e.getKey(), "reason", e.getValue())));
        w.write('\n');
      }
    }
  }

  private static byte[] encryptedDocx(byte[] docx) {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("секрет");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("cannot encrypt a docx", e);
    }
  }

  private static byte[] encryptedPdf(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] image() {
    BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      img.setRGB(x, x, 0xffffff);
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
