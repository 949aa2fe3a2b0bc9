package org.courtsearch.indexer.sidecar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.law.Code;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.indexer.metadata.CardArticles;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.Dates;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.Judges;

/** Applies a sidecar's case card over the metadata read from the text: what the card says wins. */
public final class CardOverrides {
  private CardOverrides() {}

  public static DecisionMetadata apply(DecisionMetadata m, CaseCard card, CourtDirectory courts) {
    List<String> warnings = new ArrayList<>(m.warnings());
    String court = m.court();
    String courtCode = m.courtCode();
    CourtKind courtKind = m.courtKind();
    String region = m.region();
    String regionCode = m.regionCode();
    Optional<CourtDirectory.Court> known = Optional.ofNullable(card.courtCode()).flatMap(courts::byCode);
    if (known.isPresent()) {
      CourtDirectory.Court c = known.get();
      court = c.name();
      courtCode = c.code();
      courtKind = ValueLabel.of(CourtKind.class, c.kind()).orElse(null);
      region = c.region();
      regionCode = c.region() == null ? null : c.regionCode();
    } else if (card.court() != null) {
      court = card.court();
    }
    RegionSource regionSource = m.regionSource();
    if (known.isPresent()) {
      regionSource = region == null ? null : RegionSource.REGISTRY;
    }
    if (card.region() != null) {
      // a label the region had before (Республика Саха) is the same region under its name today
      Optional<String> code = courts.regionCode(card.region());
      region = code.flatMap(courts::region).orElse(card.region());
      regionCode = code.orElse(regionCode);
      regionSource = RegionSource.CARD;
    }
    if (region != null) {
      warnings.removeIf(w -> w.contains("region unknown"));
    }
    LocalDate date = Dates.parse(card.decisionDate()).orElse(m.decisionDate());
    if (date != null) {
      warnings.removeIf(w -> w.startsWith("decision date not found"));
    }
    List<String> cardNumbers = card.caseNumber() == null ? List.of() : CaseNumbers.all(card.caseNumber());
    String caseNumber = m.caseNumber() != null && (cardNumbers.isEmpty() || cardNumbers.contains(m.caseNumber()))
        ? m.caseNumber() : cardNumbers.isEmpty() ? m.caseNumber() : cardNumbers.get(0);
    List<String> articles = m.articles();
    List<String> parts = m.articlesPart();
    if (!card.articles().isEmpty()) {
      Set<String> a = new LinkedHashSet<>();
      Set<String> p = new LinkedHashSet<>();
      String defaultCode = defaultCode(caseNumber, m.articles());
      for (String listed : card.articles()) {
        // the proceeding's code only where the list names none (the grammar tries the list's own codes first)
        CardArticles.Parsed parsed = CardArticles.parse(listed, defaultCode);
        a.addAll(parsed.articles());
        p.addAll(parsed.parts());
      }
      if (!a.isEmpty()) {
        articles = List.copyOf(a);
        parts = List.copyOf(p);
      }
    }
    Outcome outcome = card.result() != null ? outcome(card.result()).orElse(m.outcome()) : m.outcome();
    List<String> sources = new ArrayList<>(m.sources());
    sources.add("sidecar");
    return new DecisionMetadata(m.title(), court, m.courtAsWritten(), courtCode, courtKind, region, regionCode, date,
        caseNumber, card.uid() != null ? card.uid() : m.uid(), m.docType(), m.instance(), m.firstInstance(), articles, parts,
        m.articlesMentioned(), card.judge() != null ? Judges.normalise(card.judge()) : m.judge(), outcome, m.punishment(), m.sentences(), sources,
        warnings,
        regionSource, m.evidence());
  }

  /** A card's bare article ("Статья 158 Часть 1") belongs to the code its case number's proceeding uses. */
  private static String defaultCode(String caseNumber, List<String> fromText) {
    if (!fromText.isEmpty()) {
      return fromText.get(0).substring(0, fromText.get(0).lastIndexOf(' '));
    }
    return Proceeding.ofCaseNumber(caseNumber).map(Proceeding::code).filter(Code::punitive).map(Code::label).orElse(null);
  }

  static Optional<Outcome> outcome(String result) {
    String r = result.toLowerCase(Locale.ROOT);
    if (r.contains("оправда")) {
      return Optional.of(Outcome.ACQUITTAL);
    }
    if (r.contains("прекращ")) {
      return Optional.of(Outcome.TERMINATION);
    }
    if (r.contains("прокурору")) {
      return Optional.of(Outcome.RETURNED_TO_PROSECUTOR);
    }
    if (r.contains("без изменения")) {
      return Optional.of(Outcome.UPHELD);
    }
    if (r.contains("отменен")) {
      return Optional.of(Outcome.QUASHED);
    }
    if (r.contains("изменен")) {
      return Optional.of(Outcome.CHANGED);
    }
    if (r.contains("приговор") || r.contains("обвинительн") || r.contains("назначено") && r.contains("наказани")) {
      return Optional.of(Outcome.CONVICTION);
    }
    return Optional.empty();
  }
}
