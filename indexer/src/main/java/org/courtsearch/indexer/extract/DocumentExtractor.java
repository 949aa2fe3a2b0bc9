package org.courtsearch.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.courtsearch.indexer.extract.ExtractResult.Act;
import org.courtsearch.indexer.extract.ExtractResult.Extracted;
import org.courtsearch.indexer.extract.ExtractResult.Skipped;
import org.courtsearch.indexer.metadata.CourtDirectory;

/**
 * Text from decision files, by detected content type (never by extension, see {@link
 * ContentTypes}): tables of cases to {@link CaseTableActs}, plain text decoded here, HTML to
 * {@link HtmlActs} (court-site aware), archives back to the caller, DOC, DOCX, RTF, PDF, ODT and
 * the rest to {@link TikaReader}. Thread-safe; one instance serves all extraction threads.
 */
public final class DocumentExtractor implements AutoCloseable {
  private final ExtractionLimits limits;
  private final TikaReader tika;
  private final CourtDirectory courts = CourtDirectory.shared();

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
    this.tika = new TikaReader(limits, ocr, parser);
  }

  private static void loaderThread(Runnable r) {
    Thread t = new Thread(r, "tika-load");
    t.setDaemon(true);
    t.start();
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /** The type of a file's bytes (an archive's entry), see {@link ContentTypes#ofBytes}. */
  public MediaType detect(byte[] bytes, String fileName) {
    return ContentTypes.ofBytes(bytes, fileName, tika.detector());
  }

  /** A file's type from its first bytes, Tika's detector only where they do not tell (see {@link ContentTypes#ofFile}). */
  public MediaType detectFile(Path file) throws IOException {
    return ContentTypes.ofFile(file, tika.detector());
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
      return CaseTableActs.read(source, true, limits, courts)
          .orElse(new Skipped(SkipReason.NOT_A_DECISION, "no case numbers or УИД in " + source.fileName()));
    }
    if (DATA_FILE.matcher(source.fileName()).matches()) {
      if (TABLE_FILE.matcher(source.fileName()).matches() && source.bytes().length > 0) {
        Optional<ExtractResult> table = CaseTableActs.read(source, false, limits, courts);
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
    MediaType type = source.type() != null ? source.type() : ContentTypes.sniffText(source.bytes());
    if (type == null) {
      type = ContentTypes.sniffBinary(source.bytes());
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
        return plainText(base, TextDecoder.decode(source.bytes()).text());
      }
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        return HtmlActs.read(base, source.bytes(), source.path(), limits);
      }
      return tika.read(source, type);
    } catch (RuntimeException e) {
      return new Skipped(SkipReason.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private ExtractResult plainText(String type, String raw) {
    List<String> warnings = new ArrayList<>();
    String text = TextCleanup.clean(limits.clip(raw, warnings));
    if (text.isEmpty()) {
      return new Skipped(SkipReason.EMPTY, "no text");
    }
    return new Extracted(type, List.of(new Act("", text, Map.of())), warnings);
  }

  @Override
  public void close() {
    tika.close();
  }
}
