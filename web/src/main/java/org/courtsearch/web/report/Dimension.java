package org.courtsearch.web.report;

import java.util.Arrays;
import java.util.Optional;

/** What a report can group by: URL value, index field, Russian label, and whether it is time. */
public enum Dimension {
  MONTH("month", "decision_date", "Месяц", "month"),
  QUARTER("quarter", "decision_date", "Квартал", "quarter"),
  YEAR("year", "decision_date", "Год", "year"),
  COURT("court", "court", "Суд", null),
  REGION("region", "region", "Регион", null),
  ARTICLE("article", "articles", "Статья", null),
  ARTICLE_PART("article_part", "articles_part", "Статья и часть", null),
  TYPE("type", "doc_type", "Вид документа", null),
  OUTCOME("outcome", "outcome", "Результат", null),
  PUNISHMENT("punishment", "punishment", "Наказание", null),
  COURT_KIND("court_kind", "court_kind", "Вид суда", null),
  JUDGE("judge", "judge", "Судья", null),
  INSTANCE("instance", "instance", "Инстанция", null);

  private final String param;
  private final String field;
  private final String label;
  private final String interval;

  Dimension(String param, String field, String label, String interval) {
    this.param = param;
    this.field = field;
    this.label = label;
    this.interval = interval;
  }

  public String param() {
    return param;
  }

  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** month, quarter or year for time dimensions; null otherwise. */
  public String interval() {
    return interval;
  }

  public boolean isTime() {
    return interval != null;
  }

  public static Optional<Dimension> byParam(String p) {
    return Arrays.stream(values()).filter(d -> d.param.equals(p)).findFirst();
  }
}
