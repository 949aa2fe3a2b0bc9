package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.DocType;
import org.junit.jupiter.api.Test;

class PatternsTest {
  @Test
  void dateStyles() {
    LocalDate d = LocalDate.of(2023, 2, 1);
    assertEquals(Optional.of(d), Dates.first("г.Одинцово 01 февраля 2023 г."));
    assertEquals(Optional.of(d), Dates.first("«01» февраля 2023 года"));
    assertEquals(Optional.of(d), Dates.first("1 февраля 2023г"));
    assertEquals(Optional.of(d), Dates.first("01.02.2023годаг. Краснодар"));
    assertEquals(Optional.of(LocalDate.of(2026, 5, 19)), Dates.first("город Пятигорск 19 мая 2026 года"));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), Dates.first("5 марта 2024 года"));
    assertEquals(Optional.empty(), Dates.first("ДД.ММ.ГГГГ г. Самара"));
    assertEquals(Optional.empty(), Dates.first("31.02.2024"));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 7)), Dates.first("07.05.2024г"));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 21)), Dates.first("«21» января 2025 года"));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 7)), Dates.first("адрес 07.05.2024 года"));
  }

  @Test
  void caseNumbers() {
    assertEquals(Optional.of("1-44/2023"), CaseNumbers.first("Дело № 1-44/2023"));
    assertEquals(Optional.of("1-151/2026"), CaseNumbers.first("дело № 1 – 151/2026"));
    assertEquals(Optional.of("5-636/2023"), CaseNumbers.first("№ 5-636/23"));
    assertEquals(Optional.of("33а-647/2026"), CaseNumbers.first("№33а-647/2026"));
    assertEquals(Optional.of("7У-1297/2026"), CaseNumbers.first("№ 7У-1297/2026"));
    assertEquals(Optional.of("22К-977/2021"), CaseNumbers.first("Дело №22К-977/2021"));
    assertEquals(Optional.of("33-4818/2025"), CaseNumbers.forInstance("Дело № 2-7212/2025 (№ 33-4818/2025)", "appeal"));
    assertEquals(Optional.of("2-7212/2025"), CaseNumbers.forInstance("Дело № 2-7212/2025 (№ 33-4818/2025)", "first"));
    assertEquals(List.of("7У-1297/2026", "77-655/2026"), CaseNumbers.all("7У-1297/2026 [77-655/2026]"));
    assertEquals(Optional.of("50RS0031-01-2022-016555-17"), CaseNumbers.uid("УИД 50RS0031-01-2022-016555-17"));
    // forms from real Moscow and regional КоАП acts (issue 12)
    assertEquals(Optional.of("5-2055/2024"), CaseNumbers.first("Дело№5-2055/2024"));
    assertEquals(Optional.of("05-1057/2024"), CaseNumbers.first("Дело № 05-1057/2024"));
    assertEquals(Optional.of("5-1459/2023"), CaseNumbers.first("№ 5-1459/23"));
    assertEquals(Optional.of("7-15168/2022"), CaseNumbers.first("Дело № 7-15168\\22"));
    assertEquals(Optional.of("5-1459/2023"), CaseNumbers.first("рассмотрев материалы дела 5-1459/2023 об административном"));
    assertEquals(List.of("7-15168/2022"), CaseNumbers.all("7-15168\\22"));
  }

  @Test
  void titlesNotTheOperativeVerb() {
    assertEquals(DocType.SENTENCE, Titles.find("Дело № 1-1/2024\nП Р И Г О В О Р\nИменем").orElseThrow().type());
    assertEquals(DocType.DECISION, Titles.find("Р Е Ш Е Н И ЕИменем Российской Федерации").orElseThrow().type());
    assertEquals(DocType.DECISION, Titles.find("ЗАОЧНОЕ РЕШЕНИЕ\nИменем Российской Федерации").orElseThrow().type());
    Titles.Title appeal = Titles.find("АПЕЛЛЯЦИОННОЕ ОПРЕДЕЛЕНИЕ\n").orElseThrow();
    assertEquals(DocType.DETERMINATION, appeal.type());
    assertEquals("appeal", appeal.instance());
    assertEquals("cassation", Titles.find("КАССАЦИОННОЕ ОПРЕДЕЛЕНИЕ").orElseThrow().instance());
    assertTrue(Titles.find("суд ПРИГОВОРИЛ: признать").isEmpty());
    assertEquals(DocType.RULING, Titles.find("Судебный акт #1 (Постановление)\n\nтекст").orElseThrow().type());
  }

  @Test
  void judges() {
    assertEquals(Optional.of("Ардуванова Д.Р."), Judges.find("в составе председательствующего судьи Ардувановой Д.Р.,\nпри секретаре"));
    assertEquals(Optional.of("Глушков А.С."), Judges.find("Судья Ленинского районного суда г. Кирова Глушков А.С.\nпри секретаре ...\nСудья А.С. Глушков"));
    assertEquals("Бурухина М.Н.", Judges.normalise("Бурухина Мария Николаевна"));
    assertEquals("Иванов И.И.", Judges.normalise("И.И. Иванов"));
  }

  @Test
  void courtsResolveToTheirRegionFromTheGenitiveToo() {
    MetadataExtractor m = new MetadataExtractor(CourtDirectory.shared());
    DecisionMetadata a = m.extract("ПРИГОВОР\n01 марта 2024 года\nОренбургский гарнизонный военный суд в составе председательствующего", java.util.Map.of());
    assertEquals("Оренбургская область", a.region());
    assertEquals(CourtKind.GARRISON_MILITARY, a.courtKind());
    DecisionMetadata b = m.extract("ПОСТАНОВЛЕНИЕ\nСудья Ленинского районного суда г. Кирова Глушков А.С.", java.util.Map.of());
    assertEquals("Кировская область", b.region());
    DecisionMetadata spb = m.extract("ПРИГОВОР\n224 гарнизонный военный суд в составе", java.util.Map.of());
    assertEquals("Город Санкт-Петербург", spb.region());
    DecisionMetadata unknown = m.extract("ПРИГОВОР\nНесуществующий районный суд в составе председательствующего", java.util.Map.of());
    assertEquals(null, unknown.region());
    assertTrue(unknown.warnings().stream().anyMatch(w -> w.contains("region unknown")), unknown.warnings().toString());
  }
}
