package org.courtsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.node.TestCluster;
import org.courtsearch.testkit.CorpusGenerator;
import org.junit.jupiter.api.Test;

/**
 * The relevance set as CI runs it: `courtsearch relevance --check` indexes the generated and
 * the real corpus with every morphology on a real node, asks all queries, and fails when a
 * score falls below relevance/baseline.json or the default morphology stops ranking best.
 */
class RelevanceIT {
  @Test
  void noVariantFallsBelowTheBaselineAndTheDefaultRanksBest() throws Exception {
    TestCluster cluster = TestCluster.get();
    // the set's generated corpus, from the test kit: its size and seed are part of the judgments
    Path corpus = cluster.config().home().resolve("relevance-corpus");
    if (!Files.exists(corpus.resolve(".ground-truth.jsonl"))) {
      new CorpusGenerator(corpus, RelevanceCommand.GENERATED_SEED, true).generate(RelevanceCommand.GENERATED_COUNT);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("--home", cluster.config().home().toString()));
    String url = cluster.settings().get(ConfigLoader.ES_URL);
    if (url != null) {
      args.addAll(List.of("--es-url", url)); // the suite's node is a container: the command uses it, not a node of its own
    }
    args.addAll(List.of("relevance", "--check", "--corpus", corpus.toString()));
    int code = Courtsearch.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals(0, code, "relevance regression:\n" + err + "\n" + out);
    assertTrue(out.toString().contains("| lemma |"), out.toString());
    assertTrue(Files.readString(cluster.config().home().resolve("relevance/report.md")).contains("## Every query"));
  }
}
