package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Ocr;
import org.courtsearch.indexer.extract.SkipReason;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A scanned decision: a generated sentence rendered to page images (no text layer), as a PDF
 * and as a PNG, read back through Tika's Tesseract parser; its court, date and article must be
 * found, and the text marked as recognised. Needs Debian's tesseract-ocr and tesseract-ocr-rus
 * ({@code .ci/run} installs them).
 */
class ScannedDecisionTest {
  static final int WIDTH = 1654;
  static final int HEIGHT = 2339;
  static final MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());

  /** The first desertion sentence of a seeded stream: a garrison court, a date, ч. 5 ст. 337 or the like. */
  static GeneratedDecision sentence() {
    DecisionTexts texts = new DecisionTexts(new Random(77), CourtDirectory.shared());
    for (int i = 0; i < 100; i++) {
      GeneratedDecision d = texts.next();
      if (d.docType().equals("приговор") && d.articles().contains("УК РФ 337")) {
        return d;
      }
    }
    throw new IllegalStateException("no desertion sentence in the stream");
  }

  /** The text typeset on A4 pages at 200 dpi, as a scanner would deliver them. */
  static List<BufferedImage> pages(String text) {
    Font font = new Font(availableSerif(), Font.PLAIN, 30);
    List<BufferedImage> pages = new ArrayList<>();
    BufferedImage page = null;
    Graphics2D g = null;
    int y = 0;
    int margin = 140;
    for (String paragraph : text.split("\n")) {
      for (String line : wrap(paragraph, font, WIDTH - 2 * margin)) {
        if (page == null || y > HEIGHT - margin) {
          page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
          g = page.createGraphics();
          g.setColor(Color.WHITE);
          g.fillRect(0, 0, WIDTH, HEIGHT);
          g.setColor(Color.BLACK);
          g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
          g.setFont(font);
          pages.add(page);
          y = margin;
        }
        g.drawString(line, margin, y);
        y += 44;
      }
    }
    return pages;
  }

  private static String availableSerif() {
    return new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").exists() ? "DejaVu Serif" : Font.SERIF;
  }

  private static List<String> wrap(String paragraph, Font font, int width) {
    Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
    FontMetrics fm = probe.getFontMetrics(font);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (fm.stringWidth(candidate) > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  static byte[] pdf(List<BufferedImage> images) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (BufferedImage image : images) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void aScannedSentenceIsReadWithItsCourtDateAndArticle() throws IOException {
    Assumptions.assumeTrue(Ocr.available(), "Tesseract with Russian is not installed here");
    GeneratedDecision d = sentence();
    List<BufferedImage> images = pages(d.text());
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      ExtractResult r = extractor.extract(Source.of("scan.pdf", pdf(images)));
      ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, "scan.pdf: " + r);
      assertTrue(x.ocr(), "the text is marked as recognised");
      DecisionMetadata m = metadata.extract(x.acts().get(0).text(), Map.of());
      String seen = x.acts().get(0).text().substring(0, Math.min(600, x.acts().get(0).text().length()));
      assertEquals(d.court(), m.court(), seen);
      assertEquals(d.decisionDate(), String.valueOf(m.decisionDate()), seen);
      assertTrue(m.articles().containsAll(d.articles()), m.articles() + " in " + seen);

      ExtractResult page = extractor.extract(Source.of("page1.png", png(images.get(0))));
      ExtractResult.Extracted image = assertInstanceOf(ExtractResult.Extracted.class, page, "page1.png: " + page);
      assertTrue(image.ocr());
      assertEquals(d.court(), metadata.extract(image.acts().get(0).text(), Map.of()).court());
    }
  }

  @Test
  void withoutOcrAScanIsSkippedAsNeedingIt() throws IOException {
    byte[] scan = pdf(pages(sentence().text()).subList(0, 1));
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), false)) {
      ExtractResult.Skipped s = assertInstanceOf(ExtractResult.Skipped.class, extractor.extract(Source.of("scan.pdf", scan)));
      assertEquals(SkipReason.NEEDS_OCR, s.reason());
    }
  }

  /**
   * An ODT as LibreOffice writes it: the text in {@code content.xml}, a picture of the first page in
   * {@code Thumbnails/thumbnail.png}; with {@code pictureOnly}, the page is only a picture in
   * {@code Pictures/}, as an office file made from a scan.
   */
  static byte[] odt(String text, BufferedImage page, boolean pictureOnly) throws IOException {
    StringBuilder body = new StringBuilder();
    if (pictureOnly) {
      body.append("<text:p><draw:frame draw:name=\"page\" svg:width=\"21cm\" svg:height=\"29.7cm\">"
          + "<draw:image xlink:href=\"Pictures/page1.png\" xlink:type=\"simple\"/></draw:frame></text:p>");
    } else {
      for (String line : text.split("\n")) {
        body.append("<text:p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</text:p>");
      }
    }
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\"><office:body><office:text>" + body
        + "</office:text></office:body></office:document-content>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
        + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"Thumbnails/thumbnail.png\" manifest:media-type=\"image/png\"/>"
        + (pictureOnly ? "<manifest:file-entry manifest:full-path=\"Pictures/page1.png\" manifest:media-type=\"image/png\"/>" : "")
        + "</manifest:manifest>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
      first.setMethod(java.util.zip.ZipEntry.STORED);
      first.setSize(mime.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mime);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mime);
      zip.closeEntry();
      Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
      entries.put("META-INF/manifest.xml", manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      entries.put("content.xml", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      BufferedImage thumb = new BufferedImage(WIDTH / 4, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = thumb.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(page, 0, 0, WIDTH / 4, HEIGHT / 4, null);
      entries.put("Thumbnails/thumbnail.png", png(thumb));
      if (pictureOnly) {
        entries.put("Pictures/page1.png", png(page));
      }
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * A typed ODT is read from its text alone: its thumbnail (every ODT LibreOffice writes has one)
   * is not recognised, which cost a second a file and appended a second, misread copy of the
   * first page to the text, marking a typed decision as recognised.
   */
  @Test
  void aTypedOdtIsNotRecognisedFromItsThumbnail() throws IOException {
    Assumptions.assumeTrue(Ocr.available(), "Tesseract with Russian is not installed here");
    GeneratedDecision d = sentence();
    byte[] odt = odt(d.text(), pages(d.text()).get(0), false);
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, extractor.extract(Source.of("typed.odt", odt)));
      assertFalse(x.ocr(), "typed text, not recognised");
      String text = x.acts().get(0).text();
      String firstLine = d.text().strip().split("\n")[0].strip();
      assertEquals(1, text.split(java.util.regex.Pattern.quote(firstLine), -1).length - 1, "the first line once: " + firstLine);
    }
  }

  /** An office file that is only a picture of a page is still read: through its picture. */
  @Test
  void anOdtThatIsOnlyAPictureIsRecognised() throws IOException {
    Assumptions.assumeTrue(Ocr.available(), "Tesseract with Russian is not installed here");
    GeneratedDecision d = sentence();
    byte[] odt = odt(d.text(), pages(d.text()).get(0), true);
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      ExtractResult r = extractor.extract(Source.of("scanned.odt", odt));
      ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, "scanned.odt: " + r);
      assertTrue(x.ocr(), "recognised from its picture");
      assertEquals(d.court(), metadata.extract(x.acts().get(0).text(), Map.of()).court());
    }
  }
}
