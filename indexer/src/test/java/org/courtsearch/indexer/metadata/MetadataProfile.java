package org.courtsearch.indexer.metadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;

/** Per-step cost of metadata extraction. Not a test: {@code MetadataProfile DIR [files]}. */
public final class MetadataProfile {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0])); DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.defaults())) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).limit(2000).toList()) {
        if (ex.extract(Source.of(p.toString(), Files.readAllBytes(p))) instanceof ExtractResult.Extracted x) {
          texts.add(x.acts().get(0).text());
        }
      }
    }
    CourtDirectory courts = CourtDirectory.shared();
    MetadataExtractor m = new MetadataExtractor(courts);
    for (int round = 0; round < 3; round++) {
      long[] t = new long[8];
      for (String text : texts) {
        long a = System.nanoTime();
        Titles.find(text);
        long b = System.nanoTime();
        courts.findFirst(Stems.of(text.substring(0, Math.min(2500, text.length()))));
        long c = System.nanoTime();
        Dates.first(text.substring(0, Math.min(1500, text.length())));
        CaseNumbers.first(text.substring(0, Math.min(1500, text.length())));
        CaseNumbers.uid(text.substring(0, Math.min(6000, text.length())));
        long d = System.nanoTime();
        Articles.extract(text);
        long e = System.nanoTime();
        Judges.find(text);
        long f = System.nanoTime();
        String op = Outcomes.operative(text);
        Outcomes.punishments(Outcomes.outcome(null, null, op), op);
        long g = System.nanoTime();
        m.extract(text, Map.of());
        long h = System.nanoTime();
        int at = text.indexOf("УСТАНОВИЛ");
        String head = at < 0 ? text.substring(0, Math.min(3000, text.length())) : text.substring(0, at);
        int opAt = text.length() - op.length();
        Sentences.read(head, () -> head.length() < opAt ? text.substring(head.length(), opAt) : "", op, new ArrayList<>());
        long i = System.nanoTime();
        t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e; t[5] += g - f; t[6] += h - g; t[7] += i - h;
      }
      int n = texts.size();
      System.out.printf("round %d (%d texts, ms/text): titles %.3f court %.3f dates+numbers %.3f articles %.3f judges %.3f outcome %.3f"
          + " sentences %.3f | whole %.3f%n",
          round, n, t[0] / 1e6 / n, t[1] / 1e6 / n, t[2] / 1e6 / n, t[3] / 1e6 / n, t[4] / 1e6 / n, t[5] / 1e6 / n, t[7] / 1e6 / n,
          t[6] / 1e6 / n);
    }
  }
}
