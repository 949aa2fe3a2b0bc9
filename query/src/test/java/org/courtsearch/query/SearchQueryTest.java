package org.courtsearch.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void parsesFiltersDatesSortAndRoundTripsThroughTheUrl() {
    SearchQuery q = SearchQuery.of(Map.of(
        "q", List.of("самовольное оставление"), "region", List.of("Оренбургская область", "Свердловская область"),
        "article", List.of("УК РФ 337"), "from", List.of("2024-03-01"), "to", List.of("2024-03-31"),
        "sort", List.of("date_asc"), "size", List.of("50")));
    assertEquals(List.of("Оренбургская область", "Свердловская область"), q.selected(Dimension.REGION));
    assertEquals(LocalDate.of(2024, 3, 1), q.from());
    assertEquals(Sort.DATE_ASC, q.sort());
    SearchQuery again = SearchQuery.of(parse(q.queryString()));
    assertEquals(q, again);
  }

  @Test
  void datesAsRussianReadersTypeThemOrAsUrlsCarryThem() {
    SearchQuery typed = SearchQuery.of(Map.of("from", List.of("01.02.2024"), "to", List.of("5.3.2024")));
    assertEquals(LocalDate.of(2024, 2, 1), typed.from());
    assertEquals(LocalDate.of(2024, 3, 5), typed.to());
    assertEquals(LocalDate.of(2024, 2, 1), SearchQuery.of(Map.of("from", List.of("2024-02-01"))).from());
    assertTrue(typed.queryString().contains("from=2024-02-01"), "URLs keep one form: " + typed.queryString());
    QueryException bad = assertThrows(QueryException.class, () -> SearchQuery.of(Map.of("from", List.of("31.02.2024"))));
    assertTrue(bad.getMessage().contains("дд.мм.гггг"), bad.getMessage());
  }

  @Test
  void toggleAddsAndRemovesAValueAndRestartsPaging() {
    SearchQuery q = SearchQuery.of(Map.of("after", List.of("abc"), "court", List.of("A")));
    SearchQuery t = q.toggle(Dimension.COURT, "B");
    assertEquals(List.of("A", "B"), t.selected(Dimension.COURT));
    assertEquals(null, t.after());
    assertTrue(t.toggle(Dimension.COURT, "A").toggle(Dimension.COURT, "B").filters().isEmpty());
  }

  @Test
  void theFacetValueSearchTravelsWithItsFacet() {
    SearchQuery q = SearchQuery.of(Map.of("more", List.of("judge"), "fq", List.of(" Петр "), "after", List.of("x")));
    assertEquals("Петр", q.facetFilter());
    assertTrue(q.facetFiltered(Dimension.JUDGE));
    assertEquals(q.withAfter(null), SearchQuery.of(parse(q.withAfter(null).queryString())));
    assertEquals("Петр", q.toggle(Dimension.JUDGE, "Петров А.А.").facetFilter(), "picking a value keeps the search");
    assertEquals(null, q.withMore(Dimension.COURT).facetFilter(), "another facet's list starts unfiltered");
    assertEquals(null, q.withFacetFilter(" ").facetFilter());
    assertEquals(null, q.withFacetFilter("Иван").after(), "a new value search starts from the first page");
  }

  @Test
  void badParametersAreReadableBadRequests() {
    assertMessage("дата", Map.of("from", List.of("2024/03/01")));
    assertMessage("сортировка", Map.of("sort", List.of("random")));
    assertMessage("size", Map.of("size", List.of("100000")));
    assertMessage("позже", Map.of("from", List.of("2024-03-02"), "to", List.of("2024-03-01")));
    assertMessage("длинный", Map.of("q", List.of("а".repeat(1001))));
    assertMessage("more", Map.of("fq", List.of("Петр")));
    assertMessage("Фильтр значений", Map.of("more", List.of("judge"), "fq", List.of("п".repeat(101))));
    assertThrows(QueryException.class, () -> Queries.decodeCursor("not-a-cursor!"));
  }

  @Test
  void fieldTermsLeaveTheFreeText() {
    QueryText.Parsed p = QueryText.parse("дезертирство judge:Иванов court:\"Оренбургский гарнизонный\" -article:338");
    assertEquals("дезертирство", p.text());
    assertEquals(2, p.must().size());
    assertEquals(1, p.mustNot().size());
  }

  private static void assertMessage(String fragment, Map<String, List<String>> params) {
    QueryException e = assertThrows(QueryException.class, () -> SearchQuery.of(params));
    assertTrue(e.getMessage().toLowerCase().contains(fragment.toLowerCase()), e.getMessage());
  }

  static Map<String, List<String>> parse(String qs) {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    for (String part : qs.split("&")) {
      String[] kv = part.split("=", 2);
      m.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>())
          .add(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return m;
  }
}
