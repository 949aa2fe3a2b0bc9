package org.courtsearch.search.report;

import java.util.Arrays;
import java.util.Optional;
import org.courtsearch.core.index.Fields;

/**
 * What a report's cell measures besides the count: a sentence's number per convicted person (the median or mean term, the
 * median fine) or a share of the persons (suspended, mobilised). Every cell keeps its count of decisions and says how
 * many persons the measure rests on.
 */
public enum Measure {
  TERM_MEDIAN("term_median", Fields.TERM_MONTHS, "Медианный срок, мес.", true),
  TERM_MEAN("term_mean", Fields.TERM_MONTHS, "Средний срок, мес.", false),
  SUSPENDED_SHARE("suspended_share", Fields.SUSPENDED, "Доля условных наказаний", false),
  MOBILISED_SHARE("mobilised_share", Fields.MOBILISED, "Доля мобилизованных", false),
  FINE_MEDIAN("fine_median", Fields.FINE_ROUBLES, "Медианный штраф, руб.", true);

  private final String param;
  private final String field;
  private final String label;
  private final boolean median;

  Measure(String param, String field, String label, boolean median) {
    this.param = param;
    this.field = field;
    this.label = label;
    this.median = median;
  }

  public String param() {
    return param;
  }

  /** The field of the sentences the measure is over: one value per convicted person who has it. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** A median (the 50th percentile), else a mean — of a boolean, the share of true. */
  public boolean isMedian() {
    return median;
  }

  /** A share (shown as a percentage), not an amount. */
  public boolean isShare() {
    return this == SUSPENDED_SHARE || this == MOBILISED_SHARE;
  }

  public static Optional<Measure> byParam(String param) {
    return Arrays.stream(values()).filter(m -> m.param.equals(param)).findFirst();
  }
}
