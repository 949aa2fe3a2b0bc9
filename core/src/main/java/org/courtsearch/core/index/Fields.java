package org.courtsearch.core.index;

/**
 * The field names of the decisions index, written once beside its contract
 * ({@code mappings/decisions.json}); {@code FieldsTest} holds every one of them against the
 * mapping, so a renamed field fails the build here rather than a query at run time.
 */
public final class Fields {
  public static final String DOC_ID = "doc_id";
  public static final String TEXT = "text";
  public static final String TEXT_EXACT = "text.exact";
  public static final String TITLE = "title";
  public static final String TITLE_EXACT = "title.exact";
  public static final String COURT = "court";
  public static final String COURT_TEXT = "court.text";
  public static final String COURT_CODE = "court_code";
  public static final String COURT_KIND = "court_kind";
  public static final String REGION = "region";
  public static final String DECISION_DATE = "decision_date";
  public static final String YEAR_MONTH = "year_month";
  public static final String YEAR = "year";
  public static final String CASE_NUMBER = "case_number";
  public static final String CASE_KEY = "case_key";
  public static final String UID = "uid";
  public static final String DOC_TYPE = "doc_type";
  public static final String INSTANCE = "instance";
  public static final String FIRST_INSTANCE_COURT = "first_instance.court";
  public static final String ARTICLES = "articles";
  public static final String ARTICLES_PART = "articles_part";
  public static final String ARTICLES_MENTIONED = "articles_mentioned";
  public static final String JUDGE = "judge";
  public static final String JUDGE_TEXT = "judge.text";
  public static final String OUTCOME = "outcome";
  public static final String PUNISHMENT = "punishment";
  public static final String SENTENCES = "sentences";
  public static final String SERVICE_BASIS = "sentences.service_basis";
  public static final String MOBILISED = "sentences.mobilised";
  public static final String UNIT = "sentences.unit";
  public static final String RANK = "sentences.rank";
  public static final String MAIN_PUNISHMENT = "sentences.punishment";
  public static final String TERM_MONTHS = "sentences.term_months";
  public static final String SUSPENDED = "sentences.suspended";
  public static final String PROBATION_MONTHS = "sentences.probation_months";
  public static final String FINE_ROUBLES = "sentences.fine_roubles";
  public static final String WORK_HOURS = "sentences.work_hours";
  public static final String ADDITIONAL_PUNISHMENT = "sentences.additional";
  public static final String ART64 = "sentences.art64";
  public static final String ART73 = "sentences.art73";
  public static final String FILE_PATH = "file_path";
  public static final String FILE_PATHS = "file_paths";
  public static final String FILE_NAME = "file_name";
  public static final String CONTENT_TYPE = "content_type";
  public static final String SIZE = "size";
  public static final String SHA256 = "sha256";
  public static final String INDEXED_AT = "indexed_at";
  public static final String OCR = "ocr";
  public static final String TAGS = "tags";
  public static final String REGION_SOURCE = "region_source";
  public static final String EVIDENCE = "evidence";

  private Fields() {}
}
