package org.courtsearch.web.search;

import java.util.Arrays;
import java.util.Optional;

/** The facets of a search: URL parameter, index field, Russian label. */
public enum Facet {
  COURT("court", "court", "Суд"),
  REGION("region", "region", "Регион"),
  ARTICLE("article", "articles", "Статья"),
  ARTICLE_PART("article_part", "articles_part", "Статья и часть"),
  TYPE("type", "doc_type", "Вид документа"),
  INSTANCE("instance", "instance", "Инстанция"),
  OUTCOME("outcome", "outcome", "Результат"),
  PUNISHMENT("punishment", "punishment", "Наказание"),
  JUDGE("judge", "judge", "Судья"),
  YEAR("year", "year", "Год"),
  MONTH("month", "year_month", "Месяц"),
  COURT_KIND("court_kind", "court_kind", "Вид суда");

  private final String param;
  private final String field;
  private final String label;

  Facet(String param, String field, String label) {
    this.param = param;
    this.field = field;
    this.label = label;
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

  /**
   * Whether the values are shown as stored (court and judge names, articles, regions): a text
   * filter over them can run in Elasticsearch, over every value. The others are short lists of
   * codes shown by their labels, filtered by label once fetched.
   */
  public boolean shownAsStored() {
    return this == COURT || this == REGION || this == ARTICLE || this == ARTICLE_PART || this == JUDGE;
  }

  public static Optional<Facet> byParam(String param) {
    return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
  }
}
