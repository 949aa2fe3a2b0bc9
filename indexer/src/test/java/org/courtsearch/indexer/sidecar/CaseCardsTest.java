package org.courtsearch.indexer.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.indexer.cases.ScraperFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata file read both ways it is used: as cards that enrich decisions, and as a table of cases. */
class CaseCardsTest {
  static final String JSON_LINES = "{\"файл\": \"act.txt\", \"Номер дела\": \"1-151/2026\", \"суд\": \"Оренбургский гарнизонный военный суд\","
      + " \"статьи\": [\"ст.337 ч.5 УК РФ\", \"ст.158 ч.1 УК РФ\"], \"судья\": \"Иванов И.И.\", \"дата поступления\": \"01.04.2026\"}\n"
      + "\n"
      + "{\"case_number\": \"1-152/2026\", \"judge\": \"  \", \"result\": \"Вынесен ПРИГОВОР\"}\n";

  @Test
  void jsonLinesCardsAreReadByTheirRussianOrEnglishNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cards.jsonl");
    Files.writeString(file, JSON_LINES, StandardCharsets.UTF_8);
    CaseCards cards = CaseCards.load(file);
    assertEquals(2, cards.size());
    CaseCard first = cards.find("/somewhere/act.txt", null).orElseThrow();
    assertEquals("1-151/2026", first.caseNumber());
    assertEquals(List.of("ст.337 ч.5 УК РФ", "ст.158 ч.1 УК РФ"), first.articles());
    assertEquals("01.04.2026", first.received());
    CaseCard second = cards.find("other.txt", "1-152/2026").orElseThrow();
    assertEquals(null, second.judge(), "a blank value is no value");
    assertEquals("Вынесен ПРИГОВОР", second.result());
    assertEquals(file.toAbsolutePath().normalize(), cards.source().orElseThrow());
  }

  @Test
  void aMetadataFileWithALineThatIsNotJsonIsRefusedWithItsLineNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cards.jsonl");
    Files.writeString(file, JSON_LINES + "{\"case_number\": \n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseCards.load(file));
    assertTrue(e.getMessage().contains("line 4 is not JSON"), e.getMessage());
    // the same file found among the files is read for what it has, the bad line named in a warning
    ScraperFiles.Table table = ScraperFiles.read(Files.readAllBytes(file), "cards.jsonl", null, code -> null, false).orElseThrow();
    assertEquals(1, table.cases().size());
    assertTrue(table.warnings().toString().contains("line 4 is not JSON"), table.warnings().toString());
  }

  @Test
  void aSemicolonTableWithAByteOrderMarkIsReadByItsHeader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cards.csv");
    Files.writeString(file, "\ufeffФайл;Номер дела;Статьи\nact.txt;1-151/2026;ст.337 ч.5 УК РФ | ст.158 ч.1 УК РФ\n", StandardCharsets.UTF_8);
    CaseCard card = CaseCards.load(file).find("act.txt", null).orElseThrow();
    assertEquals("1-151/2026", card.caseNumber());
    assertEquals(List.of("ст.337 ч.5 УК РФ", "ст.158 ч.1 УК РФ"), card.articles());
  }

  @Test
  void theSameJsonLinesAreATableOfCasesWhoseCourtlessRowsAreLeftOut() {
    ScraperFiles.Table table = ScraperFiles.read(JSON_LINES.getBytes(StandardCharsets.UTF_8), "cards.jsonl", null, code -> null, false)
        .orElseThrow();
    assertEquals("metadata-jsonl", table.shape());
    assertEquals(1, table.cases().size(), "the row naming its court");
    assertEquals(1, table.leftOut(), "the row naming no court");
    CaseFacts f = table.cases().get(0);
    assertEquals("Оренбургский гарнизонный военный суд", f.court());
    assertTrue(f.articles().size() == 2 && f.articles().toString().contains("337"), f.articles().toString());
    assertEquals("2026-04-01", String.valueOf(f.received()));
  }
}
