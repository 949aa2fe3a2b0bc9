package org.courtsearch.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes a decision's text in the formats courts and scrapers produce. */
final class Formats {
  /** A TrueType font with Cyrillic for PDFs: Debian's fonts-dejavu-core. */
  static final Path PDF_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  private Formats() {}

  static byte[] txt(String text, Charset charset) {
    return text.replace("\n", "\r\n").getBytes(charset);
  }

  /** A page saved from a court's site: page chrome, the case card tabs, the act in {@code div#cont_doc1}. */
  static byte[] sudrfHtml(String text, GeneratedDecision truth, Charset charset) {
    StringBuilder act = new StringBuilder();
    for (String line : text.split("\n")) {
      act.append("<P style=\"TEXT-ALIGN: justify; TEXT-INDENT: 0.5in\">").append(escape(line)).append("</P>\n");
    }
    String html = "<!DOCTYPE html>\n<html><head><meta http-equiv='Content-Type' content='text/html; charset=" + charset.name()
        + "'>\n<title>" + escape(truth.court()) + "</title></head>\n<body>\n"
        + "<div class='header'><div class='menu menu_horizontal'><a href='/'>Главная</a> | <a href='/modules.php?name=sud_delo'>"
        + "Судебное делопроизводство</a> | <a href='/modules.php?name=press_dep'>Пресс-служба</a> | <a href='#'>Обращения граждан</a></div>"
        + "<div class='addrblock'>Адрес суда, телефоны, режим работы</div></div>\n"
        + "<div class='col col_left'><ul class='menu menu_vertical'><li>Новости</li><li>Документы суда</li><li>Противодействие коррупции</li></ul></div>\n"
        + "<div class='col col_content'><div id='content'><div class='title'>ДЕЛО № " + escape(truth.caseNumber()) + "</div>\n"
        + "<div id='cont1'><table id='tablcont'><tr><th colspan=2>ДЕЛО</th></tr>"
        + "<tr><td>Уникальный идентификатор дела</td><td>" + escape(truth.uid() == null ? "" : truth.uid()) + "</td></tr>"
        + "<tr><td>Судья</td><td>" + escape(truth.judge()) + "</td></tr>"
        + "<tr><td>Результат рассмотрения</td><td>Вынесено решение по делу</td></tr></table></div>\n"
        + "<div id='cont7'><ul class='tabs'><li id='tab_doc1'><a href='#'>Судебный акт #1</a></li></ul>"
        + "<div class='contentt'><div id='cont_doc1'>\n" + act + "</div></div></div>\n"
        + "<div class='publishInfo'>Опубликовано на сайте 01.01.2026</div></div></div>\n"
        + "<div class='footer'>© Официальный сайт суда. Все права защищены.</div>\n</body></html>\n";
    return html.getBytes(charset);
  }

  /** A page of another site: navigation and a footer around the act in an {@code article}. */
  static byte[] plainHtml(String text) {
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      body.append("<p>").append(escape(line)).append("</p>\n");
    }
    String html = "<!DOCTYPE html>\n<html lang='ru'><head><meta charset='utf-8'><title>Судебный акт</title>"
        + "<script>var analytics = {track: function() {}};</script><style>body{font-family:serif}</style></head>\n<body>\n"
        + "<nav><a href='/'>Главная</a> <a href='/search'>Поиск решений</a> <a href='/about'>О проекте</a></nav>\n"
        + "<header><h1>Архив судебных решений</h1></header>\n<article>\n" + body + "</article>\n"
        + "<footer>Материалы сайта доступны по лицензии. Контакты: редакция.</footer>\n</body></html>\n";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RTF as word processors write it: Windows-1251 hex escapes, or Unicode escapes. */
  static byte[] rtf(String text, boolean unicode) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}\n\\f0\\fs28 ");
    Charset cp1251 = Charset.forName("windows-1251");
    for (String line : text.split("\n")) {
      for (char c : line.toCharArray()) {
        if (c == '\\' || c == '{' || c == '}') {
          rtf.append('\\').append(c);
        } else if (c < 128) {
          rtf.append(c);
        } else if (unicode) {
          rtf.append("\\u").append((int) (short) c).append('?');
        } else {
          byte[] b = String.valueOf(c).getBytes(cp1251);
          rtf.append(String.format("\\'%02x", b[0] & 0xff));
        }
      }
      rtf.append("\\par\n");
    }
    rtf.append("}");
    return rtf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] odt(String text) {
    StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>\n");
    for (String line : text.split("\n")) {
      content.append("<text:p>").append(escape(line)).append("</text:p>\n");
    }
    content.append("</office:text></office:body></office:document-content>\n");
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n</manifest:manifest>\n";
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean pdfAvailable() {
    return Files.isReadable(PDF_FONT);
  }

  /** A PDF with a text layer, lines wrapped to the page. */
  static byte[] pdf(String text) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(doc, PDF_FONT.toFile());
      float size = 10;
      float leading = 13;
      float width = PDRectangle.A4.getWidth() - 100;
      PDPage page = null;
      PDPageContentStream stream = null;
      float y = 0;
      for (String line : wrap(text, font, size, width)) {
        if (stream == null || y < 60) {
          if (stream != null) {
            stream.endText();
            stream.close();
          }
          page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          stream = new PDPageContentStream(doc, page);
          stream.beginText();
          stream.setFont(font, size);
          y = PDRectangle.A4.getHeight() - 60;
          stream.newLineAtOffset(50, y);
        }
        stream.showText(line);
        stream.newLineAtOffset(0, -leading);
        y -= leading;
      }
      if (stream != null) {
        stream.endText();
        stream.close();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
    ArrayList<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Legacy Word .doc, converted from RTF by AbiWord when it is installed (Debian's abiword). */
  static byte[] doc(String text, Path work) {
    try {
      Path rtf = Files.createTempFile(work, "doc", ".rtf");
      Path doc = rtf.resolveSibling(rtf.getFileName().toString().replace(".rtf", ".doc"));
      Files.write(rtf, rtf(text, true));
      Process p = new ProcessBuilder("abiword", "--to=doc", "--to-name=" + doc, rtf.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor() != 0 || !Files.exists(doc)) {
        throw new IOException("abiword could not convert to .doc");
      }
      byte[] bytes = Files.readAllBytes(doc);
      Files.delete(rtf);
      Files.delete(doc);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static boolean docAvailable() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "abiword"))) {
        return true;
      }
    }
    return false;
  }

  static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
