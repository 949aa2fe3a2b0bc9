package org.courtsearch.core.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;

/**
 * What one source says about one case: a card page, a listing row, a scraper's row, our
 * metadata file, or a decision's text. Stored as it was read (index {@code case-facts}), so a
 * case record can always be rebuilt from its sources and a re-run of the same files writes the
 * same facts under the same ids. Null where the source does not say.
 *
 * @param sourceKind see {@link SourceKind}
 * @param sourcePath the file (with {@code #row} for a row of a listing or scraper file)
 * @param seen when the source was captured: a card's own date, else the file's modification day
 * @param keys the case's identities this source gives (see {@code CaseKeys}); at least one
 * @param lower the case below, for an appeal or cassation (the card's lower-court block)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CaseFacts(
    String sourceKind,
    String sourcePath,
    LocalDate seen,
    List<String> keys,
    String court,
    String courtCode,
    String courtKind,
    String region,
    String regionCode,
    String proceeding,
    String instance,
    String caseNumber,
    String uid,
    LocalDate received,
    String judge,
    String category,
    LocalDate decisionDate,
    String result,
    String resultKind,
    List<String> articles,
    List<String> articlesPart,
    List<Defendant> defendants,
    List<Event> events,
    List<Appeal> appeals,
    LowerCourt lower,
    List<ActLink> acts,
    List<String> warnings) {

  /** The same facts, seen on {@code seen} and naming these acts (a card's day and the decisions its acts became). */
  public CaseFacts withSeenAndActs(LocalDate seen, List<ActLink> acts) {
    return new CaseFacts(sourceKind, sourcePath, seen, keys, court, courtCode, courtKind, region, regionCode, proceeding,
        instance, caseNumber, uid, received, judge, category, decisionDate, result, resultKind, articles, articlesPart,
        defendants, events, appeals, lower, acts, warnings);
  }

  /**
   * One accused person (or a party in a non-criminal case) as the card lists them.
   *
   * @param label the name as published (often «Информация скрыта» or initials)
   * @param articlesAsWritten the card's «Перечень статей» cell, verbatim
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Defendant(String label, String articlesAsWritten, List<String> articles, List<String> articlesPart,
      LocalDate date, String result, String resultKind) {}

  /** One row of ДВИЖЕНИЕ ДЕЛА / СЛУШАНИЯ. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Event(String name, LocalDate date, String time, String place, String result, String reason, String note,
      LocalDate published) {}

  /** One complaint of ОБЖАЛОВАНИЕ / ЖАЛОБЫ: when, by whom, to which court, with what result. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Appeal(LocalDate filed, String kind, String applicant, String higherCourt, LocalDate decided,
      String result) {}

  /** The lower-court block (РАССМОТРЕНИЕ В НИЖЕСТОЯЩЕМ СУДЕ). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record LowerCourt(String region, String court, String courtCode, String caseNumber, String judge, LocalDate date,
      String key) {}

  /**
   * An act of the case: a decision we indexed ({@code decisionId}), or a link the source gives.
   *
   * @param docType the act's kind as the source names it
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ActLink(String decisionId, String docType, LocalDate date, String path, String link) {}
}
