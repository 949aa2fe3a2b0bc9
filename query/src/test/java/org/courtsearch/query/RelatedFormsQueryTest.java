package org.courtsearch.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How the box splits with related forms on: words get the related analyzer, phrases stay exact. */
class RelatedFormsQueryTest {
  private static JsonNode json(String box) throws Exception {
    Query q = QueryText.fullText(box, true);
    return new ObjectMapper().readTree(JsonpUtils.toJsonString(q, new JacksonJsonpMapper()));
  }

  @Test
  void wordsTakeTheRelatedAnalyzerAndPhrasesTheExactFieldsAsWritten() throws Exception {
    JsonNode q = json("\"назначение наказания\" оставил");
    JsonNode must = q.path("bool").path("must");
    assertEquals(2, must.size(), q.toString());
    JsonNode phrase = must.get(0).path("multi_match");
    assertEquals("phrase", phrase.path("type").asText());
    assertEquals("назначение наказания", phrase.path("query").asText());
    assertTrue(phrase.path("fields").toString().contains("text.exact"), phrase.toString());
    assertTrue(phrase.path("analyzer").isMissingNode(), "a phrase keeps the exact field's own analyzer: " + phrase);
    JsonNode word = must.get(1).path("multi_match");
    assertEquals("оставил", word.path("query").asText());
    assertEquals("ru_related", word.path("analyzer").asText());
    assertEquals("most_fields", word.path("type").asText());
    assertEquals("and", word.path("operator").asText());
    assertEquals("all", word.path("zero_terms_query").asText(), "a stop word that must match changes nothing");
  }

  @Test
  void operatorsKeepTheirMeaning() throws Exception {
    JsonNode or = json("оставил | покинул");
    assertEquals(2, or.path("bool").path("should").size(), or.toString());
    assertEquals("none", or.path("bool").path("should").get(0).path("multi_match").path("zero_terms_query").asText(),
        "a stop word that may match must not match everything");

    JsonNode not = json("суд -\"назначение наказания\"");
    JsonNode negated = not.path("bool").path("must").get(1).path("bool");
    assertEquals("phrase", negated.path("must_not").get(0).path("multi_match").path("type").asText(), not.toString());
    assertTrue(negated.path("should").get(0).has("match_all"), "Lucene's negation: everything but the phrase: " + not);

    JsonNode grouped = json("(оставил | покинул) часть");
    assertEquals(2, grouped.path("bool").path("must").get(0).path("bool").path("should").size(), grouped.toString());

    JsonNode prefix = json("суд*");
    assertEquals("суд*", prefix.path("simple_query_string").path("query").asText(), prefix.toString());
    assertTrue(prefix.path("simple_query_string").path("analyzer").isMissingNode(), "a prefix is taken as written");
  }

  @Test
  void groupsThatMeanTheSameAreInlinedSoNestingStaysShallow() throws Exception {
    JsonNode and = json("(суд приговор ".repeat(40) + "суд" + ")".repeat(40));
    assertEquals(81, and.path("bool").path("must").size(), "one flat AND");
    JsonNode or = json("(суд | приговор | ".repeat(40) + "суд" + ")".repeat(40));
    assertEquals(81, or.path("bool").path("should").size(), "one flat OR");
    JsonNode mixed = json("суд (оставил | покинул)");
    assertEquals(2, mixed.path("bool").path("must").size(), "an OR inside an AND stays a group: " + mixed);
    JsonNode orOfAnd = json("суд | (оставил покинул)");
    assertEquals(2, orOfAnd.path("bool").path("should").get(1).path("bool").path("must").size(), orOfAnd.toString());

    QueryException deep = assertThrows(QueryException.class, () -> json("(суд | (приговор ".repeat(20) + "суд" + "))".repeat(20)));
    assertTrue(deep.getMessage().contains("однокоренн"), "says what to change: " + deep.getMessage());
    assertTrue(json("(суд | (приговор ".repeat(9) + "суд" + "))".repeat(9)).has("bool"), "18 levels still run");
  }

  @Test
  void nothingUserTypedBreaksIt() throws Exception {
    for (String box : new String[] {"\"", "(((", ")", "-", "|", "*", "\\", "\"незакрытая ((( AND OR - * суд*", "a\\|b*"}) {
      JsonNode q = json(box);
      assertTrue(q.size() > 0, box);
    }
    assertTrue(json("и").has("match_none"), "a box of stop words finds nothing, as without the toggle");
    assertEquals("суд", json("суд и — в").path("multi_match").path("query").asText(), "stop words are left out");
    assertEquals("a\\|b*", json("a\\|b*").path("simple_query_string").path("query").asText(),
        "an escaped operator stays a literal character in the prefix");
  }
}
