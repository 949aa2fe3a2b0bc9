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
    return toBuilder().seen(seen).acts(acts).build();
  }

  /** Facts to be made field by field: every field not set is null, every list empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** These facts' fields, to change some and {@link Builder#build() build} others. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sourceKind = sourceKind;
    b.sourcePath = sourcePath;
    b.seen = seen;
    b.keys = keys;
    b.court = court;
    b.courtCode = courtCode;
    b.courtKind = courtKind;
    b.region = region;
    b.regionCode = regionCode;
    b.proceeding = proceeding;
    b.instance = instance;
    b.caseNumber = caseNumber;
    b.uid = uid;
    b.received = received;
    b.judge = judge;
    b.category = category;
    b.decisionDate = decisionDate;
    b.result = result;
    b.resultKind = resultKind;
    b.articles = articles;
    b.articlesPart = articlesPart;
    b.defendants = defendants;
    b.events = events;
    b.appeals = appeals;
    b.lower = lower;
    b.acts = acts;
    b.warnings = warnings;
    return b;
  }

  /** Names each field as it is set: a source's facts have too many fields of one type to be made by position. */
  public static final class Builder {
    private String sourceKind;
    private String sourcePath;
    private LocalDate seen;
    private List<String> keys = List.of();
    private String court;
    private String courtCode;
    private String courtKind;
    private String region;
    private String regionCode;
    private String proceeding;
    private String instance;
    private String caseNumber;
    private String uid;
    private LocalDate received;
    private String judge;
    private String category;
    private LocalDate decisionDate;
    private String result;
    private String resultKind;
    private List<String> articles = List.of();
    private List<String> articlesPart = List.of();
    private List<Defendant> defendants = List.of();
    private List<Event> events = List.of();
    private List<Appeal> appeals = List.of();
    private LowerCourt lower;
    private List<ActLink> acts = List.of();
    private List<String> warnings = List.of();

    private Builder() {}

    public Builder sourceKind(String sourceKind) {
      this.sourceKind = sourceKind;
      return this;
    }

    public Builder sourcePath(String sourcePath) {
      this.sourcePath = sourcePath;
      return this;
    }

    public Builder seen(LocalDate seen) {
      this.seen = seen;
      return this;
    }

    public Builder keys(List<String> keys) {
      this.keys = keys;
      return this;
    }

    public Builder court(String court) {
      this.court = court;
      return this;
    }

    public Builder courtCode(String courtCode) {
      this.courtCode = courtCode;
      return this;
    }

    public Builder courtKind(String courtKind) {
      this.courtKind = courtKind;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder regionCode(String regionCode) {
      this.regionCode = regionCode;
      return this;
    }

    public Builder proceeding(String proceeding) {
      this.proceeding = proceeding;
      return this;
    }

    public Builder instance(String instance) {
      this.instance = instance;
      return this;
    }

    public Builder caseNumber(String caseNumber) {
      this.caseNumber = caseNumber;
      return this;
    }

    public Builder uid(String uid) {
      this.uid = uid;
      return this;
    }

    public Builder received(LocalDate received) {
      this.received = received;
      return this;
    }

    public Builder judge(String judge) {
      this.judge = judge;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder decisionDate(LocalDate decisionDate) {
      this.decisionDate = decisionDate;
      return this;
    }

    public Builder result(String result) {
      this.result = result;
      return this;
    }

    public Builder resultKind(String resultKind) {
      this.resultKind = resultKind;
      return this;
    }

    public Builder articles(List<String> articles) {
      this.articles = articles;
      return this;
    }

    public Builder articlesPart(List<String> articlesPart) {
      this.articlesPart = articlesPart;
      return this;
    }

    public Builder defendants(List<Defendant> defendants) {
      this.defendants = defendants;
      return this;
    }

    public Builder events(List<Event> events) {
      this.events = events;
      return this;
    }

    public Builder appeals(List<Appeal> appeals) {
      this.appeals = appeals;
      return this;
    }

    public Builder lower(LowerCourt lower) {
      this.lower = lower;
      return this;
    }

    public Builder acts(List<ActLink> acts) {
      this.acts = acts;
      return this;
    }

    public Builder warnings(List<String> warnings) {
      this.warnings = warnings;
      return this;
    }

    public CaseFacts build() {
      return new CaseFacts(sourceKind, sourcePath, seen, keys, court, courtCode, courtKind, region, regionCode, proceeding, instance, caseNumber,
          uid, received, judge, category, decisionDate, result, resultKind, articles, articlesPart, defendants, events, appeals, lower, acts,
          warnings);
    }
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
