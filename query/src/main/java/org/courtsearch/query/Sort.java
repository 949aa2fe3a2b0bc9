package org.courtsearch.query;

import java.util.Arrays;
import java.util.Optional;

/** Orders of a result list, by URL value. */
public enum Sort {
  RELEVANCE("relevance", "по релевантности"),
  DATE_DESC("date_desc", "сначала новые"),
  DATE_ASC("date_asc", "сначала старые"),
  COURT("court", "по суду");

  private final String param;
  private final String label;

  Sort(String param, String label) {
    this.param = param;
    this.label = label;
  }

  public String param() {
    return param;
  }

  public String label() {
    return label;
  }

  public static Optional<Sort> byParam(String param) {
    return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
  }
}
