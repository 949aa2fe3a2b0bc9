package org.courtsearch.search.report;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param measured with a measure ({@link Measure}), its value per value of each axis and for all; each row then has
 *     {@code value} (null where no convicted person of the cell has the field) and {@code persons} beside its count
 */
public record Report(
    List<String> dimensions,
    String count,
    List<Map<String, Object>> rows,
    Totals totals,
    Map<String, Long> missing,
    @JsonProperty("region_derived") long regionDerived,
    @JsonInclude(JsonInclude.Include.NON_NULL) Measured measured) {

  /** A report of counts alone. */
  public Report(List<String> dimensions, String count, List<Map<String, Object>> rows, Totals totals, Map<String, Long> missing,
      long regionDerived) {
    this(dimensions, count, rows, totals, missing, regionDerived, null);
  }

  /** A measure's value and the number of convicted persons it rests on. */
  public record Value(Double value, long persons) {}

  /** A measure per value of each dimension and for all. */
  public record Measured(
      @JsonProperty("measure") String measure,
      @JsonProperty("first") Map<String, Value> first,
      @JsonProperty("second") Map<String, Value> second,
      @JsonProperty("all") Value all) {}

  /** Per value of each dimension, and for all. */
  public record Totals(
      @JsonProperty("first") Map<String, Long> first,
      @JsonProperty("second") Map<String, Long> second,
      @JsonProperty("all") long all) {}
}
