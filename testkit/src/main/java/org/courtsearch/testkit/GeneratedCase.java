package org.courtsearch.testkit;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Ground truth for one generated case at one court: what the case record merged from all its
 * sources must say.
 *
 * @param ref the generator's own number for the case
 * @param chainRef the {@code ref} of the first instance, for an appeal; its own otherwise
 * @param received the date received, or null when no source of the case publishes it (a text only)
 * @param decided the date decided, null while pending
 * @param resultKind {@code CaseResult} value
 * @param defendants the accused as the court's records list them; empty when only a text speaks of the case
 * @param sources the kinds of source written for it: card-classic, card-new, listing, scraper, text, text-in-card
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GeneratedCase(
    int ref,
    int chainRef,
    String court,
    String courtCode,
    String region,
    String instance,
    String caseNumber,
    String uid,
    String received,
    String decided,
    String resultKind,
    List<Defendant> defendants,
    List<String> sources) {

  /** One accused person: their articles with parts ({@code УК РФ 337 ч.5}) and their result. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Defendant(List<String> articlesPart, String resultKind) {}
}
