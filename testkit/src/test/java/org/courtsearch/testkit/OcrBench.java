package org.courtsearch.testkit;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;

/**
 * OCR throughput, for BENCHMARKS.md: generated decisions typeset on A4 pages at 200 dpi (as
 * {@link ScannedDecisionTest} does), image-only PDFs read back through the extractor, one file
 * per thread. Not a test: {@code OcrBench [PAGES] [THREADS]}.
 */
public final class OcrBench {
  public static void main(String[] args) throws Exception {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    DecisionTexts texts = new DecisionTexts(new Random(5), CourtDirectory.shared());
    List<byte[]> files = new ArrayList<>();
    int pages = 0;
    while (pages < wanted) {
      List<BufferedImage> images = ScannedDecisionTest.pages(texts.next().text());
      files.add(ScannedDecisionTest.pdf(images));
      pages += images.size();
    }
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      extractor.extract(Source.of("warm.pdf", files.get(0)));
      long t0 = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      int[] recognised = new int[1];
      for (int t = 0; t < threads; t++) {
        int first = t;
        Thread w = new Thread(() -> {
          for (int i = first; i < files.size(); i += threads) {
            if (extractor.extract(Source.of(i + ".pdf", files.get(i))) instanceof ExtractResult.Extracted x && x.ocr()) {
              synchronized (recognised) {
                recognised[0]++;
              }
            }
          }
        });
        w.start();
        workers.add(w);
      }
      for (Thread w : workers) {
        w.join();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%d scanned decisions, %d pages, %d threads: %.1f s, %.2f pages/s (%d recognised)%n",
          files.size(), pages, threads, s, pages / s, recognised[0]);
    }
  }
}
