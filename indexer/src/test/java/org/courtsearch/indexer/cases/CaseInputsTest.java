package org.courtsearch.indexer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseMerge;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.SkipReason;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The other ways cases arrive — the scrapers' tables in their own shapes, our metadata table — and
 * cards a reader must survive: missing tabs, labels it has never seen, a table cut off mid-row.
 */
class CaseInputsTest {
  static DocumentExtractor extractor;
  static final CaseResolver RESOLVER = new CaseResolver(CourtDirectory.shared());

  @BeforeAll
  static void open() {
    extractor = new DocumentExtractor(ExtractionLimits.defaults(), false);
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static ExtractResult.Extracted read(String name, String content) {
    return assertInstanceOf(ExtractResult.Extracted.class,
        extractor.extract(Source.of(name, content.getBytes(StandardCharsets.UTF_8))), name);
  }

  @Test
  void sudrfscraperCsvWithPersonsOnLinesAndAnActText() {
    String text = "ПРИГОВОР\nИменем Российской Федерации\n02 апреля 2024 года\n109 гарнизонный военный суд в составе "
        + "председательствующего судьи Иванова И.И., рассмотрев уголовное дело № 1-12/2024 в отношении ФИО1, обвиняемого в "
        + "совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ, ПРИГОВОРИЛ: признать ФИО1 виновным в совершении "
        + "преступления, предусмотренного ч. 5 ст. 337 УК РФ.";
    String csv = "id;region;instance;court_name;caseNumber;entryDate;names;judge;resultDate;decision;endDate;consideredBy;cui;"
        + "link_meta;link_text;link_text_and_meta;connected_links_1;connected_links_2;connected_links_3;connected_links_4;text\n"
        + "1;66;FIRST;109 гарнизонный военный суд;1-12/2024;01.03.2024;\"ФИО1 - ст.337 ч.5 УК РФ\nФИО2 - ст.337 ч.5; ст.338 ч.3 УК РФ\";"
        + "Иванов И.И.;02.04.2024;Вынесен ПРИГОВОР;;;66GV0008-01-2024-000123-45;;;;;;;;\"" + text + "\"\n"
        + "2;66;FIRST;109 гарнизонный военный суд;1-13/2024;05.03.2024;ФИО3 - ст.337 ч.3.1 УК РФ;Иванов И.И.;;;;;;;;;;;;;\n";
    ExtractResult.Extracted x = read("dump.csv", csv);
    assertEquals(2, x.cases().size());
    CaseFacts c = RESOLVER.resolve(x.cases().get(0));
    assertEquals("scraper", c.sourceKind());
    assertEquals("66GV0008", c.courtCode());
    assertEquals("2024-03-01", String.valueOf(c.received()));
    assertEquals("sentence", c.resultKind());
    assertEquals(2, c.defendants().size());
    assertEquals(List.of("УК РФ 337 ч.5", "УК РФ 338 ч.3"), c.defendants().get(1).articlesPart());
    assertNull(x.cases().get(1).resultKind(), "a row silent on the result says nothing of it");
    assertEquals("pending", CaseMerge.merge(List.of(RESOLVER.resolve(x.cases().get(1)))).resultKind(), "no source decides it");
    assertEquals(1, x.acts().size(), "the row's text is a decision");
    assertTrue(x.acts().get(0).card().containsValue("66GV0008-01-2024-000123-45"));
  }

  @Test
  void sudrfscraperJsonLinesWithSteps() {
    String line = "{\"CUI\":\"66GV0008-01-2024-000123-45\",\"id\":1,\"region\":66,\"instance\":\"FIRST\","
        + "\"name\":\"109 гарнизонный военный суд\",\"caseNumber\":\"1-12/2024\",\"entryDate\":\"01.03.2024\","
        + "\"names\":\"ФИО1 - ст.337 ч.5 УК РФ\",\"judge\":\"Иванов И.И.\",\"resultDate\":\"02.04.2024\",\"decision\":\"Вынесен ПРИГОВОР\","
        + "\"steps\":[{\"eventName\":\"Судебное заседание\",\"eventDate\":\"02.04.2024\",\"eventTime\":\"14:00\","
        + "\"eventResult\":\"Вынесен приговор\"}],\"sides\":[]}\n";
    ExtractResult.Extracted x = read("cases.jsonl", line + line.replace("1-12/2024", "1-14/2024"));
    assertEquals(2, x.cases().size());
    CaseFacts c = RESOLVER.resolve(x.cases().get(0));
    assertEquals(CourtDirectory.shared().byCode("66GV0008").orElseThrow().region(), c.region(), "the court's region from the table");
    assertEquals(1, c.events().size());
    assertEquals("14:00", c.events().get(0).time());
  }

  @Test
  void aScraperRowsRegionNumberIsTheCourtCodesPrefixNotTheSeat() {
    String header = "id;region;instance;court_name;caseNumber;entryDate;names;judge;resultDate;decision\n";
    ExtractResult.Extracted x = read("rows.csv", header
        + "1;27;FIRST;109 гарнизонный военный суд;1-20/2024;01.03.2024;ФИО1 - ст.337 ч.5 УК РФ;Иванов И.И.;;\n"
        + "2;27;FIRST;Подольский гарнизонный военный суд;1-21/2024;01.03.2024;ФИО2 - ст.337 ч.5 УК РФ;Петров П.П.;;\n"
        + "3;27;FIRST;Энский гарнизонный военный суд;1-22/2024;01.03.2024;ФИО3 - ст.337 ч.5 УК РФ;Петров П.П.;;\n");
    assertEquals(CourtDirectory.shared().byCode("66GV0008").orElseThrow().region(), RESOLVER.resolve(x.cases().get(0)).region(),
        "a known court's seat from the registry, whatever the row's number");
    assertEquals("Московская область", RESOLVER.resolve(x.cases().get(1)).region(), "an unknown court's seat from the town in its name");
    assertNull(RESOLVER.resolve(x.cases().get(2)).region(), "never the prefix's region for a military court");
  }

  @Test
  void sudrfparserRunJson() {
    String json = "{\"court_name\":\"109 гарнизонный военный суд\",\"court_id\":\"66GV0008\",\"num_cases\":1,\"cases\":["
        + "{\"case_found\":true,\"case_text\":\"\",\"metadata\":{\"id_text\":\"1-12/2024\",\"uid_2\":\"66GV0008-01-2024-000123-45\","
        + "\"adm_date\":\"01.03.2024\",\"judge\":\"Иванов И.И.\",\"decision_result\":\"Вынесен ПРИГОВОР\","
        + "\"accused\":[{\"name\":\"ФИО1\",\"article\":[\"ст.337 ч.5\"]}]}}]}";
    ExtractResult.Extracted x = read("run.json", json);
    CaseFacts c = RESOLVER.resolve(x.cases().get(0));
    assertEquals("1-12/2024", c.caseNumber());
    assertEquals(List.of("УК РФ 337 ч.5"), c.defendants().get(0).articlesPart());
    assertEquals("sentence", c.resultKind());
  }

  @Test
  void ourMetadataTableAndAnyOtherTable() {
    ExtractResult.Extracted x = read("cards.csv", "file,case_number,court,decision_date,articles\n"
        + "a.txt,1-12/2024,109 гарнизонный военный суд,02.04.2024,ч. 5 ст. 337 УК РФ\n");
    assertEquals("metadata", x.cases().get(0).sourceKind());
    assertEquals(List.of("УК РФ 337 ч.5"), x.cases().get(0).articlesPart());
    ExtractResult other = extractor.extract(Source.of("prices.csv", "item,price\napple,3\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(SkipReason.NOT_A_DECISION, assertInstanceOf(ExtractResult.Skipped.class, other).reason());
  }

  static final String HEAD = "<html><head><meta charset='utf-8'></head><body><div class='heading_title'>109 гарнизонный военный суд</div>"
      + "<div class='title'>Уголовные дела - первая инстанция</div><div class=casenumber>ДЕЛО № 1-12/2024</div>"
      + "<ul class='tabs'><li id='tab1'>ДЕЛО</li><li id='tab2'>ЛИЦА</li></ul><div class='contentt'>";

  @Test
  void aCardWithoutItsMainTabIsWhatCouldBeReadWithAWarning() {
    ExtractResult.Extracted x = read("card.html", HEAD + "<div id='cont2'><table id='tablcont'><tr><th>ЛИЦА</th></tr>"
        + "<tr><td><b>Фамилия / наименование</b></td><td><b>Перечень статей</b></td><td><b>Результат в отношении лица</b></td></tr>"
        + "<tr><td>ФИО1</td><td>ст.337 ч.5 УК РФ</td><td></td></tr></table></div></div></body></html>");
    CaseFacts c = RESOLVER.resolve(x.cases().get(0));
    assertEquals("1-12/2024", c.caseNumber());
    assertEquals(List.of("УК РФ 337 ч.5"), c.articlesPart());
    assertNull(c.received());
    assertTrue(c.warnings().stream().anyMatch(w -> w.contains("no ДЕЛО tab")), c.warnings().toString());
  }

  @Test
  void unknownLabelsAndATruncatedTableLoseNothingElse() {
    String card = HEAD + "<div id='cont1'><table id='tablcont'><tr><th colspan=2>ДЕЛО</th></tr>"
        + "<tr><td><b>Дата поступления</b></td><td>01.03.2024</td></tr>"
        + "<tr><td><b>Признак, которого мы не знаем</b></td><td>что-то</td></tr>"
        + "<tr><td><b>Судья</b></td><td>Иванов И.И.</td></tr></table></div>"
        + "<div id='cont2'><table id='tablcont'><tr><th>ЛИЦА</th></tr>"
        + "<tr><td><b>Фамилия / наименование</b></td><td><b>Перечень статей</b></td><td><b>Результат в отношении лица</b></td></tr>"
        + "<tr><td>ФИО1</td><td>ст.337 ч.5 УК РФ</td><td>Вынесен ПРИГОВОР</td></tr><tr><td>ФИО2</td><td>ст.33";
    ExtractResult.Extracted x = read("cut.html", card);
    CaseFacts c = RESOLVER.resolve(x.cases().get(0));
    assertEquals("2024-03-01", String.valueOf(c.received()));
    assertEquals("Иванов И.И.", c.judge());
    assertEquals(2, c.defendants().size(), "the cut row is kept as far as it goes");
    assertEquals("sentence", c.defendants().get(0).resultKind());
    assertFalse(c.keys().isEmpty());
  }

  /**
   * A district court's ОБЖАЛОВАНИЕ tab as case-cards.md describes it: a block per complaint (its
   * kind, applicant and higher court), its own movement, then the outcome.
   */
  @Test
  void complaintsOfTheClassicDistrictCard() {
    String card = HEAD.replace("<li id='tab2'>ЛИЦА</li>", "<li id='tab2'>ОБЖАЛОВАНИЕ ПРИГОВОРОВ, ОПРЕДЕЛЕНИЙ (ПОСТ.)</li>")
        + "<div id='cont1'><table id='tablcont'><tr><th colspan=2>ДЕЛО</th></tr>"
        + "<tr><td><b>Дата поступления</b></td><td>01.03.2024</td></tr>"
        + "<tr><td><b>Дата рассмотрения</b></td><td>02.04.2024</td></tr>"
        + "<tr><td><b>Результат рассмотрения</b></td><td>Вынесен ПРИГОВОР</td></tr></table></div>"
        + "<div id='cont2'><table id='tablcont'><tr><th colspan=2>ЖАЛОБА № 1*</th></tr>"
        + "<tr><td><b>Вид жалобы (представления)</b></td><td>Апелляционная жалоба (на не вступивший в силу судебный акт)</td></tr>"
        + "<tr><td><b>Заявитель</b></td><td>ФИО1</td></tr>"
        + "<tr><td><b>Вышестоящий суд</b></td><td>Центральный окружной военный суд</td></tr>"
        + "<tr><td><b>Результат обжалования</b></td><td>ПРИГОВОР оставлен БЕЗ ИЗМЕНЕНИЯ</td></tr></table>"
        + "<table id='tablcont'><tr><th colspan=6>---=== ДВИЖЕНИЕ ЖАЛОБЫ ===---</th></tr>"
        + "<tr><td><b>Событие</b></td><td><b>Дата</b></td><td><b>Результат</b></td></tr>"
        + "<tr><td>Регистрация жалобы (представления) в суде</td><td>10.04.2024</td><td></td></tr>"
        + "<tr><td>Направлено в вышестоящую инстанцию</td><td>20.04.2024</td><td></td></tr></table></div></div></body></html>";
    CaseFacts c = RESOLVER.resolve(read("complaint.html", card).cases().get(0));
    assertEquals("sentence", c.resultKind());
    assertEquals(1, c.appeals().size());
    CaseFacts.Appeal a = c.appeals().get(0);
    assertEquals("ФИО1", a.applicant());
    assertEquals("Центральный окружной военный суд", a.higherCourt());
    assertEquals("2024-04-10", String.valueOf(a.filed()), "filed when the complaint was registered");
    assertTrue(a.result().startsWith("ПРИГОВОР оставлен"));
    assertTrue(c.events().isEmpty(), "a complaint's movement is not the case's");
  }
}
