package org.courtsearch.indexer.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.indexer.metadata.CardArticles;

/**
 * sudrfscraper's rows, CSV and JSON Lines alike (column names and keys lower-cased by {@link
 * ScraperFiles#key}): a case's court, number, УИД, instance, persons with their articles, result
 * and, where the row carries it, the act's text.
 */
final class SudrfScraperRows {
  private SudrfScraperRows() {}

  private static final Map<String, String> SCRAPER_INSTANCE = Map.of(
      "FIRST", "first", "APPEAL", "appeal", "SECOND", "appeal", "CASSATION", "cassation", "THIRD", "cassation");

  /** A row of sudrfscraper (CSV column names and JSON keys lower-cased alike). */
  static void add(Map<String, String> v, List<CaseFacts.Event> events, String where, LocalDate fileDay,
      IntFunction<String> region, List<CaseFacts> cases, List<ScraperFiles.RowText> texts) {
    String number = v.get("casenumber");
    String uid = Optional.ofNullable(v.get("cui")).flatMap(CaseNumbers::uid).orElse(null);
    String instance = v.get("instance") == null ? null : SCRAPER_INSTANCE.get(v.get("instance").toUpperCase(Locale.ROOT));
    boolean review = Instance.isReview(instance);
    String proceeding = number == null ? null
        : Proceeding.ofCaseNumber(CaseNumbers.normalise(number)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
    List<CaseFacts.Defendant> defendants = persons(v.get("names"), proceeding);
    List<String> articles = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (CaseFacts.Defendant d : defendants) {
      d.articles().stream().filter(a -> !articles.contains(a)).forEach(articles::add);
      d.articlesPart().stream().filter(p -> !parts.contains(p)).forEach(parts::add);
    }
    String result = v.get("decision");
    LocalDate decided = CourtPages.date(v.get("resultdate"));
    String kind = result != null || decided != null ? CaseResult.classify(result == null ? "рассмотрено" : result, review).value()
        : null; // silence on the result is not news: the record is pending only if no source decides it
    String regionName = null;
    if (v.get("region") != null && v.get("region").matches("\\d{1,2}")) {
      regionName = region.apply(Integer.parseInt(v.get("region")));
    }
    List<CaseFacts.ActLink> acts = new ArrayList<>();
    String link = v.getOrDefault("link_text", v.get("link_text_and_meta"));
    if (link != null) {
      acts.add(new CaseFacts.ActLink(null, null, null, null, link));
    }
    cases.add(CaseFacts.builder().sourceKind(SourceKind.SCRAPER.value()).sourcePath(where).seen(fileDay)
        .court(v.get("court_name")).region(regionName).proceeding(proceeding).instance(instance).caseNumber(number).uid(uid)
        .received(CourtPages.date(v.get("entrydate"))).judge(v.get("judge")).decisionDate(decided).result(result).resultKind(kind)
        .articles(articles).articlesPart(parts).defendants(defendants).events(events).acts(acts)
        .build());
    String text = v.get("text");
    if (text != null && text.length() > 200) {
      Map<String, String> card = new LinkedHashMap<>();
      ScraperFiles.putIf(card, "Уникальный идентификатор дела", uid);
      ScraperFiles.putIf(card, "Судья", v.get("judge"));
      ScraperFiles.putIf(card, "Дата рассмотрения", v.get("resultdate"));
      texts.add(new ScraperFiles.RowText(where.substring(where.lastIndexOf('#')), text, card));
    }
  }

  /** «ФИО1 - ст.337 ч.5 УК РФ» per line (a listing's column as scrapers copy it); a line without a dash is articles only. */
  static List<CaseFacts.Defendant> persons(String names, String proceeding) {
    List<CaseFacts.Defendant> out = new ArrayList<>();
    if (names == null) {
      return out;
    }
    for (String line : names.split("\\s*(?:\n|\\|\\|)\\s*")) {
      if (line.isBlank()) {
        continue;
      }
      int dash = line.indexOf(" - ");
      String label = dash > 0 ? line.substring(0, dash).trim() : null;
      String written = dash > 0 ? line.substring(dash + 3).trim() : line.trim();
      CardArticles.Parsed parsed = CardArticles.parse(written, CourtPages.defaultCode(proceeding));
      if (parsed.articles().isEmpty() && label == null) {
        continue;
      }
      out.add(new CaseFacts.Defendant(label, written, parsed.articles(), parsed.parts(), null, null, null));
    }
    return out;
  }
}
