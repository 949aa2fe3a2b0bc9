package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
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
    assertEquals("appeal", m.instance());
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
    assertEquals("appeal", m.instance());
    assertEquals("7-15168/2022", m.caseNumber());
    assertEquals("КоАП РФ 20.3 ч.1", String.join(",", m.articlesPart()));
    assertEquals("upheld", m.outcome());
    assertEquals("Петров П.П.", m.firstInstance().judge());
  }

  @Test
  void aCourtOutsideTheRegistryKeepsItsNameAndGetsNoGuessedRegion() {
    DecisionMetadata m = metadata.extract("Дело № 1-12/2015\nПРИГОВОР\n12 марта 2015 года\n"
        + "Петропавловск-Камчатский гарнизонный военный суд в составе председательствующего судьи Иванова И.И., "
        + "с участием помощника военного прокурора Камчатского края\nУСТАНОВИЛ:\n", Map.of());
    assertEquals("Петропавловск-Камчатский гарнизонный военный суд", m.court());
    assertNull(m.region());
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("not in the reference table")), m.warnings().toString());
  }
}
