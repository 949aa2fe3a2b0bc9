package org.courtsearch.indexer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.MetadataExtractor;

/**
 * Where the indexer's time goes per file, one thread, no Elasticsearch: type detection and
 * extraction, then metadata. Not a test: {@code ExtractionProfile DIR [files]}.
 */
public final class ExtractionProfile {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
          .limit(args.length > 1 ? Integer.parseInt(args[1]) : 3000).toList();
    }
    DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    for (int round = 0; round < 3; round++) {
      long read = 0;
      long extract = 0;
      long meta = 0;
      int n = 0;
      for (Path p : files) {
        long t0 = System.nanoTime();
        byte[] bytes = Files.readAllBytes(p);
        long t1 = System.nanoTime();
        ExtractResult r = extractor.extract(Source.of(p.toString(), bytes));
        long t2 = System.nanoTime();
        if (r instanceof ExtractResult.Extracted x) {
          for (ExtractResult.Act a : x.acts()) {
            metadata.extract(a.text(), a.card());
          }
        }
        long t3 = System.nanoTime();
        read += t1 - t0;
        extract += t2 - t1;
        meta += t3 - t2;
        n++;
      }
      System.out.printf("round %d: %d files; per file: read %.2f ms, detect+extract %.2f ms, metadata %.2f ms%n",
          round, n, read / 1e6 / n, extract / 1e6 / n, meta / 1e6 / n);
    }
    extractor.close();
  }
}
