package org.courtsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * What a file is, from its content (never its extension): plain text and HTML, PDF, RTF,
 * OpenDocument and DOCX told from their first bytes or their package's own declaration (the
 * indexer's hot path, where Tika's magic table cost more than extracting a text file); OLE2
 * containers asked of their container detector directly; anything else of Tika's detector.
 */
public final class ContentTypes {
  private ContentTypes() {}

  static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final MediaType PDF = MediaType.application("pdf");
  private static final MediaType RTF = MediaType.application("rtf");
  private static final String ODF = "application/vnd.oasis.opendocument.";

  private static final Detector OLE2 = new POIFSContainerDetector();
  private static final MediaType OLE2_UNKNOWN = MediaType.application("x-tika-msoffice");
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /**
   * A file's type from its first bytes: plain text and HTML by {@link #sniffText}, PDF, RTF and
   * OpenDocument by {@link #sniffBinary}, a DOCX by {@link #wordprocessingZip}, the rest by
   * {@code tika} (Tika's own detector).
   */
  static MediaType ofFile(Path file, Detector tika) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    MediaType sniffed = sniffText(head);
    if (sniffed == null) {
      sniffed = sniffBinary(head);
    }
    if (sniffed == null && startsWith(head, "PK\u0003\u0004")) {
      sniffed = wordprocessingZip(file);
    }
    if (sniffed != null) {
      return sniffed;
    }
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return detect(in, file.getFileName().toString(), tika);
    }
  }

  /** The type of a file's bytes (an archive's entry, a test's file) as Tika's detector tells it, OLE2 containers directly. */
  static MediaType ofBytes(byte[] bytes, String fileName, Detector tika) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detect(in, fileName, tika);
    } catch (IOException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  private static MediaType detect(InputStream in, String fileName, Detector tika) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    if (isOle2(in)) {
      // a DOC (or XLS, or an encrypted DOCX) is an OLE2 container: Tika's magic table would only say so, and its
      // container detector then names the document by the container's streams; asked directly, it is a seventh the cost
      MediaType type = OLE2.detect(in, md);
      if (!OLE2_UNKNOWN.equals(type)) {
        return type;
      }
    }
    return tika.detect(in, md);
  }

  private static boolean isOle2(InputStream in) throws IOException {
    in.mark(OLE2_MAGIC.length);
    try {
      return Arrays.equals(in.readNBytes(OLE2_MAGIC.length), OLE2_MAGIC);
    } finally {
      in.reset();
    }
  }

  /**
   * A DOCX told by its package's own declaration: {@code [Content_Types].xml} names the main part
   * a Word document (read from the ZIP's directory, without opening the package as Tika's detector
   * does). Macro-enabled documents, templates and anything else: null, Tika decides.
   */
  static MediaType wordprocessingZip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry types = zip.getEntry("[Content_Types].xml");
      if (types == null || types.getSize() > 1 << 16 || zip.getEntry("word/document.xml") == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(types)) {
        String xml = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
        return xml.contains("ContentType=\"" + DOCX_MAIN + "\"") ? DOCX : null;
      }
    } catch (IOException | RuntimeException e) {
      return null; // not a ZIP we can read: Tika's detector says what it is
    }
  }

  /**
   * Plain text and HTML told from their content without Tika's detector (most of a court
   * archive, and the indexer's hot path): no binary magic, no control bytes in the first 4 KB.
   * Null means "ask Tika" (every binary format, XML, UTF-16, anything doubtful).
   */
  static MediaType sniffText(byte[] b) {
    if (b.length < 2 || startsWith(b, "%PDF") || startsWith(b, "PK") || startsWith(b, "{\\rtf") || startsWith(b, "<?xml")
        || startsWith(b, "7z") || (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF || (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B
        || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return null;
    }
    int n = Math.min(b.length, 4096);
    for (int i = 0; i < n; i++) {
      int x = b[i] & 0xff;
      if (x < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f') {
        return null;
      }
    }
    String head = new String(b, 0, Math.min(n, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head")) {
      return MediaType.TEXT_HTML;
    }
    return head.stripLeading().startsWith("<") ? null : MediaType.TEXT_PLAIN;
  }

  /**
   * The formats whose first bytes say what they are, without Tika's magic table (a tenth of the
   * indexer's time on office files): PDF, RTF, and OpenDocument, whose ZIP starts with a stored
   * {@code mimetype} entry naming its type (the rule Tika's own detector applies). Null: ask Tika
   * (DOCX and other ZIP containers, OLE2 files, anything else).
   */
  public static MediaType sniffBinary(byte[] b) {
    if (startsWith(b, "%PDF-")) {
      return PDF;
    }
    if (startsWith(b, "{\\rtf")) {
      return RTF;
    }
    if (b.length > 38 && startsWith(b, "PK\u0003\u0004")) {
      int nameLength = (b[26] & 0xff) | (b[27] & 0xff) << 8;
      int extraLength = (b[28] & 0xff) | (b[29] & 0xff) << 8;
      int method = (b[8] & 0xff) | (b[9] & 0xff) << 8;
      int size = (b[18] & 0xff) | (b[19] & 0xff) << 8 | (b[20] & 0xff) << 16 | (b[21] & 0xff) << 24;
      int data = 30 + nameLength + extraLength;
      if (method == 0 && nameLength == 8 && size > ODF.length() && size < 100 && data + size <= b.length
          && new String(b, 30, 8, StandardCharsets.US_ASCII).equals("mimetype")) {
        String type = new String(b, data, size, StandardCharsets.US_ASCII).trim();
        if (type.startsWith(ODF) && type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
          return MediaType.parse(type);
        }
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
