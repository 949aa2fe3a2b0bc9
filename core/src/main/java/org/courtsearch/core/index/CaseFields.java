package org.courtsearch.core.index;

/**
 * The field names of the cases index, written once beside its contract
 * ({@code mappings/cases.json}); {@code FieldsTest} holds them against the mapping.
 */
public final class CaseFields {
  public static final String CASE_ID = "case_id";
  public static final String CHAIN_ID = "chain_id";
  public static final String KEYS = "keys";
  public static final String SOURCES_KIND = "sources.kind";
  public static final String HAS_TEXT = "has_text";
  public static final String COURT = "court";
  public static final String COURT_TEXT = "court.text";
  public static final String COURT_CODE = "court_code";
  public static final String COURT_KIND = "court_kind";
  public static final String REGION = "region";
  public static final String PROCEEDING = "proceeding";
  public static final String INSTANCE = "instance";
  public static final String CASE_NUMBER = "case_number";
  public static final String UID = "uid";
  public static final String RECEIVED = "received";
  public static final String RECEIVED_MONTH = "received_month";
  public static final String JUDGE = "judge";
  public static final String JUDGE_TEXT = "judge.text";
  public static final String CATEGORY_TEXT = "category.text";
  public static final String DECISION_DATE = "decision_date";
  public static final String DECIDED_MONTH = "decided_month";
  public static final String RESULT = "result";
  public static final String RESULT_KIND = "result_kind";
  public static final String ARTICLES = "articles";
  public static final String ARTICLES_PART = "articles_part";
  public static final String DEFENDANTS = "defendants";
  public static final String DEFENDANT_ARTICLES = "defendants.articles";
  public static final String DEFENDANT_ARTICLES_PART = "defendants.articles_part";
  public static final String DEFENDANT_RESULT_KIND = "defendants.result_kind";
  public static final String DEFENDANT_LABEL = "defendants.label";
  public static final String DEFENDANT_COUNT = "defendant_count";
  public static final String ACT_DECISION_ID = "acts.decision_id";
  public static final String LOWER_KEY = "lower.key";

  private CaseFields() {}
}
