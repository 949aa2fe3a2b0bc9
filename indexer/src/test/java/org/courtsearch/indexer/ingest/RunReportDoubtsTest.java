package org.courtsearch.indexer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.text.ValueLabel;
import org.junit.jupiter.api.Test;

/** The denominator of a published count: what the run report says it could not read. */
class RunReportDoubtsTest {
  static Decision decision(String court, String courtCode, String region, LocalDate date, String type, List<String> articles) {
    return decision(court, courtCode, region, date, type, articles, region == null ? null : "registry");
  }

  static Decision decision(String court, String courtCode, String region, LocalDate date, String type, List<String> articles,
      String regionSource) {
    return Decision.builder().docId("x").text("text").title("title").court(court).courtAsWritten(court).courtCode(courtCode)
        .region(region).regionSource(RegionSource.ofValue(regionSource).orElse(null)).decisionDate(date)
        .docType(ValueLabel.of(DocType.class, type).orElseThrow()).instance(Instance.FIRST).articles(articles).articlesPart(List.of())
        .articlesMentioned(List.of()).punishment(List.of()).filePaths(List.of()).metadataSources(List.of())
        .extractionWarnings(List.of()).ocr(false).evidence(List.of())
        .build();
  }

  @Test
  void everyDoubtIsNamed() {
    assertEquals(List.of(), RunReport.doubts(decision("Оренбургский гарнизонный военный суд", "63GV0002", "Оренбургская область",
        LocalDate.of(2024, 3, 1), "приговор", List.of("УК РФ 337"))));
    assertEquals(List.of("sentence without an article", "court not in the registry", "region unknown", "date masked or missing"),
        RunReport.doubts(decision("Петропавловск-Камчатский гарнизонный военный суд", null, null, null, "приговор", List.of())));
    assertEquals(List.of("court not found", "region unknown"),
        RunReport.doubts(decision(null, null, null, LocalDate.of(2024, 3, 1), "решение", List.of())));
    assertEquals(List.of("court not in the registry", "region derived from the court's seat"),
        RunReport.doubts(decision("Подольский гарнизонный военный суд", null, "Московская область", LocalDate.of(2024, 3, 1),
            "приговор", List.of("УК РФ 337"), "place_line")));
  }
}
