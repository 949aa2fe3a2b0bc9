package org.courtsearch.query.cases;

import java.util.Optional;
import org.courtsearch.core.index.CaseFields;
import org.courtsearch.core.text.ValueLabel;

/**
 * What a count of cases is broken down by. Month dimensions sort by month; the others by count.
 * {@code article} and {@code result} are a person's own when defendants are counted.
 */
public enum CaseDimension implements ValueLabel {
  RECEIVED_MONTH("received_month", CaseFields.RECEIVED_MONTH, null, "Месяц поступления"),
  DECIDED_MONTH("decided_month", CaseFields.DECIDED_MONTH, null, "Месяц рассмотрения"),
  REGION("region", CaseFields.REGION, null, "Регион"),
  COURT("court", CaseFields.COURT, null, "Суд"),
  INSTANCE("instance", CaseFields.INSTANCE, null, "Инстанция"),
  PROCEEDING("proceeding", CaseFields.PROCEEDING, null, "Вид производства"),
  ARTICLE("article", CaseFields.ARTICLES, CaseFields.DEFENDANT_ARTICLES, "Статья"),
  ARTICLE_PART("article_part", CaseFields.ARTICLES_PART, CaseFields.DEFENDANT_ARTICLES_PART, "Статья и часть"),
  RESULT("result", CaseFields.RESULT_KIND, CaseFields.DEFENDANT_RESULT_KIND, "Результат");

  private final String value;
  private final String caseField;
  private final String defendantField;
  private final String label;

  CaseDimension(String value, String caseField, String defendantField, String label) {
    this.value = value;
    this.caseField = caseField;
    this.defendantField = defendantField;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return label;
  }

  public String caseField() {
    return caseField;
  }

  /** The person's own field, or null when the dimension belongs to the case. */
  public String defendantField() {
    return defendantField;
  }

  public boolean isMonth() {
    return this == RECEIVED_MONTH || this == DECIDED_MONTH;
  }

  public static Optional<CaseDimension> ofValue(String value) {
    return ValueLabel.of(CaseDimension.class, value);
  }
}
