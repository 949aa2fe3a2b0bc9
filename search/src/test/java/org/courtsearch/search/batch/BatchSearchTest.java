package org.courtsearch.search.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchSearchTest {
  @Test
  void aBareCaseNumberOrUidIsSearchedExactlyAnythingElseAsTheBoxReadsIt() {
    assertEquals("case:1-44/2024", BatchSearch.queryOf(" 1-44/2024 "));
    assertEquals("case:33а-647/2026", BatchSearch.queryOf("33а-647/2026"));
    assertEquals("uid:50RS0031-01-2022-016555-17", BatchSearch.queryOf("50RS0031-01-2022-016555-17"));
    assertEquals("Иванов И.И.", BatchSearch.queryOf("Иванов И.И."));
    assertEquals("\"самовольное оставление части\"", BatchSearch.queryOf("\"самовольное оставление части\""));
    assertEquals("judge:Петров", BatchSearch.queryOf("judge:Петров"));
  }

  @Test
  void aCaseNumberIsSearchedAsTheIndexerStoresIt() {
    // one reading of case numbers (core CaseNumbers) for texts, cards and the batch: a short year, spaces
    // around the dash or Moscow's backslash name the same case
    assertEquals("case:1-186/2023", BatchSearch.queryOf("1-186/23"));
    assertEquals("case:1-186/2023", BatchSearch.queryOf("1 - 186/2023"));
    assertEquals("case:7-15168/2022", BatchSearch.queryOf("7-15168\\22"));
    assertEquals("1-186", BatchSearch.queryOf("1-186"), "no year: not a case number");
  }
}
