package org.courtsearch.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.courtsearch.core.es.Json;

/**
 * The index definitions in {@code mappings/} (settings and mappings together, one file per
 * index), as shipped on the classpath, and their adaptation to a cluster: shard and replica
 * counts, and the stock analysis chain where our plugin is missing.
 */
public final class IndexContract {
  public static final String DECISIONS = "decisions";
  public static final String CASES = "cases";
  public static final String CASE_FACTS = "case-facts";
  /**
   * The {@code morphology} values of the plugin's {@code courtsearch_russian} analyzer; the first
   * is the default, chosen on the relevance set (BENCHMARKS.md, relevance/).
   */
  public static final List<String> MORPHOLOGIES = List.of("lemma", "morfologik", "light", "snowball");
  public static final String DEFAULT_MORPHOLOGY = MORPHOLOGIES.get(0);
  /** Query-side analyzer that adds verb/noun derivations, present in indices with a dictionary morphology. */
  public static final String RELATED_ANALYZER = "ru_related";

  private IndexContract() {}

  /** The definition file {@code mappings/<name>.json}, parsed. */
  public static ObjectNode definition(String name) {
    return read("mappings/" + name + ".json");
  }

  /** Stock replacement for {@code settings.analysis}, for clusters without the plugin. */
  public static ObjectNode fallbackAnalysis() {
    ObjectNode analysis = read("mappings/analysis-fallback.json");
    analysis.remove("_comment");
    return analysis;
  }

  /**
   * The definition as it is sent to a cluster.
   *
   * @param replicas a count ({@code 1}) or an auto-expand range ({@code 0-1})
   */
  public static ObjectNode forCluster(String name, AnalysisMode analysis, int shards, String replicas, String morphology) {
    ObjectNode def = definition(name);
    ObjectNode settings = (ObjectNode) def.get("settings");
    ObjectNode index = settings.with("index");
    index.put("number_of_shards", shards);
    if (replicas.contains("-")) {
      index.put("auto_expand_replicas", replicas);
      index.remove("number_of_replicas");
    } else {
      index.put("auto_expand_replicas", "false");
      index.put("number_of_replicas", Integer.parseInt(replicas));
    }
    if (analysis == AnalysisMode.STOCK && settings.has("analysis")) {
      settings.set("analysis", fallbackAnalysis());
    } else if (settings.path("analysis").path("analyzer").has("ru_text")) {
      ObjectNode analyzers = (ObjectNode) settings.get("analysis").get("analyzer");
      ((ObjectNode) analyzers.get("ru_text")).put("morphology", morphology);
      if (morphology.equals("lemma") || morphology.equals("morfologik")) {
        analyzers.putObject(RELATED_ANALYZER).put("type", "courtsearch_russian")
            .put("morphology", morphology).put("related_forms", true);
      }
    }
    return def;
  }

  private static ObjectNode read(String resource) {
    try (InputStream in = IndexContract.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("index definition missing from the classpath: " + resource);
      }
      JsonNode node = Json.mapper().readTree(in);
      if (!(node instanceof ObjectNode object)) {
        throw new IllegalStateException(resource + " is not a JSON object");
      }
      return object;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
