package org.courtsearch.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {
  @Test
  void theConstitutionsLabelsWithTheOldOnesStillValid() {
    assertEquals(List.of("Республика Саха (Якутия)", "Республика Саха"), Regions.labels("Республика Саха"));
    assertEquals("Кемеровская область — Кузбасс", Regions.current("Кемеровская область"));
    assertEquals("Ханты-Мансийский автономный округ — Югра", Regions.current("Ханты-Мансийский автономный округ - Югра"));
    assertEquals("Чувашская Республика — Чувашия", Regions.current("Чувашская Республика - Чувашия"));
    assertEquals(List.of("Оренбургская область"), Regions.labels("Оренбургская область"));
    assertEquals(List.of("Нигде"), Regions.labels("Нигде"), "a value that is no region stays itself");
  }
}
