package org.courtsearch.query.batch;

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
}
