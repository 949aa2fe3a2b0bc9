package org.courtsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.courtsearch.core.decision.Decision;
import org.junit.jupiter.api.Test;

class IndexContractTest {
  static final Set<String> FACETS = Set.of("court", "court_kind", "region", "articles", "articles_part", "doc_type",
      "outcome", "punishment", "judge", "year_month", "case_number", "uid", "instance", "sha256", "file_path");

  final ObjectNode decisions = IndexContract.definition(IndexContract.DECISIONS);
  final JsonNode properties = decisions.path("mappings").path("properties");

  @Test
  void everyFacetIsAKeywordField() {
    for (String facet : FACETS) {
      assertEquals("keyword", properties.path(facet).path("type").asText(), facet);
    }
  }

  @Test
  void textIsRussianAnalysedWithAnExactSubField() {
    assertEquals("ru_text", properties.path("text").path("analyzer").asText());
    assertEquals("ru_exact", properties.path("text").path("fields").path("exact").path("analyzer").asText());
    assertEquals("date", properties.path("decision_date").path("type").asText());
  }

  @Test
  void mappingIsStrictAndCoversEveryDecisionField() {
    assertEquals("strict", decisions.path("mappings").path("dynamic").asText());
    for (RecordComponent c : Decision.class.getRecordComponents()) {
      String field = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
      assertTrue(properties.has(field), "mapping lacks " + field);
    }
  }

  @Test
  void everyAnalyzerAndNormalizerUsedIsDefinedByPluginAndFallbackAlike() {
    Set<String> used = new HashSet<>();
    collect(properties, used);
    JsonNode plugin = decisions.path("settings").path("analysis");
    JsonNode stock = IndexContract.fallbackAnalysis();
    for (String name : used) {
      assertTrue(plugin.path("analyzer").has(name) || plugin.path("normalizer").has(name), "plugin analysis lacks " + name);
      assertTrue(stock.path("analyzer").has(name) || stock.path("normalizer").has(name), "fallback analysis lacks " + name);
    }
    assertFalse(used.isEmpty());
  }

  @Test
  void stockModeReplacesPluginAnalysisAndShardsAndReplicasFollowTheConfig() {
    ObjectNode stock = IndexContract.forCluster(IndexContract.DECISIONS, AnalysisMode.STOCK, 3, "1", "lemma");
    JsonNode settings = stock.path("settings");
    assertFalse(settings.toString().contains("courtsearch_"), "stock analysis must not name plugin components");
    assertEquals(3, settings.path("index").path("number_of_shards").asInt());
    assertEquals(1, settings.path("index").path("number_of_replicas").asInt());
    assertEquals("false", settings.path("index").path("auto_expand_replicas").asText());

    ObjectNode plugin = IndexContract.forCluster(IndexContract.DECISIONS, AnalysisMode.PLUGIN, 1, "0-1", "lemma");
    assertEquals("courtsearch_russian", plugin.path("settings").path("analysis").path("analyzer").path("ru_text").path("type").asText());
    assertEquals("0-1", plugin.path("settings").path("index").path("auto_expand_replicas").asText());
    assertFalse(plugin.path("settings").path("index").has("number_of_replicas"));
  }

  @Test
  void morphologyIsWrittenIntoTheIndexAndDictionaryMorphologiesGetARelatedFormsAnalyzer() {
    JsonNode lemma = IndexContract.forCluster(IndexContract.DECISIONS, AnalysisMode.PLUGIN, 1, "0", "lemma")
        .path("settings").path("analysis").path("analyzer");
    assertEquals("lemma", lemma.path("ru_text").path("morphology").asText());
    assertEquals("lemma", lemma.path(IndexContract.RELATED_ANALYZER).path("morphology").asText());
    assertTrue(lemma.path(IndexContract.RELATED_ANALYZER).path("related_forms").asBoolean());

    JsonNode snowball = IndexContract.forCluster(IndexContract.DECISIONS, AnalysisMode.PLUGIN, 1, "0", "snowball")
        .path("settings").path("analysis").path("analyzer");
    assertEquals("snowball", snowball.path("ru_text").path("morphology").asText());
    assertFalse(snowball.has(IndexContract.RELATED_ANALYZER), "the related-forms analyzer needs the dictionary");
  }

  private static void collect(JsonNode node, Set<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if ((e.getKey().equals("analyzer") || e.getKey().equals("search_analyzer") || e.getKey().equals("normalizer"))
          && e.getValue().isTextual()) {
        out.add(e.getValue().asText());
      } else if (e.getValue().isObject()) {
        collect(e.getValue(), out);
      }
    }
  }
}
