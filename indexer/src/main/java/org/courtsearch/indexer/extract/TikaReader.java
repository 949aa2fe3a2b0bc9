package org.courtsearch.indexer.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.tika.detect.Detector;
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
import org.courtsearch.indexer.extract.ExtractResult.Act;
import org.courtsearch.indexer.extract.ExtractResult.Extracted;
import org.courtsearch.indexer.extract.ExtractResult.Skipped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * The formats Apache Tika reads (DOC, DOCX, RTF, PDF, ODT, images and the rest), each file on a
 * parsing thread of its own within the per-file time limit, with Tesseract for scans where it is
 * installed. Tika's parsers load in the background (a second, cold) from construction on.
 */
final class TikaReader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TikaReader.class);
  /** Tika's parsers and detector, loading on a thread of their own: see {@link #parser()}. */
  private final CompletableFuture<AutoDetectParser> tika;
  private final ExtractionLimits limits;
  private final boolean ocr;
  private final AtomicBoolean scanWarned = new AtomicBoolean();
  private final ExecutorService parsing = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "tika-parse");
    t.setDaemon(true);
    return t;
  });

  TikaReader(ExtractionLimits limits, boolean ocr, CompletableFuture<AutoDetectParser> parser) {
    this.limits = limits;
    this.ocr = ocr;
    this.tika = parser.thenApply(p -> {
      p.setDetector(new KnownType(p.getDetector()));
      return p;
    });
  }

  /** Tika's parser, once loaded; its detector is {@link KnownType} over Tika's own. */
  private AutoDetectParser parser() {
    try {
      return tika.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException("Tika could not load", e.getCause());
    }
  }

  /** Tika's own detector (under the {@link KnownType} the parser was given). */
  Detector detector() {
    return ((KnownType) parser().getDetector()).detector();
  }

  /** A file's text, or why there is none: skipped as over time, encrypted, corrupt, empty, a scan without OCR… */
  ExtractResult read(Source source, MediaType type) {
    AtomicReference<Thread> runner = new AtomicReference<>();
    Future<ExtractResult> future = parsing.submit(() -> {
      runner.set(Thread.currentThread());
      try {
        return read(source, type.getBaseType().toString());
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

  private ExtractResult read(Source source, String base) throws IOException {
    ExtractResult first = read(source, base, false);
    if (first instanceof Extracted e && e.acts().get(0).text().isEmpty()) {
      return read(source, base, true); // an office file that is only a picture of a page: its pictures are what it says
    }
    return first;
  }

  /** One pass of Tika; {@code pictures}: whether embedded pictures are read (recognised) too. */
  private ExtractResult read(Source source, String base, boolean pictures) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.fileName());
    md.set(KnownType.TYPE, base); // detected once, by the extractor: the parser takes it as it is
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    List<String> warnings = new ArrayList<>();
    ParseContext context = context(pictures);
    try (TikaInputStream in = TikaInputStream.get(source.bytes())) {
      parser().parse(in, handler, md, context);
    } catch (EncryptedDocumentException e) {
      return new Skipped(SkipReason.ENCRYPTED, message(e));
    } catch (ZeroByteFileException e) {
      return new Skipped(SkipReason.EMPTY, "0 bytes");
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        return new Skipped(SkipReason.CORRUPT, message(e));
      }
      warnings.add(limits.truncationWarning());
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
      return noText(source, base);
    }
    boolean recognised = ocr && recognised(md);
    if (recognised) {
      warnings.add("text recognised from a scan (OCR): it may contain recognition errors");
    }
    return new Extracted(base, List.of(new Act("", text, Map.of())), warnings, recognised);
  }

  private Skipped noText(Source source, String base) {
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

  /**
   * How Tika reads a file here: Tesseract (Russian and English) only where a PDF page has no
   * text of its own ({@code AUTO}) and for images, within the per-file time limit; no OCR at all
   * where Tesseract is missing.
   */
  private ParseContext context(boolean pictures) {
    ParseContext context = new ParseContext();
    if (!pictures) {
      // what AutoDetectParser sets up when the context has no extractor: the parser embedded documents and PDF pages go to
      context.set(Parser.class, parser());
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
