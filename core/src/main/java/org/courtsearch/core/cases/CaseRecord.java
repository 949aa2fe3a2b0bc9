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
    return new CaseRecord(caseId, chain, keys, sources, provenance, hasText, court, courtCode, courtKind, region, regionCode,
        proceeding, instance, caseNumber, uid, received, receivedMonth, judge, category, decisionDate, decidedMonth, result,
        resultKind, articles, articlesPart, defendants, defendantCount, events, appeals, resolvedLower, acts, warnings);
  }
}
