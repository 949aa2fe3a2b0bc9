package org.courtsearch.indexer.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseKeys;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.Judges;

/**
 * Gives facts their court (name, code, kind and region from the reference table) and their keys,
 * the same way whatever the source, so that a card, a listing row, a scraper's row and an act's
 * text of one case meet under one key. A court the table does not know keys by its name.
 */
public final class CaseResolver {
  private final CourtDirectory courts;

  public CaseResolver(CourtDirectory courts) {
    this.courts = courts;
  }

  /** The court as the table knows it: by code first, then by name. */
  public Optional<CourtDirectory.Court> court(String code, String name) {
    Optional<CourtDirectory.Court> c = code == null ? Optional.empty() : courts.byCode(code.trim().toUpperCase(Locale.ROOT));
    return c.isPresent() ? c : courts.byName(name);
  }

  /** A court's part of every key. */
  public String courtId(String code, String name) {
    Optional<CourtDirectory.Court> c = court(code, name);
    if (c.isPresent()) {
      return c.get().code();
    }
    return name != null ? CaseKeys.court(null, name) : CaseKeys.court(code, null);
  }

  /** The facts with their court resolved and their keys; null when they name no case (no number, no УИД). */
  public CaseFacts resolve(CaseFacts f) {
    Optional<CourtDirectory.Court> known = court(f.courtCode(), f.court());
    String court = known.map(CourtDirectory.Court::name).orElse(f.court());
    String code = known.map(CourtDirectory.Court::code).orElse(f.courtCode());
    String id = courtId(f.courtCode(), f.court());
    List<String> warnings = new ArrayList<>(f.warnings() == null ? List.of() : f.warnings());
    String region = known.map(CourtDirectory.Court::region).orElse(f.region());
    String regionCode = known.map(CourtDirectory.Court::regionCode).orElse(f.regionCode());
    boolean fromText = SourceKind.TEXT.value().equals(f.sourceKind()); // a text's region is its court's seat already
    boolean military = f.court() != null && military(f.court(), f.courtCode());
    if (known.isEmpty() && military && !fromText) {
      // a military court's code prefix (and a scraper's region number, which is that prefix) names a historic
      // district, not where the court sits: its seat is the town in its name, if the gazetteer knows it
      Optional<String> seat = courts.townRegionOfName(f.court());
      regionCode = seat.orElse(null);
      region = seat.flatMap(courts::region).orElse(null);
    }
    if (known.isEmpty() && f.court() != null) {
      warnings.add("court not in the reference table: «" + f.court() + "»" + (region == null ? " (no region)"
          : " (region " + region + " from " + (military ? "the town in its name)" : "the source)")));
    }
    Set<String> keys = new LinkedHashSet<>();
    if (f.uid() != null && !f.uid().isBlank()) {
      keys.add(CaseKeys.uid(f.uid(), id));
    }
    String number = null;
    if (f.caseNumber() != null) {
      List<String> numbers = CaseNumbers.all(f.caseNumber());
      if (numbers.isEmpty()) {
        numbers = List.of(CaseNumbers.normalise(f.caseNumber()));
      }
      for (String n : numbers) {
        keys.add(CaseKeys.number(id, n));
      }
      number = f.caseNumber().trim();
    }
    if (keys.isEmpty()) {
      return null;
    }
    CaseFacts.LowerCourt lower = f.lower();
    if (lower != null && lower.caseNumber() != null && lower.court() != null) {
      List<String> ln = CaseNumbers.all(lower.caseNumber());
      String lowerKey = CaseKeys.number(courtId(lower.courtCode(), lower.court()),
          ln.isEmpty() ? CaseNumbers.normalise(lower.caseNumber()) : ln.get(0));
      Optional<CourtDirectory.Court> lc = court(lower.courtCode(), lower.court());
      lower = new CaseFacts.LowerCourt(lower.region(), lc.map(CourtDirectory.Court::name).orElse(lower.court()),
          lc.map(CourtDirectory.Court::code).orElse(lower.courtCode()), lower.caseNumber(), lower.judge(), lower.date(), lowerKey);
    }
    String judge = f.judge() == null ? null : Judges.normalise(f.judge());
    String instance = f.instance();
    if (instance == null && number != null) {
      instance = CaseNumbers.all(number).stream().anyMatch(CaseNumbers::isReview) ? null : Instance.FIRST.value();
    }
    String proceeding = f.proceeding();
    if (proceeding == null && number != null) {
      proceeding = Proceeding.ofCaseNumber(CaseNumbers.normalise(number)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
    }
    return f.toBuilder().keys(List.copyOf(keys)).court(court).courtCode(code)
        .courtKind(known.map(CourtDirectory.Court::kind).orElse(f.courtKind())).region(region).regionCode(regionCode)
        .proceeding(proceeding).instance(instance).caseNumber(number).judge(judge).lower(lower).warnings(warnings)
        .build();
  }

  private static final Pattern MILITARY_CODE = Pattern.compile("\\d{2}(?:GV|OV|AV|KV)");

  private static boolean military(String name, String code) {
    return name.toLowerCase(Locale.ROOT).contains("военн") || code != null && MILITARY_CODE.matcher(code).lookingAt();
  }

  /**
   * What a decision's text says of its case: court, number, УИД, date, the articles it
   * convicts under and its outcome, linked to the decision. A text knows neither when the case
   * was received nor who else was tried, so those stay with the court's records.
   */
  public CaseFacts fromDecision(String decisionId, String path, DecisionMetadata m) {
    if (m.caseNumber() == null && m.uid() == null) {
      return null;
    }
    boolean review = Instance.isReview(m.instance());
    String kind = CaseResult.ofOutcome(m.outcome()).map(CaseResult::value).orElse(null);
    if (review && kind != null && (kind.equals(CaseResult.SENTENCE.value()) || kind.equals(CaseResult.TERMINATION.value()))) {
      kind = CaseResult.DECIDED.value();
    }
    String proceeding = Proceeding.ofCaseNumber(m.caseNumber() == null ? "" : m.caseNumber())
        .map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
    CaseFacts.LowerCourt lower = m.firstInstance() == null || m.firstInstance().isEmpty() ? null
        : new CaseFacts.LowerCourt(null, m.firstInstance().court(), null, m.firstInstance().caseNumber(),
            m.firstInstance().judge(), m.firstInstance().date(), null);
    // the text's region stands only for a court outside the registry (derived from its seat): a known court's is the registry's
    CaseFacts facts = CaseFacts.builder().sourceKind(SourceKind.TEXT.value()).sourcePath(path)
        .court(m.court()).courtKind(ValueLabel.valueOf(m.courtKind())).region(m.region()).regionCode(m.regionCode())
        .proceeding(proceeding).instance(ValueLabel.valueOf(m.instance())).caseNumber(m.caseNumber()).uid(m.uid())
        .judge(m.judge()).decisionDate(m.decisionDate()).resultKind(kind)
        .articles(m.articles()).articlesPart(m.articlesPart()).lower(lower)
        .acts(List.of(new CaseFacts.ActLink(decisionId, ValueLabel.valueOf(m.docType()), m.decisionDate(), path, null)))
        .build();
    return resolve(facts);
  }
}
