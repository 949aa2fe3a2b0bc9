package org.courtsearch.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.decision.ServiceBasis;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.text.Months;
import org.courtsearch.core.text.ValueLabel;

/**
 * The one vocabulary of what decisions are filtered, faceted, counted and grouped by: URL
 * parameter, index field, Russian label, and for time, the calendar interval. A facet of the
 * search page and a dimension of a report are the same thing here; only {@link #QUARTER} is a
 * report's alone (no field holds it). Facets are listed in declaration order.
 */
public enum Dimension {
  COURT("court", Fields.COURT, "Суд", null),
  REGION("region", Fields.REGION, "Регион", null),
  ARTICLE("article", Fields.ARTICLES, "Статья", null),
  ARTICLE_PART("article_part", Fields.ARTICLES_PART, "Статья и часть", null),
  TYPE("type", Fields.DOC_TYPE, "Вид документа", null),
  INSTANCE("instance", Fields.INSTANCE, "Инстанция", null),
  OUTCOME("outcome", Fields.OUTCOME, "Результат", null),
  PUNISHMENT("punishment", Fields.PUNISHMENT, "Наказание", null),
  JUDGE("judge", Fields.JUDGE, "Судья", null),
  YEAR("year", Fields.YEAR, "Год", "1y"),
  MONTH("month", Fields.YEAR_MONTH, "Месяц", "1M"),
  COURT_KIND("court_kind", Fields.COURT_KIND, "Вид суда", null),
  TAG("tag", Fields.TAGS, "Метка", null),
  SERVICE_BASIS("service_basis", Fields.SERVICE_BASIS, "Основание службы", null),
  RANK("rank", Fields.RANK, "Воинское звание", null),
  UNIT("unit", Fields.UNIT, "Воинская часть", null),
  QUARTER("quarter", null, "Квартал", "1q");

  private static final List<Dimension> FACETS = Arrays.stream(values()).filter(d -> d.field != null).toList();
  /** The order a report offers its dimensions in: time first. */
  private static final List<Dimension> REPORT_ORDER = List.of(MONTH, QUARTER, YEAR, COURT, REGION, ARTICLE, ARTICLE_PART,
      TYPE, OUTCOME, PUNISHMENT, SERVICE_BASIS, RANK, UNIT, COURT_KIND, JUDGE, INSTANCE, TAG);
  private static final Map<String, String> VALUE_LABELS = new HashMap<>();

  static {
    ValueLabel.labels(Outcome.class).forEach((v, l) -> VALUE_LABELS.put("outcome:" + v, l));
    ValueLabel.labels(Punishment.class).forEach((v, l) -> VALUE_LABELS.put("punishment:" + v, l));
    ValueLabel.labels(CourtKind.class).forEach((v, l) -> VALUE_LABELS.put("court_kind:" + v, l));
    ValueLabel.labels(DocType.class).forEach((v, l) -> VALUE_LABELS.put("type:" + v, l));
    ValueLabel.labels(Instance.class).forEach((v, l) -> VALUE_LABELS.put("instance:" + v, l));
    ValueLabel.labels(ServiceBasis.class).forEach((v, l) -> VALUE_LABELS.put("service_basis:" + v, l));
    VALUE_LABELS.put("unit:" + Sentence.MASKED_UNIT, "номер скрыт");
  }


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

  /** The keyword (or number) field a facet counts and a filter selects on; null for {@link #QUARTER}. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** Whether this is a period of the decision date (month, quarter, year). */
  public boolean isTime() {
    return interval != null;
  }

  /** Elasticsearch's calendar interval of a time dimension ({@code 1M}, {@code 1q}, {@code 1y}). */
  public String interval() {
    return interval;
  }

  /** Whether the search page offers this as a facet (every dimension a field holds). */
  public boolean isFacet() {
    return field != null;
  }

  /**
   * Whether the values are shown as stored (court and judge names, articles, regions): a text
   * filter over them can run in Elasticsearch, over every value. The others are short lists of
   * codes shown by their labels, filtered by label once fetched.
   */
  public boolean shownAsStored() {
    return this == COURT || this == REGION || this == ARTICLE || this == ARTICLE_PART || this == JUDGE || this == TAG || this == RANK
        || this == UNIT;
  }

  /** A stored value as a reader reads it: {@code conviction} → «Обвинительный приговор», {@code 2024-03} → «март 2024». */
  public String valueLabel(String value) {
    if (value == null) {
      return "—";
    }
    if (this == MONTH) {
      return Months.label(value);
    }
    return VALUE_LABELS.getOrDefault(param + ":" + value, value);
  }

  /**
   * A facet of a sentence's service (basis, rank, unit), counted on demand: where one of its values is selected, its full
   * list is asked for ({@code more=}), or the selection is narrowed to sentences (a document type, outcome or punishment
   * chosen). Counted on every search of a million decisions, the three cost 40 ms at the 95th percentile (BENCHMARKS.md).
   */
  public boolean onDemand() {
    return this == SERVICE_BASIS || this == RANK || this == UNIT;
  }

  /**
   * Whether a decision holds one value of this dimension at most (one court, one date); articles, kinds of punishment,
   * tags and a sentence's service hold several.
   */
  public boolean singleValued() {
    return switch (this) {
      case ARTICLE, ARTICLE_PART, PUNISHMENT, TAG, SERVICE_BASIS, RANK, UNIT -> false;
      default -> true;
    };
  }

  /** The facets of the search page, in their order. */
  public static List<Dimension> facets() {
    return FACETS;
  }

  /** The dimensions a report groups by, in the order it offers them. */
  public static List<Dimension> reportOrder() {
    return REPORT_ORDER;
  }

  /** Any dimension by its URL parameter. */
  public static Optional<Dimension> byParam(String param) {
    return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
  }

  /** A facet by its URL parameter. */
  public static Optional<Dimension> facetByParam(String param) {
    return byParam(param).filter(Dimension::isFacet);
  }
}
