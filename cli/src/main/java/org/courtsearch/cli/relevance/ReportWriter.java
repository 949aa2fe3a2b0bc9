package org.courtsearch.cli.relevance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courtsearch.cli.relevance.Evaluation.IndexCost;
import org.courtsearch.cli.relevance.Evaluation.QueryResult;
import org.courtsearch.cli.relevance.Evaluation.Scores;
import org.courtsearch.cli.relevance.Evaluation.VariantResult;

/** The evaluation as Markdown: the summary table (as BENCHMARKS.md quotes it) and every query. */
public final class ReportWriter {
  private ReportWriter() {}

  public static String summary(List<VariantResult> results) {
    StringBuilder b = new StringBuilder();
    b.append("| variant | P@10 | recall | nDCG@10 | P@10 gen. | nDCG@10 gen. | P@10 real | nDCG@10 real | recall real | decisions/s | index bytes per decision |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (VariantResult r : results) {
      Scores gen = r.byCorpus().get(RelevanceSet.GENERATED);
      Scores real = r.byCorpus().get(RelevanceSet.REAL);
      long decisions = r.indexing().stream().mapToLong(IndexCost::decisions).sum();
      double seconds = r.indexing().stream().mapToDouble(IndexCost::seconds).sum();
      long bytes = r.indexing().stream().mapToLong(IndexCost::storeBytes).sum();
      b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %.0f | %,d |%n",
          r.variant().name(), r.all().precisionAt10(), r.all().recall(), r.all().ndcgAt10(),
          f(gen == null ? null : gen.precisionAt10()), f(gen == null ? null : gen.ndcgAt10()),
          f(real == null ? null : real.precisionAt10()), f(real == null ? null : real.ndcgAt10()),
          f(real == null ? null : real.recall()),
          decisions / seconds, decisions == 0 ? 0 : bytes / decisions));
    }
    return b.toString();
  }

  public static String perQuery(List<VariantResult> results) {
    StringBuilder b = new StringBuilder("| id | query | relevant |");
    for (VariantResult r : results) {
      b.append(' ').append(r.variant().name()).append(" nDCG / recall |");
    }
    b.append("\n|---|---|---|");
    b.append("---|".repeat(results.size())).append('\n');
    List<QueryResult> first = results.get(0).queries();
    for (int i = 0; i < first.size(); i++) {
      QueryResult q = first.get(i);
      b.append("| ").append(q.id()).append(" | ").append(q.query()).append(" | ").append(q.relevant()).append(" |");
      for (VariantResult r : results) {
        QueryResult x = r.queries().get(i);
        b.append(String.format(Locale.ROOT, " %.2f / %.2f |", x.ndcgAt10(), x.recall()));
      }
      b.append('\n');
    }
    return b.toString();
  }

  public static String markdown(List<VariantResult> results, Map<String, String> context) {
    StringBuilder b = new StringBuilder("# courtsearch relevance evaluation\n\n");
    context.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
    b.append('\n').append(summary(results)).append("\n## Every query\n\n").append(perQuery(results));
    return b.toString();
  }

  private static String f(Double x) {
    return x == null ? "–" : String.format(Locale.ROOT, "%.3f", x);
  }
}
