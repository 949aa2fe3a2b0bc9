package org.courtsearch.core.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One case at one court, merged from every source that speaks of it ({@link CaseFacts}): the
 * unit the courts' own records count. Stored in the {@code cases} index (contract
 * {@code mappings/cases.json}); rebuilt from its facts whenever one of them changes.
 *
 * @param caseId stable id derived from the case's strongest key (УИД and court, else court and number)
 * @param chainId shared by the instances of one case (first instance, appeal, cassation)
 * @param provenance field name → the source ({@code card:path}) whose value the record holds
 * @param hasText whether an act of the case is indexed as a decision
 * @param receivedMonth {@code 2024-03}, from {@code received}
 * @param decidedMonth {@code 2024-03}, from {@code decisionDate}
 * @param defendantCount how many accused persons the record lists
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CaseRecord(
    String caseId,
    String chainId,
    List<String> keys,
    List<Source> sources,
    Map<String, String> provenance,
    boolean hasText,
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
    String receivedMonth,
    String judge,
    String category,
    LocalDate decisionDate,
    String decidedMonth,
    String result,
    String resultKind,
    List<String> articles,
    List<String> articlesPart,
    List<CaseFacts.Defendant> defendants,
    int defendantCount,
    List<CaseFacts.Event> events,
    List<CaseFacts.Appeal> appeals,
    CaseFacts.LowerCourt lower,
    List<CaseFacts.ActLink> acts,
    List<String> warnings) {

  /** One source of the record. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(String kind, String path, LocalDate seen) {}

  public CaseRecord withChain(String chain, CaseFacts.LowerCourt resolvedLower) {
    return toBuilder().chainId(chain).lower(resolvedLower).build();
  }

  /** A case record made field by field: every field not set is null (a list: empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** This record's fields, to change some and {@link Builder#build() build} another. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.caseId = caseId;
    b.chainId = chainId;
    b.keys = keys;
    b.sources = sources;
    b.provenance = provenance;
    b.hasText = hasText;
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
    b.receivedMonth = receivedMonth;
    b.judge = judge;
    b.category = category;
    b.decisionDate = decisionDate;
    b.decidedMonth = decidedMonth;
    b.result = result;
    b.resultKind = resultKind;
    b.articles = articles;
    b.articlesPart = articlesPart;
    b.defendants = defendants;
    b.defendantCount = defendantCount;
    b.events = events;
    b.appeals = appeals;
    b.lower = lower;
    b.acts = acts;
    b.warnings = warnings;
    return b;
  }

  /** Names each field as it is set: the record has too many fields of one type to be made by position. */
  public static final class Builder {
    private String caseId;
    private String chainId;
    private List<String> keys = List.of();
    private List<Source> sources = List.of();
    private Map<String, String> provenance;
    private boolean hasText;
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
    private String receivedMonth;
    private String judge;
    private String category;
    private LocalDate decisionDate;
    private String decidedMonth;
    private String result;
    private String resultKind;
    private List<String> articles = List.of();
    private List<String> articlesPart = List.of();
    private List<CaseFacts.Defendant> defendants = List.of();
    private int defendantCount;
    private List<CaseFacts.Event> events = List.of();
    private List<CaseFacts.Appeal> appeals = List.of();
    private CaseFacts.LowerCourt lower;
    private List<CaseFacts.ActLink> acts = List.of();
    private List<String> warnings = List.of();

    private Builder() {}

    public Builder caseId(String caseId) {
      this.caseId = caseId;
      return this;
    }

    public Builder chainId(String chainId) {
      this.chainId = chainId;
      return this;
    }

    public Builder keys(List<String> keys) {
      this.keys = keys;
      return this;
    }

    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    public Builder provenance(Map<String, String> provenance) {
      this.provenance = provenance;
      return this;
    }

    public Builder hasText(boolean hasText) {
      this.hasText = hasText;
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

    public Builder receivedMonth(String receivedMonth) {
      this.receivedMonth = receivedMonth;
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

    public Builder decidedMonth(String decidedMonth) {
      this.decidedMonth = decidedMonth;
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

    public Builder defendants(List<CaseFacts.Defendant> defendants) {
      this.defendants = defendants;
      return this;
    }

    public Builder defendantCount(int defendantCount) {
      this.defendantCount = defendantCount;
      return this;
    }

    public Builder events(List<CaseFacts.Event> events) {
      this.events = events;
      return this;
    }

    public Builder appeals(List<CaseFacts.Appeal> appeals) {
      this.appeals = appeals;
      return this;
    }

    public Builder lower(CaseFacts.LowerCourt lower) {
      this.lower = lower;
      return this;
    }

    public Builder acts(List<CaseFacts.ActLink> acts) {
      this.acts = acts;
      return this;
    }

    public Builder warnings(List<String> warnings) {
      this.warnings = warnings;
      return this;
    }

    public CaseRecord build() {
      return new CaseRecord(caseId, chainId, keys, sources, provenance, hasText, court, courtCode, courtKind, region, regionCode, proceeding,
          instance, caseNumber, uid, received, receivedMonth, judge, category, decisionDate, decidedMonth, result, resultKind, articles,
          articlesPart, defendants, defendantCount, events, appeals, lower, acts, warnings);
    }
  }
}
