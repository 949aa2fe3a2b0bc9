package org.courtsearch.indexer.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.indexer.metadata.CardArticles;
import org.courtsearch.indexer.sidecar.CaseCard;
import org.courtsearch.indexer.sidecar.CaseCards;

/** The rows of our metadata table (CSV or JSON Lines, see {@link CaseCards} for its columns), found among the files or given. */
public final class MetadataRows {
  private MetadataRows() {}

  /** A row of a metadata table (see {@code CaseCards} for its columns); false when it is not counted as a case. */
  static boolean add(Map<String, String> v, String where, LocalDate fileDay, List<CaseFacts> cases) {
    CaseFacts f = facts(CaseCards.card(v), where, fileDay);
    if (f != null) {
      cases.add(f);
    }
    return f != null;
  }

  /**
   * What a case card of a metadata table says of its case: the tables found among the files and
   * the index command's {@code --metadata} file alike. Null when the card names no court: a case is
   * known by its court and number (or УИД and court), and a card without one would count as a case
   * of its own beside the decision it describes; such cards only enrich the decisions they match.
   */
  public static CaseFacts facts(CaseCard card, String where, LocalDate fileDay) {
    if (isBlank(card.court()) && isBlank(card.courtCode())) {
      return null;
    }
    String number = card.caseNumber();
    String uid = Optional.ofNullable(card.uid()).flatMap(CaseNumbers::uid).orElse(null);
    String proceeding = number == null ? null
        : Proceeding.ofCaseNumber(CaseNumbers.normalise(number)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
    CardArticles.Parsed parsed = card.articles().isEmpty() ? new CardArticles.Parsed(List.of(), List.of())
        : CardArticles.parse(String.join("; ", card.articles()), CourtPages.defaultCode(proceeding));
    String result = card.result();
    return CaseFacts.builder().sourceKind(SourceKind.METADATA.value()).sourcePath(where).seen(fileDay)
        .court(card.court()).courtCode(card.courtCode()).region(card.region()).proceeding(proceeding)
        .caseNumber(number).uid(uid).received(CourtPages.date(card.received())).judge(card.judge())
        .decisionDate(CourtPages.date(card.decisionDate())).result(result)
        .resultKind(result == null ? null : CaseResult.classify(result, false).value())
        .articles(parsed.articles()).articlesPart(parsed.parts())
        .build();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
