package org.courtsearch.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.courtsearch.core.es.Json;
import org.junit.jupiter.api.Test;

/** The enumerated fields travel as enums in the code and as their stored values in the index, both ways. */
class DecisionJsonTest {
  private static Decision sentence() {
    return Decision.builder().docId("a").text("ПРИГОВОР").court("Оренбургский гарнизонный военный суд")
        .courtKind(CourtKind.GARRISON_MILITARY).region("Оренбургская область").regionSource(RegionSource.PLACE_LINE)
        .decisionDate(LocalDate.of(2024, 3, 1)).docType(DocType.SENTENCE).instance(Instance.FIRST).outcome(Outcome.CONVICTION)
        .punishment(List.of(Punishment.SUSPENDED, Punishment.FINE)).articles(List.of("УК РФ 337"))
        .build();
  }

  @Test
  void enumeratedFieldsAreWrittenAsTheirStoredValues() {
    JsonNode json = Json.mapper().valueToTree(sentence());
    assertEquals("garrison_military", json.path("court_kind").asText());
    assertEquals("place_line", json.path("region_source").asText());
    assertEquals("приговор", json.path("doc_type").asText());
    assertEquals("first", json.path("instance").asText());
    assertEquals("conviction", json.path("outcome").asText());
    assertEquals("[\"suspended\",\"fine\"]", json.path("punishment").toString());
  }

  @Test
  void storedValuesReadBackAsTheConstants() throws Exception {
    Decision back = Json.mapper().treeToValue(Json.mapper().valueToTree(sentence()), Decision.class);
    assertEquals(sentence(), back);
  }

  @Test
  void aValueThisBuildDoesNotKnowReadsAsNullNotAFailure() throws Exception {
    ObjectNode json = Json.mapper().valueToTree(sentence());
    json.put("outcome", "pardoned");
    json.putArray("punishment").add("suspended").add("exile");
    Decision back = Json.mapper().treeToValue(json, Decision.class);
    assertNull(back.outcome());
    assertEquals(Punishment.SUSPENDED, back.punishment().get(0));
    assertEquals(DocType.SENTENCE, back.docType());
  }

  @Test
  void aChangedCopyKeepsEveryOtherField() {
    Decision d = sentence();
    Decision tagged = d.toBuilder().tags(List.of("проверено")).build();
    assertEquals(List.of("проверено"), tagged.tags());
    assertEquals(d, tagged.toBuilder().tags(null).build());
  }
}
