package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.RegionSource;
import org.junit.jupiter.api.Test;

class CourtNamesTest {
  @Test
  void namesInAnyCaseBecomeTheNominative() {
    assertEquals("2-й Западный окружной военный суд", CourtNames.nominative("2-го Западного окружного военного суда"));
    assertEquals("Петропавловск-Камчатский гарнизонный военный суд", CourtNames.nominative("Петропавловск-Камчатского гарнизонного военного суда"));
    assertEquals("Белгородский гарнизонный военный суд", CourtNames.nominative("Белгородского гарнизонного военного суда"));
    assertEquals("224 гарнизонный военный суд", CourtNames.nominative("224 гарнизонного военного суда"));
    assertEquals("Спасск-Дальний гарнизонный военный суд", CourtNames.nominative("Спасск-Дальнего гарнизонного военного суда"));
    assertEquals("Ленинский районный суд г. Кирова", CourtNames.nominative("Ленинского районного суда г. Кирова"));
    assertEquals("Березниковский городской суд Пермского края", CourtNames.nominative("Березниковским городским судом Пермского края"));
    assertEquals("Оренбургский гарнизонный военный суд", CourtNames.nominative("Оренбургский гарнизонный военный суд"));
  }

  static final MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());

  @Test
  void anOrdinalInTheGenitiveIsTheRegistrysCourtNotTheOneBelow() {
    DecisionMetadata m = metadata.extract("Дело № 22-641/2024\nАПЕЛЛЯЦИОННОЕ ПОСТАНОВЛЕНИЕ\n12 марта 2024 года\n"
        + "Судебная коллегия по уголовным делам 2-го Западного окружного военного суда в составе председательствующего Иванова И.И.,\n"
        + "рассмотрела уголовное дело по апелляционной жалобе на приговор Белгородского гарнизонного военного суда от 10 января 2024 года, "
        + "которым ФИО1 осужден по ч. 5 ст. 337 УК РФ.\nУСТАНОВИЛА:\n", Map.of());
    assertEquals("2-й Западный окружной военный суд", m.court());
    assertEquals("Город Москва", m.region());
    assertEquals(Instance.APPEAL, m.instance());
    assertEquals("Белгородский гарнизонный военный суд", m.firstInstance().court());
    assertEquals("2024-01-10", String.valueOf(m.firstInstance().date()));
  }

  @Test
  void aReviewOfAnAdministrativeOffenceOnAComplaintIsNotFirstInstance() {
    DecisionMetadata m = metadata.extract("Судья Петров П.П.\nДело № 7-15168\\22\nРЕШЕНИЕ\n12 мая 2022 года\n"
        + "Судья Московского городского суда Сидоров С.С., рассмотрев в открытом судебном заседании жалобу ФИО1 на постановление "
        + "судьи Тверского районного суда г. Москвы от 10 марта 2022 года по делу об административном правонарушении, "
        + "предусмотренном ч. 1 ст. 20.3 КоАП РФ,\nУСТАНОВИЛ:\nПостановлением судьи ФИО1 признан виновным.\n"
        + "РЕШИЛ:\nпостановление судьи оставить без изменения, жалобу – без удовлетворения.\nСудья С.С. Сидоров\n", Map.of());
    assertEquals(Instance.APPEAL, m.instance());
    assertEquals("7-15168/2022", m.caseNumber());
    assertEquals("КоАП РФ 20.3 ч.1", String.join(",", m.articlesPart()));
    assertEquals(Outcome.UPHELD, m.outcome());
    assertEquals("Петров П.П.", m.firstInstance().judge());
  }

  @Test
  void aCourtOutsideTheRegistryGetsItsRegionFromTheTownInItsName() {
    DecisionMetadata m = metadata.extract("Дело № 1-12/2015\nПРИГОВОР\n12 марта 2015 года\n"
        + "Петропавловск-Камчатский гарнизонный военный суд в составе председательствующего судьи Иванова И.И., "
        + "с участием помощника военного прокурора\nУСТАНОВИЛ:\n", Map.of());
    assertEquals("Петропавловск-Камчатский гарнизонный военный суд", m.court());
    assertEquals("Камчатский край", m.region());
    assertEquals(RegionSource.COURT_NAME, m.regionSource(), "a region derived from the seat is marked so");
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("derived from its seat")), m.warnings().toString());
  }

  @Test
  void aCourtOutsideTheRegistryGetsItsRegionFromThePlaceLineFirst() {
    DecisionMetadata m = metadata.extract("Дело № 1-7/2016\nП Р И Г О В О Р\nИменем Российской Федерации\n"
        + "г. Подольск 14 апреля 2016 года\n"
        + "Костромской гарнизонный военный суд в составе председательствующего судьи Иванова И.И., "
        + "с участием помощника военного прокурора\nУСТАНОВИЛ:\n", Map.of());
    assertEquals("Московская область", m.region(), "the place line, not the town of the name");
    assertEquals(RegionSource.PLACE_LINE, m.regionSource());
  }

  @Test
  void aCourtOutsideTheRegistryAndOfNoKnownTownHasNoGuessedRegion() {
    DecisionMetadata m = metadata.extract("Дело № 1-12/2015\nПРИГОВОР\n12 марта 2015 года\n"
        + "Энский гарнизонный военный суд в составе председательствующего судьи Иванова И.И.\nУСТАНОВИЛ:\n", Map.of());
    assertEquals("Энский гарнизонный военный суд", m.court());
    assertNull(m.region());
    assertNull(m.regionSource());
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("region unknown")), m.warnings().toString());
  }

  @Test
  void theNominativeComesFromTheRegistryNotFromSuffixRules() {
    CourtDirectory courts = CourtDirectory.shared();
    assertEquals("Костромской гарнизонный военный суд", courts.nominative("Костромского гарнизонного военного суда"));
    assertEquals("Третий кассационный суд общей юрисдикции", courts.nominative("Третьего кассационного суда общей юрисдикции"));
    assertEquals("Оренбургский гарнизонный военный суд", courts.nominative("Оренбургского гарнизонного военного суда"));
  }

  @Test
  void theDecidingCourtIsTheOpeningLinesNotOneOfThePersonsHistory() {
    DecisionMetadata m = metadata.extract("Дело № 1-30/2024\nПРИГОВОР\nИменем Российской Федерации\n15 мая 2024 года\n"
        + "Энский гарнизонный военный суд в составе председательствующего судьи Иванова И.И., при секретаре ФИО2,\n"
        + "рассмотрев уголовное дело в отношении ФИО1, судимого приговором Оренбургского гарнизонного военного суда от "
        + "10.01.2020 по ч. 1 ст. 337 УК РФ,\nУСТАНОВИЛ:\n", Map.of());
    assertEquals("Энский гарнизонный военный суд", m.court());
    assertNull(m.region(), "never the region of the court of a prior conviction");
  }

  @Test
  void aNumberOfAReviewingCourtMakesTheActAReviewWhateverItsWording() {
    DecisionMetadata m = metadata.extract("Дело № 7-15168/2022\nРЕШЕНИЕ\n12 мая 2022 года г. Москва\n"
        + "Судья Московского городского суда Сидоров С.С., проверив материалы дела по жалобе защитника ФИО1, поданной на "
        + "постановление судьи Тверского районного суда г. Москвы от 10 марта 2022 года,\nУСТАНОВИЛ:\n"
        + "РЕШИЛ:\nпостановление судьи оставить без изменения, жалобу – без удовлетворения.\n", Map.of());
    assertEquals(Instance.APPEAL, m.instance());
    assertEquals("Московский городской суд", m.court());
  }

  @Test
  void whereEachFieldWasReadIsKept() {
    String text = "Дело № 1-44/2024\nПРИГОВОР\nИменем Российской Федерации\n12 марта 2024 года\n"
        + "Оренбургский гарнизонный военный суд в составе председательствующего судьи Иванова И.И.,\n"
        + "обвиняемого в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ,\nУСТАНОВИЛ:\n";
    DecisionMetadata m = metadata.extract(text, Map.of());
    Map<String, String> read = new HashMap<>();
    m.evidence().forEach(e -> read.put(e.field(), text.substring(e.start(), e.end())));
    assertEquals("Оренбургский гарнизонный военный суд", read.get("court"));
    assertEquals("12 марта 2024", read.get("decision_date"));
    assertEquals("1-44/2024", read.get("case_number"));
    assertEquals("ч. 5 ст. 337 УК РФ", read.get("articles"));
  }
}
