package org.courtsearch.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.courtsearch.analysis.Morphology;
import org.courtsearch.analysis.RussianChains;

/**
 * How fast each morphology analyses real decision text, on one thread, without Elasticsearch:
 * the analysis share of indexing cost. Reads the UTF-8 .txt files of a folder (the real
 * samples) and analyses them over and over for a fixed time after a warm-up.
 *
 * <p>Usage: {@code AnalysisBench DIR [SECONDS_PER_MORPHOLOGY]}; see bench/run.sh analysis.
 */
public final class AnalysisBench {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples/real");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d texts, %,d characters%n", texts.size(), chars);
    System.out.println("| morphology | million characters/s | words/s | terms out per word |");
    System.out.println("|---|---|---|---|");
    for (Morphology m : Morphology.values()) {
      Analyzer analyzer = RussianChains.fullText(m, false);
      Analyzer exact = RussianChains.exact();
      run(analyzer, texts, 2, null); // warm-up: JIT, and the dictionary loads on first use
      long[] counts = new long[2];
      long start = System.nanoTime();
      long done = 0;
      int rounds = 0;
      while ((System.nanoTime() - start) / 1e9 < seconds) {
        run(analyzer, texts, 1, counts);
        done += chars;
        rounds++;
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      long words = 0;
      for (String t : texts) {
        words += count(exact, t);
      }
      System.out.printf(Locale.ROOT, "| %s | %.1f | %,.0f | %.2f |%n", m.settingValue(), done / 1e6 / elapsed,
          words * (double) rounds / elapsed, counts[0] / (double) (words * rounds));
    }
  }

  private static void run(Analyzer analyzer, List<String> texts, int rounds, long[] counts) throws IOException {
    for (int r = 0; r < rounds; r++) {
      for (String t : texts) {
        long n = count(analyzer, t);
        if (counts != null) {
          counts[0] += n;
        }
      }
    }
  }

  private static long count(Analyzer analyzer, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }
}
