import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Tika alone, the yardstick of the index run: every file of a folder through AutoDetectParser
 * into a BodyContentHandler, on N threads, nothing else (no metadata extraction, no index, no
 * OCR: where Tesseract is installed, stock Tika would also read the thumbnail LibreOffice puts in
 * every ODT, about a second a file).
 * Prints files/s and characters read. Usage (Java's single-file launch, the CLI's class path):
 * {@code java -cp 'cli/target/lib/*' bench/TikaAlone.java DIR [THREADS]}
 */
public class TikaAlone {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    AutoDetectParser parser = new AutoDetectParser();
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (Path f : files) {
      pool.execute(() -> {
        BodyContentHandler handler = new BodyContentHandler(10_000_000);
        try (InputStream in = Files.newInputStream(f)) {
          ParseContext context = new ParseContext();
          TesseractOCRConfig noOcr = new TesseractOCRConfig();
          noOcr.setSkipOcr(true); // text extraction alone: no Tesseract, even where it is installed
          context.set(TesseractOCRConfig.class, noOcr);
          parser.parse(in, handler, new Metadata(), context);
          chars.addAndGet(handler.toString().length());
        } catch (Exception | LinkageError e) {
          failed.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("tika alone: %d files in %.1f s = %.0f files/s on %d threads; %d failed; %d chars%n", files.size(), seconds,
        files.size() / seconds, threads, failed.get(), chars.get());
  }
}
