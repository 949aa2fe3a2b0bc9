import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.MetadataExtractor;

/**
 * Cost per file of each kind, one thread, warm (the second of two rounds): Tika alone as
 * {@code TikaAlone} reads a file, against ours — type detection, extraction and every metadata
 * field, with OCR ready where Tesseract is installed, as in the index run. Tells whether a gap between the index run and Tika alone is in the reading of files or
 * elsewhere (the node, the bulk requests, set-up). One sub-folder a kind, as {@code
 * office_corpus.py} writes them. Usage: {@code java -cp 'cli/target/courtsearch-cli.jar:cli/target/lib/*'
 * bench/PerKind.java DIR [FILES_PER_KIND]}
 */
public class PerKind {
  public static void main(String[] args) throws Exception {
    int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    File[] kinds = new File(args[0]).listFiles(File::isDirectory);
    Arrays.sort(kinds);
    AutoDetectParser tika = new AutoDetectParser();
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    // as the index run reads: with OCR where Tesseract is installed (a PDF is then read page by page for pages without text)
    try (DocumentExtractor ours = new DocumentExtractor(ExtractionLimits.defaults())) {
      for (int round = 0; round < 2; round++) {
        for (File kind : kinds) {
          List<Path> files;
          try (Stream<Path> s = Files.walk(kind.toPath())) {
            files = s.filter(Files::isRegularFile).limit(perKind).toList();
          }
          long t0 = System.nanoTime();
          for (Path f : files) {
            tikaAlone(tika, f);
          }
          long t1 = System.nanoTime();
          long inMetadata = 0;
          for (Path f : files) {
            MediaType type = ours.detectFile(f);
            ExtractResult r = ours.extract(Source.of(f.toString(), Files.readAllBytes(f)).withType(type));
            if (r instanceof ExtractResult.Extracted x) {
              long m0 = System.nanoTime();
              for (ExtractResult.Act act : x.acts()) {
                metadata.extract(act.text(), act.card());
              }
              inMetadata += System.nanoTime() - m0;
            }
          }
          long t2 = System.nanoTime();
          if (round == 1) {
            int n = files.size();
            System.out.printf("%-8s %4d files: Tika alone %.2f ms, ours %.2f ms (metadata %.2f ms) a file%n", kind.getName(), n,
                (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, inMetadata / 1e6 / n);
          }
        }
      }
    }
  }

  private static void tikaAlone(AutoDetectParser tika, Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      ParseContext context = new ParseContext();
      TesseractOCRConfig noOcr = new TesseractOCRConfig();
      noOcr.setSkipOcr(true);
      context.set(TesseractOCRConfig.class, noOcr);
      tika.parse(in, new BodyContentHandler(10_000_000), new Metadata(), context);
    } catch (Exception | LinkageError e) {
      // counted as read, as in TikaAlone: a file Tika cannot read costs what it cost
    }
  }
}
