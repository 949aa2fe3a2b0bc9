package org.courtsearch.indexer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.courtsearch.core.decision.Decision;
import org.junit.jupiter.api.Test;

/** The denominator of a published count: what the run report says it could not read. */
class RunReportDoubtsTest {
  static Decision decision(String court, String courtCode, String region, LocalDate date, String type, List<String> articles) {
    return decision(court, courtCode, region, date, type, articles, region == null ? null : "registry");
  }

  static Decision decision(String court, String courtCode, String region, LocalDate date, String type, List<String> articles,
      String regionSource) {
    return new Decision("x", "text", "title", court, court, courtCode, null, region, null, date, null, null, null, null, null,
        type, "first", null, articles, List.of(), List.of(), null, null, List.of(), null, List.of(), null, null, null, null,
        null, null, List.of(), List.of(), false, null, regionSource, List.of());
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
