package org.courtsearch.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FacetFilterTest {
  @Test
  void anyCaseAndYoMatchAndTheSyntaxIsLiteral() {
    assertEquals(".*[пП][еЕёЁ][тТ][рР].*", FacetFilter.regexp("пЁтр"));
    assertEquals(".*337\\ [чЧ]\\.5.*", FacetFilter.regexp("337 ч.5"));
    assertEquals(".*\\.\\*\\[\\(.*", FacetFilter.regexp(".*[("));
    assertTrue(FacetFilter.matches("обвин", "Обвинительный приговор"));
    assertTrue(FacetFilter.matches("ё", "Е"));
    assertFalse(FacetFilter.matches("оправд", "Обвинительный приговор"));
  }
}
