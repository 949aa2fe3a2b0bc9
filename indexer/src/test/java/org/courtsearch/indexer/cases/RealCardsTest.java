package org.courtsearch.indexer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseMerge;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of samples/real-cards (copied from the shared data, public court records) read as the court published it: both card layouts tab by
 * tab, an act page as an act and no case of its own, and error pages as no case at all.
 */
class RealCardsTest {
  static final Path CARDS = Path.of(System.getProperty("courtsearch.root", ".."), "samples", "real-cards");
  static DocumentExtractor extractor;

  @BeforeAll
  static void open() {
    extractor = new DocumentExtractor(ExtractionLimits.defaults(), false);
  }

  static ExtractResult read(String file) throws Exception {
    assertTrue(Files.isDirectory(CARDS), "the real pages are in the repository (samples/): run from its root");
    return extractor.extract(Source.of(file, Files.readAllBytes(CARDS.resolve(file))));
  }

  @Test
  void classicCriminalCassationCardEveryTab() throws Exception {
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class,
        read("sudrf_cassation_criminal_card_5ksoyu_26KJ0005_7U-1297-2026.html"));
    assertEquals(1, x.cases().size());
    CaseFacts c = new CaseResolver(CourtDirectory.shared()).resolve(x.cases().get(0));
    assertEquals("card", c.sourceKind());
    assertEquals("Пятый кассационный суд общей юрисдикции", c.court());
    assertEquals("26KJ0005", c.courtCode());
    assertEquals("criminal", c.proceeding());
    assertEquals("cassation", c.instance());
    assertEquals("7У-1297/2026 [77-655/2026]", c.caseNumber());
    assertEquals("26RS0001-01-2024-012553-83", c.uid());
    assertEquals("2026-04-21", String.valueOf(c.received()));
    assertEquals("2026-05-19", String.valueOf(c.decisionDate()));
    assertEquals("Бурухина М.Н.", c.judge());
    assertEquals("ВЫНЕСЕНО РЕШЕНИЕ ПО СУЩЕСТВУ ДЕЛА", c.result());
    assertEquals("2026-08-19", String.valueOf(c.seen()), "the day the module served the page");
    assertTrue(c.keys().containsAll(List.of("u|26RS0001-01-2024-012553-83|26KJ0005", "n|26KJ0005|7У-1297/2026",
        "n|26KJ0005|77-655/2026")), c.keys().toString());
    // ЛИЦА: one hidden person, the card's own article list and a per-person result of a review
    assertEquals(1, c.defendants().size());
    CaseFacts.Defendant d = c.defendants().get(0);
    assertEquals("Информация скрыта", d.label());
    assertEquals(List.of("УК РФ 183 ч.4", "УК РФ 290 ч.3"), d.articlesPart());
    assertEquals("quashed", d.resultKind(), d.result());
    // СЛУШАНИЯ: one hearing, its columns by header text
    assertEquals(1, c.events().size());
    assertEquals(new CaseFacts.Event("Судебное заседание", java.time.LocalDate.of(2026, 5, 19), "10:15", "Зал №3",
        "ВЫНЕСЕНО РЕШЕНИЕ ПО СУЩЕСТВУ ДЕЛА", null, null, java.time.LocalDate.of(2026, 5, 12)), c.events().get(0));
    // ЖАЛОБЫ: two complaints
    assertEquals(2, c.appeals().size());
    assertEquals("АДВОКАТОМ", c.appeals().get(0).kind());
    assertEquals("2026-04-22", String.valueOf(c.appeals().get(0).decided()));
    // РАССМОТРЕНИЕ В НИЖЕСТОЯЩЕМ СУДЕ
    assertEquals("Промышленный районный суд г. Ставрополя", c.lower().court());
    assertEquals("1-94/2025", c.lower().caseNumber());
    assertNotNull(c.lower().key());
    // СУДЕБНЫЕ АКТЫ: the act is a decision of its own, typed by its tab
    assertEquals(1, x.acts().size());
    assertTrue(x.acts().get(0).docType().startsWith("Определени"), x.acts().get(0).docType());
  }

  @Test
  void newLayoutCivilCardByTabTitles() throws Exception {
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class,
        read("sudrf_district_civil1_card_blag-gs-amr_28RS0004_2-5-2026.html"));
    assertEquals(0, x.acts().size(), "a card without published acts is no decision");
    CaseFacts c = new CaseResolver(CourtDirectory.shared()).resolve(x.cases().get(0));
    assertEquals("civil", c.proceeding());
    assertEquals("first", c.instance());
    assertEquals("2-5/2026 ~ М-7523/2025", c.caseNumber());
    assertEquals("28RS0004-01-2025-018120-67", c.uid());
    assertEquals("2025-12-15", String.valueOf(c.received()));
    assertEquals("Приходько А.В.", c.judge());
    assertNull(c.resultKind(), "no date decided, no result");
    assertEquals("pending", CaseMerge.merge(List.of(c)).resultKind(), "still pending");
    assertNull(c.decisionDate());
    assertTrue(c.category().startsWith("Споры, возникающие из семейных правоотношений"), c.category());
    assertEquals(7, c.events().size(), "the movement table, not its mobile copy");
    assertEquals("Судебное заседание", c.events().get(6).name());
    assertEquals("2026-01-28", String.valueOf(c.events().get(6).date()));
    assertEquals("14:00", c.events().get(6).time());
    assertEquals("Производство по делу приостановлено", c.events().get(6).result());
    assertTrue(c.region() != null && c.region().startsWith("Амурская"), c.region());
  }

  @Test
  void anActPageIsAnActAndErrorPagesAreNoCase() throws Exception {
    ExtractResult.Extracted act = assertInstanceOf(ExtractResult.Extracted.class,
        read("sudrf_cassation_civil_act_2ksoyu_77KJ0002_88-14715-2026.html"));
    assertEquals(1, act.acts().size());
    assertTrue(act.cases().isEmpty());
    for (String page : List.of("sudrf_error_no-data_2ksoyu_77KJ0002.html", "sudrf_error_temporarily-unavailable_2ksoyu_77KJ0002.html",
        "sudrf_error_wrong-captcha_3ksoyu_78KJ0003.html", "sudrf_searchform_with-captcha_spb-gorsud_78OS0000.utf8.html")) {
      ExtractResult r = read(page);
      if (r instanceof ExtractResult.Extracted e) {
        assertTrue(e.cases().isEmpty(), page + " gave cases");
      }
    }
  }
}
