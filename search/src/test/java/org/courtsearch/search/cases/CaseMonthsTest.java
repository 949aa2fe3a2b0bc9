package org.courtsearch.search.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseMonthsTest {
  @Test
  void aTimeSeriesOfCasesSkipsNoMonth() {
    List<CaseReporter.Row> rows = CaseReporter.everyMonth(List.of(new CaseReporter.Row("2023-07", 4),
        new CaseReporter.Row("2024-01", 2)));
    assertEquals(List.of("2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01"),
        rows.stream().map(CaseReporter.Row::key).toList());
    assertEquals(List.of(4L, 0L, 0L, 0L, 0L, 0L, 2L), rows.stream().map(CaseReporter.Row::count).toList());
  }
}
