package org.courtsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtsearch.cli.relevance.Baseline;
import org.courtsearch.cli.relevance.Evaluation.Corpus;
import org.courtsearch.cli.relevance.Evaluation.Variant;
import org.courtsearch.cli.relevance.Evaluation.VariantResult;
import org.courtsearch.cli.relevance.Evaluation;
import org.courtsearch.cli.relevance.RelevanceSet;
import org.courtsearch.cli.relevance.ReportWriter;
import org.courtsearch.core.config.Config;
import org.courtsearch.cli.relevance.TruthRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "relevance", mixinStandardHelpOptions = true,
    description = {"Measure search quality on the relevance set (relevance/queries.jsonl): index a generated corpus "
        + "and the real samples with each morphology, ask every query through the site's search, and report "
        + "precision@10, recall and nDCG@10 with indexing rate and index size.",
        "Uses its own indices (relevance-*), never the decisions index. The generated corpus comes from the test kit "
        + "(bench/run.sh relevance writes it): test support stays out of this jar."})
final class RelevanceCommand implements Callable<Integer> {
  /** The generated corpus of the set: its size and seed are part of the judgments. */
  static final int GENERATED_COUNT = 1000;
  static final long GENERATED_SEED = 2027;

  @ParentCommand Courtsearch top;
  @Spec CommandSpec spec;

  @Option(names = "--variants", split = ",", paramLabel = "NAME",
      description = "Variants to measure (default: all): snowball, light, morfologik, lemma, lemma+related")
  List<String> variants;

  @Option(names = "--corpus", paramLabel = "DIR", required = true,
      description = "The generated corpus the set's generated queries are judged on: written by the test kit's "
          + "CorpusGenerator (" + GENERATED_COUNT + " HTML/TXT decisions, seed " + GENERATED_SEED + "; bench/run.sh "
          + "relevance does it), with its .ground-truth.jsonl")
  Path corpus;

  @Option(names = "--set", paramLabel = "FILE", description = "The relevance set (default: relevance/queries.jsonl)")
  Path setFile;

  @Option(names = "--check", description = "Fail (exit 1) when a score falls below relevance/baseline.json")
  boolean check;

  @Option(names = "--write-baseline", description = "Record these scores as relevance/baseline.json")
  boolean writeBaseline;

  @Override
  public Integer call() throws Exception {
    Config config = top.config();
    Path root = Path.of(System.getProperty("courtsearch.root", "."));
    Path relevance = root.resolve("relevance");
    RelevanceSet set = RelevanceSet.load(setFile != null ? setFile : relevance.resolve("queries.jsonl"));
    List<Variant> chosen = choose(variants);
    Path work = config.home().resolve("relevance");
    List<TruthRecord> truth = TruthRecord.load(corpus);
    List<Corpus> corpora = List.of(new Corpus(RelevanceSet.GENERATED, corpus, truth),
        new Corpus(RelevanceSet.REAL, root.resolve("samples/real"), List.of()));
    List<VariantResult> results;
    try (Cluster cluster = Cluster.connect(config)) {
      results = new Evaluation(cluster.client, work.resolve("runs"), "relevance").run(set, chosen, corpora);
    }
    Map<String, String> context = new LinkedHashMap<>();
    context.put("queries", set.queries().size() + " (" + set.of(RelevanceSet.GENERATED).size() + " generated, "
        + set.of(RelevanceSet.REAL).size() + " real)");
    context.put("generated corpus", truth.size() + " decisions in " + corpus);
    context.put("real corpus", "samples/real");
    context.put("cluster", config.embedded() ? "embedded node" : String.valueOf(config.esUrls()));
    String markdown = ReportWriter.markdown(results, context);
    Path report = work.resolve("report.md");
    Files.writeString(report, markdown);
    spec.commandLine().getOut().println(ReportWriter.summary(results));
    spec.commandLine().getOut().println("every query: " + report);
    if (writeBaseline) {
      Baseline.write(relevance.resolve("baseline.json"), results);
      spec.commandLine().getOut().println("baseline written: " + relevance.resolve("baseline.json"));
    }
    List<String> problems = check ? Baseline.check(relevance.resolve("baseline.json"), results) : Baseline.defaultWins(results);
    problems.forEach(p -> spec.commandLine().getErr().println("relevance: " + p));
    return check && !problems.isEmpty() ? 1 : 0;
  }

  static List<Variant> choose(List<String> names) {
    if (names == null || names.isEmpty()) {
      return Variant.ALL;
    }
    List<Variant> out = new ArrayList<>();
    for (String n : names) {
      out.add(Variant.ALL.stream().filter(v -> v.name().equals(n.trim())).findFirst()
          .orElseThrow(() -> new picocli.CommandLine.ParameterException(new picocli.CommandLine(new RelevanceCommand()),
              "unknown variant '" + n + "'; use snowball, light, morfologik, lemma or lemma+related")));
    }
    return out;
  }
}
