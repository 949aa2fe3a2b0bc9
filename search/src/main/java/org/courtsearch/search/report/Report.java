package org.courtsearch.search.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Exact counts of a report. {@code rows} has a count for every combination of values, zeros
 * included for every time period in the range; totals are counted on their own (a decision
 * under two articles is one decision in the total, not two).
 *
 * @param count {@code documents} or {@code cases}
 * @param missing per dimension, the decisions (or cases) of the selection that lack its field and
 *     so are in no row: the denominator a published count needs beside it
 * @param regionDerived with a region dimension, the decisions (or cases) of the selection whose region was derived from
 *     their court's seat (a court outside the registry), counted under that region but worth a look; else 0
 */
public record Report(
    List<String> dimensions,
    String count,
    List<Map<String, Object>> rows,
    Totals totals,
    Map<String, Long> missing,
    @JsonProperty("region_derived") long regionDerived) {

  /** Per value of each dimension, and for all. */
  public record Totals(
      @JsonProperty("first") Map<String, Long> first,
      @JsonProperty("second") Map<String, Long> second,
      @JsonProperty("all") long all) {}
}
