package org.courtsearch.web.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts and month histogram of the whole result set.
 *
 * @param facets per facet parameter, the values with counts (selected values always included)
 * @param histogram decisions per month of the current result set
 * @param nextAfter cursor of the next page, null on the last
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResult(
    long total, List<Hit> hits, Map<String, List<FacetValue>> facets, List<MonthCount> histogram, String nextAfter) {

  /** A decision in the list; {@code snippets} are safe HTML (text escaped, matches in {@code <mark>}). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Hit(
      String id, String title, String court, String region, String decisionDate, String caseNumber, String docType,
      List<String> articles, String outcome, List<String> punishment, String judge, List<String> snippets) {}

  public record FacetValue(String value, long count, boolean selected) {}

  public record MonthCount(String month, long count) {}
}
