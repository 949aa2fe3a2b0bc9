package org.courtsearch.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.text.ValueLabel;

/**
 * One page of results with the facet counts and month histogram of the whole result set.
 *
 * @param facets per facet parameter, the values with counts (selected values always included)
 * @param histogram decisions per month of the current result set
 * @param nextAfter cursor of the next page, null on the last
 * @param approximateFacets facets whose counts may be low by a little: with several shards a
 *     value outside one shard's top list is not counted there (Elasticsearch reports the bound)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResult(
    long total, List<Hit> hits, Map<String, List<FacetValue>> facets, List<MonthCount> histogram, String nextAfter,
    List<String> approximateFacets) {

  /**
   * A decision in the list; {@code snippets} are safe HTML (text escaped, matches in {@code <mark>}); {@code sentences} a
   * conviction's numbers per convicted person.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Hit(
      String id, String title, String court, String region, String decisionDate, String caseNumber, String docType,
      List<String> articles, String outcome, List<String> punishment, String judge, List<String> snippets, Instant indexedAt,
      List<String> tags, List<Sentence> sentences) {

    /** A listed decision; articles with their parts where the decision has them. */
    public static Hit of(String id, Decision d, List<String> snippets) {
      return new Hit(id, d.title(), d.court(), d.region(), d.decisionDate() == null ? null : d.decisionDate().toString(),
          d.caseNumber(), ValueLabel.valueOf(d.docType()), d.articlesPart() == null || d.articlesPart().isEmpty() ? d.articles() : d.articlesPart(),
          ValueLabel.valueOf(d.outcome()), ValueLabel.valuesOf(d.punishment()), d.judge(), snippets, d.indexedAt(), d.tags() == null ? List.of() : d.tags(),
          d.sentences() == null ? List.of() : d.sentences());
    }
  }

  public record FacetValue(String value, long count, boolean selected) {}

  public record MonthCount(String month, long count) {}
}
