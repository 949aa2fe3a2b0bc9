package org.courtsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.courtsearch.indexer.cases.CourtPages;
import org.courtsearch.indexer.cases.ScraperFiles;
import org.courtsearch.indexer.extract.ExtractResult.Act;
import org.courtsearch.indexer.extract.ExtractResult.Extracted;
import org.courtsearch.indexer.extract.ExtractResult.Skipped;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Text from decision files, by detected content type (never by extension): a lean path for
 * plain text (encoding detection) and HTML (jsoup, court-site aware), Apache Tika for DOC, DOCX,
 * RTF, PDF, ODT and the rest. Thread-safe; one instance serves all extraction threads.
 */
public final class DocumentExtractor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DocumentExtractor.class);
  /** Tika's parsers and detector, loading on a thread of their own (a second, cold): see {@link #tika()}. */
  private final CompletableFuture<AutoDetectParser> tika;
  private final ExtractionLimits limits;
  private final ExecutorService parsing = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "tika-parse");
    t.setDaemon(true);
    return t;
  });

  private final boolean ocr;
  private final CourtDirectory courts = CourtDirectory.shared();
  private final AtomicBoolean scanWarned = new AtomicBoolean();

  public DocumentExtractor(ExtractionLimits limits) {
    this(limits, Ocr.available());
  }

  /**
   * @param ocr read scans through Tesseract (where a page or an image has no text)
   *
   * <p>Returns at once: Tika's parsers load in the background while the caller connects to the
   * cluster and makes its indices (a 500-file run spent a sixth of its time waiting for them);
   * the first file that needs them waits for the rest of the loading.
   */
  public DocumentExtractor(ExtractionLimits limits, boolean ocr) {
    this(limits, ocr, CompletableFuture.supplyAsync(AutoDetectParser::new, DocumentExtractor::loaderThread));
  }

  /** @param parser what reads the formats Tika reads (tests give one that never returns) */
  DocumentExtractor(ExtractionLimits limits, boolean ocr, AutoDetectParser parser) {
    this(limits, ocr, CompletableFuture.completedFuture(parser));
  }

  private DocumentExtractor(ExtractionLimits limits, boolean ocr, CompletableFuture<AutoDetectParser> parser) {
    this.limits = limits;
    this.ocr = ocr;
    this.tika = parser.thenApply(p -> {
      p.setDetector(new KnownType(p.getDetector()));
      return p;
    });
  }

  private static void loaderThread(Runnable r) {
    Thread t = new Thread(r, "tika-load");
    t.setDaemon(true);
    t.start();
  }

  /** Tika's parser, once loaded; its detector is {@link KnownType} over Tika's own. */
  private AutoDetectParser tika() {
    try {
      return tika.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException("Tika could not load", e.getCause());
    }
  }

  /** Tika's own detector (under the {@link KnownType} the parser was given). */
  private Detector detector() {
    return ((KnownType) tika().getDetector()).detector();
  }

  public ExtractionLimits limits() {
    return limits;
  }

  public MediaType detect(byte[] bytes, String fileName) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detect(in, fileName);
    } catch (IOException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  /**
   * A file's type from its first bytes: plain text and HTML by {@link #sniffText}, the rest by
   * Tika (whose magic matching cost more than extracting a text file).
   */
  public MediaType detectFile(Path file) throws IOException {
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
    return sniffed != null ? sniffed : detect(file);
  }

  private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

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

  public MediaType detect(Path file) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return detect(in, file.getFileName().toString());
    }
  }

  private MediaType detect(InputStream in, String fileName) throws IOException {
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
    return detector().detect(in, md);
  }

  private static final Detector OLE2 = new POIFSContainerDetector();
  private static final MediaType OLE2_UNKNOWN = MediaType.application("x-tika-msoffice");
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static boolean isOle2(InputStream in) throws IOException {
    in.mark(OLE2_MAGIC.length);
    try {
      return Arrays.equals(in.readNBytes(OLE2_MAGIC.length), OLE2_MAGIC);
    } finally {
      in.reset();
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

  private static final MediaType PDF = MediaType.application("pdf");
  private static final MediaType RTF = MediaType.application("rtf");
  private static final String ODF = "application/vnd.oasis.opendocument.";

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

  /** Data and notes that sit beside decisions (ground truth, manifests, scrapers' tables, READMEs): never a decision. */
  private static final Pattern DATA_FILE = Pattern.compile(
      "(?i).*\\.(?:tsv|csv|json|jsonl|ndjson|md|markdown|ya?ml|xml\\.gz)$");

  /** Tables scrapers write, read for their cases; the other data files are skipped. */
  private static final Pattern TABLE_FILE = Pattern.compile("(?i).*\\.(?:tsv|csv|json|jsonl|ndjson)$");

  /** The type given to a file that is read as a table of case cards whatever its name (the index command's {@code --metadata}). */
  public static final MediaType CASE_TABLE = MediaType.application("x-courtsearch-case-table");

  public ExtractResult extract(Source source) {
    if (CASE_TABLE.equals(source.type())) {
      return caseTable(source).orElse(new Skipped(SkipReason.NOT_A_DECISION, "no case numbers or УИД in " + source.fileName()));
    }
    if (DATA_FILE.matcher(source.fileName()).matches()) {
      if (TABLE_FILE.matcher(source.fileName()).matches() && source.bytes().length > 0) {
        Optional<ExtractResult> table = caseTable(source);
        if (table.isPresent()) {
          return table.get();
        }
      }
      return new Skipped(SkipReason.NOT_A_DECISION, "a data or notes file (" + source.fileName() + ")");
    }
    if (source.bytes().length == 0) {
      return new Skipped(SkipReason.EMPTY, "0 bytes");
    }
    if (source.bytes().length > limits.maxFileBytes()) {
      return new Skipped(SkipReason.TOO_LARGE, source.bytes().length + " bytes");
    }
    MediaType type = source.type() != null ? source.type() : sniffText(source.bytes());
    if (type == null) {
      type = sniffBinary(source.bytes());
    }
    if (type == null) {
      type = detect(source.bytes(), source.fileName());
    }
    String base = type.getBaseType().toString();
    if (Archives.isArchive(type)) {
      return new ExtractResult.Archive(base);
    }
    try {
      if (base.equals("text/plain")) {
        return single(base, TextDecoder.decode(source.bytes()).text(), Map.of());
      }
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        return html(base, source.bytes(), source.path());
      }
      return withTimeout(source, type);
    } catch (RuntimeException e) {
      return new Skipped(SkipReason.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** What a court site answers instead of data: no decision, and never to be counted as one. */
  private static final Pattern SITE_ANSWER = Pattern.compile(
      "Данных по запросу не обнаружено|Информация временно недоступна|Неверно указан проверочный код");

  /** A scraper's table of cases (or our metadata table): its rows are cases, the texts some carry are acts. */
  private Optional<ExtractResult> caseTable(Source source) {
    Optional<ScraperFiles.Table> table;
    try {
      table = ScraperFiles.read(source.bytes(), source.path(), null,
          code -> courts.region(String.format(Locale.ROOT, "%02d", code)).orElse(null), CASE_TABLE.equals(source.type()));
    } catch (RuntimeException e) {
      return Optional.of(new Skipped(SkipReason.CORRUPT, "a table of cases that cannot be read: " + e.getMessage()));
    }
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<Act> acts = new ArrayList<>();
    List<String> warnings = new ArrayList<>(table.get().warnings());
    for (ScraperFiles.RowText t : table.get().texts()) {
      String text = TextCleanup.clean(t.text());
      if (text.length() > limits.maxChars()) {
        text = text.substring(0, limits.maxChars());
        warnings.add(truncationWarning());
      }
      acts.add(new Act(t.key(), text, t.card()));
    }
    String type = source.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv" : "application/json";
    return Optional.of(new Extracted(type, acts, warnings, false, table.get().cases(), table.get().leftOut()));
  }

  private ExtractResult html(String type, byte[] bytes, String path) {
    Document doc = HtmlText.parse(bytes);
    CourtPages.Page page = CourtPages.read(doc, path, null);
    List<HtmlText.Act> found = HtmlText.acts(doc, page.kind() == CourtPages.Kind.OTHER);
    if (page.kind() != CourtPages.Kind.OTHER) {
      List<Act> acts = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        String text = TextCleanup.clean(found.get(i).text());
        if (text.length() > limits.maxChars()) {
          text = text.substring(0, limits.maxChars());
          warnings.add(truncationWarning());
        }
        if (!text.isEmpty()) {
          String docType = i < page.actTypes().size() ? page.actTypes().get(i) : null;
          acts.add(new Act(i == 0 ? "" : "#" + (i + 1), text, found.get(i).card(), docType));
        }
      }
      return new Extracted(type, acts, warnings, false, page.cases());
    }
    if (found.size() == 1) {
      Matcher answer = SITE_ANSWER.matcher(found.get(0).text());
      if (answer.find()) {
        return new Skipped(SkipReason.NOT_A_DECISION, "the court site's answer instead of data: «" + answer.group() + "»");
      }
    }
    List<Act> acts = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      String text = TextCleanup.clean(found.get(i).text());
      if (text.length() > limits.maxChars()) {
        text = text.substring(0, limits.maxChars());
        warnings.add(truncationWarning());
      }
      if (!text.isEmpty()) {
        acts.add(new Act(i == 0 ? "" : "#" + (i + 1), text, found.get(i).card()));
      }
    }
    if (acts.isEmpty()) {
      return new Skipped(SkipReason.EMPTY, "no text in the page");
    }
    return new Extracted(type, acts, warnings);
  }

  private ExtractResult single(String type, String raw, Map<String, String> card) {
    List<String> warnings = new ArrayList<>();
    String text = raw;
    if (text.length() > limits.maxChars()) {
      text = text.substring(0, limits.maxChars());
      warnings.add(truncationWarning());
    }
    text = TextCleanup.clean(text);
    if (text.isEmpty()) {
      return new Skipped(SkipReason.EMPTY, "no text");
    }
    return new Extracted(type, List.of(new Act("", text, card)), warnings);
  }

  private String truncationWarning() {
    return "text cut at " + limits.maxChars() + " characters";
  }

  private ExtractResult withTimeout(Source source, MediaType type) {
    AtomicReference<Thread> runner = new AtomicReference<>();
    Future<ExtractResult> future = parsing.submit(() -> {
      runner.set(Thread.currentThread());
      try {
        return tika(source, type);
      } finally {
        synchronized (runner) { // the watchdog stops this thread only while it still parses this file
          runner.set(null);
        }
      }
    });
    try {
      return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      ParseWatchdog.stopIfStillRunning(runner, source.path());
      return new Skipped(SkipReason.TIMEOUT, "over " + limits.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Skipped(SkipReason.FAILED, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OutOfMemoryError) {
        return new Skipped(SkipReason.FAILED, "out of memory while parsing");
      }
      return new Skipped(SkipReason.FAILED, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
  }

  private ExtractResult tika(Source source, MediaType type) throws IOException {
    String base = type.getBaseType().toString();
    ExtractResult first = tika(source, base, false);
    if (first instanceof Extracted e && e.acts().get(0).text().isEmpty()) {
      return tika(source, base, true); // an office file that is only a picture of a page: its pictures are what it says
    }
    return first;
  }

  /** One pass of Tika; {@code pictures}: whether embedded pictures are read (recognised) too. */
  private ExtractResult tika(Source source, String base, boolean pictures) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.fileName());
    md.set(KnownType.TYPE, base); // detected once, in extract(): the parser takes it as it is
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    List<String> warnings = new ArrayList<>();
    ParseContext context = context(pictures);
    try (TikaInputStream in = TikaInputStream.get(source.bytes())) {
      tika().parse(in, handler, md, context);
    } catch (EncryptedDocumentException e) {
      return new Skipped(SkipReason.ENCRYPTED, message(e));
    } catch (ZeroByteFileException e) {
      return new Skipped(SkipReason.EMPTY, "0 bytes");
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        return new Skipped(SkipReason.CORRUPT, message(e));
      }
      warnings.add(truncationWarning());
    } catch (TikaException e) {
      if (e.getCause() instanceof EncryptedDocumentException
          || String.valueOf(e.getMessage()).toLowerCase().contains("password")) {
        return new Skipped(SkipReason.ENCRYPTED, message(e));
      }
      return new Skipped(SkipReason.CORRUPT, message(e));
    }
    String text = TextCleanup.clean(handler.toString());
    if (text.isEmpty() && !pictures && ocr && !base.startsWith("image/") && !base.equals("application/pdf")
        && !base.equals("application/octet-stream")) {
      return new Extracted(base, List.of(new Act("", "", Map.of())), warnings, false); // read again with pictures
    }
    if (text.isEmpty()) {
      if (base.equals("application/octet-stream")) {
        return new Skipped(SkipReason.UNSUPPORTED, "unknown format");
      }
      if (base.startsWith("image/") || base.equals("application/pdf")) {
        if (!ocr) {
          if (scanWarned.compareAndSet(false, true)) {
            log.warn("{} has no text layer and there is no OCR here: scans are skipped and counted as {} "
                + "(install tesseract-ocr and tesseract-ocr-rus to read them)", source.path(), SkipReason.NEEDS_OCR);
          }
          return new Skipped(SkipReason.NEEDS_OCR, "no text layer in " + base);
        }
        return new Skipped(SkipReason.EMPTY, "no text recognised in " + base);
      }
      return new Skipped(SkipReason.EMPTY, "no text in " + base);
    }
    boolean recognised = ocr && recognised(md);
    if (recognised) {
      warnings.add("text recognised from a scan (OCR): it may contain recognition errors");
    }
    return new Extracted(base, List.of(new Act("", text, Map.of())), warnings, recognised);
  }

  /**
   * How Tika reads a file here: Tesseract (Russian and English) only where a PDF page has no
   * text of its own ({@code AUTO}) and for images, within the per-file time limit; no OCR at all
   * where Tesseract is missing.
   */
  private ParseContext context(boolean pictures) {
    ParseContext context = new ParseContext();
    if (!pictures) {
      // what AutoDetectParser sets up when the context has no extractor: the parser embedded documents and PDF pages go to
      context.set(Parser.class, tika());
      context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedImages(context));
    }
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    if (ocr) {
      tesseract.setLanguage(Ocr.LANGUAGES);
      tesseract.setTimeoutSeconds((int) Math.max(1, limits.timeout().toSeconds()));
    }
    context.set(TesseractOCRConfig.class, tesseract);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  /** Whether Tesseract read any part of the text (Tika names every parser it used). */
  private static boolean recognised(Metadata md) {
    for (String parser : md.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET)) {
      if (parser.contains("TesseractOCRParser")) {
        return true;
      }
    }
    for (String parser : md.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
      if (parser.contains("TesseractOCRParser")) {
        return true;
      }
    }
    String pages = md.get("pdf:ocrPageCount");
    return pages != null && !pages.equals("0");
  }

  private static String message(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  @Override
  public void close() {
    parsing.shutdownNow();
  }
}
