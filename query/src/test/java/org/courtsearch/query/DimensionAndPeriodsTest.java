package org.courtsearch.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionAndPeriodsTest {
  @Test
  void oneVocabularyForFacetsAndReports() {
    assertFalse(Dimension.facets().contains(Dimension.QUARTER), "no field holds a quarter");
    assertTrue(Dimension.reportOrder().containsAll(Dimension.facets()), "every facet can group a report");
    assertEquals(Dimension.values().length, Dimension.reportOrder().size());
    assertTrue(Dimension.facetByParam("quarter").isEmpty());
    assertEquals(Dimension.QUARTER, Dimension.byParam("quarter").orElseThrow());
    assertEquals("март 2024", Dimension.MONTH.valueLabel("2024-03"));
    assertEquals("Апелляция", Dimension.INSTANCE.valueLabel("appeal"));
    assertEquals("Оренбургский гарнизонный военный суд", Dimension.COURT.valueLabel("Оренбургский гарнизонный военный суд"));
  }

  @Test
  void periodsSpanTheRangeWithNoneLeftOut() {
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), Periods.span(Dimension.MONTH, List.of("2024-03", "2024-01"), null, null));
    assertEquals(List.of("2023-Q4", "2024-Q1", "2024-Q2"),
        Periods.span(Dimension.QUARTER, List.of(), LocalDate.of(2023, 11, 5), LocalDate.of(2024, 4, 1)));
    assertEquals(List.of("2022", "2023"), Periods.span(Dimension.YEAR, List.of("2023", "2022"), null, null));
    assertEquals(List.of(), Periods.span(Dimension.MONTH, List.of(), LocalDate.of(2024, 1, 1), null));
    assertEquals("2024-Q3", Periods.key(Dimension.QUARTER, LocalDate.of(2024, 9, 30)));
  }
}
