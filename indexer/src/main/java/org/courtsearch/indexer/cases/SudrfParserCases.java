package org.courtsearch.indexer.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.indexer.metadata.CardArticles;

/** sudrfparser's cases: one run's court, each case's metadata (number, УИД, judge, accused with their articles) and text. */
final class SudrfParserCases {
  private SudrfParserCases() {}

  static void add(JsonNode run, JsonNode c, String where, LocalDate fileDay, List<CaseFacts> cases,
      List<ScraperFiles.RowText> texts) {
    JsonNode m = c.path("metadata");
    String number = ScraperFiles.text(m, "id_text");
    String uid = Optional.ofNullable(ScraperFiles.text(m, "uid_2")).flatMap(CaseNumbers::uid).orElse(null);
    List<CaseFacts.Defendant> defendants = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (JsonNode a : m.path("accused")) {
      List<String> written = new ArrayList<>();
      a.path("article").forEach(x -> written.add(x.asText()));
      String joined = String.join("; ", written);
      CardArticles.Parsed parsed = CardArticles.parse(joined, "УК РФ");
      parsed.articles().stream().filter(x -> !articles.contains(x)).forEach(articles::add);
      parsed.parts().stream().filter(x -> !parts.contains(x)).forEach(parts::add);
      defendants.add(new CaseFacts.Defendant(ScraperFiles.text(a, "name"), joined, parsed.articles(), parsed.parts(), null, null, null));
    }
    String result = ScraperFiles.text(m, "decision_result");
    String kind = result == null ? null : CaseResult.classify(result, false).value();
    cases.add(CaseFacts.builder().sourceKind(SourceKind.SCRAPER.value()).sourcePath(where).seen(fileDay)
        .court(ScraperFiles.text(run, "court_name")).proceeding("criminal").instance(Instance.FIRST.value())
        .caseNumber(number).uid(uid).received(CourtPages.date(ScraperFiles.text(m, "adm_date"))).judge(ScraperFiles.text(m, "judge"))
        .result(result).resultKind(kind).articles(articles).articlesPart(parts).defendants(defendants)
        .build());
    String body = ScraperFiles.text(c, "case_text");
    if (body != null && body.length() > 200) {
      Map<String, String> card = new LinkedHashMap<>();
      ScraperFiles.putIf(card, "Уникальный идентификатор дела", uid);
      ScraperFiles.putIf(card, "Судья", ScraperFiles.text(m, "judge"));
      texts.add(new ScraperFiles.RowText(where.substring(where.lastIndexOf('#')), body, card));
    }
  }
}
