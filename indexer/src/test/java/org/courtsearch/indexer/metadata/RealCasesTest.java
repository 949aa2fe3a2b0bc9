package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.es.Json;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.SkipReason;
import org.courtsearch.indexer.extract.Source;
import org.junit.jupiter.api.Test;

/**
 * Real acts with their real case cards (samples/real-cases.jsonl): two independent sources of one
 * case. The articles the card lists, read by the one grammar, must be the articles the act
 * charges; the act's date, number and region must be the card's.
 */
class RealCasesTest {
  static final Path FILE = Path.of(System.getProperty("courtsearch.root", ".."), "samples", "real-cases.jsonl");

  @Test
  void theCardAndTheActAgree() throws Exception {
    assertTrue(Files.exists(FILE), "the real pages are in the repository (samples/): run from its root");
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    List<String> problems = new ArrayList<>();
    int cases = 0;
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = Json.mapper().readTree(line);
      cases++;
      String id = c.path("id").asText();
      List<String> cardArticles = new ArrayList<>();
      List<String> cardParts = new ArrayList<>();
      for (JsonNode listed : c.path("articles")) {
        cardArticles.addAll(CardArticles.parse(listed.asText()).articles());
        cardParts.addAll(CardArticles.parse(listed.asText()).parts());
      }
      assertFalse(cardParts.isEmpty(), id + ": the card's articles read as nothing: " + c.path("articles"));
      DecisionMetadata m = metadata.extract(c.path("text").asText(), Map.of());
      // a card lists the charge as registered, an act what the court decided: the articles agree;
      // their parts may not (rc-ff4c52e788: charged under ч. 4 ст. 183, convicted under ч. 3)
      if (!cardArticles.stream().sorted().toList().equals(m.articles().stream().sorted().toList())) {
        problems.add(id + " articles: card " + cardArticles + ", act " + m.articles());
      }
      if (!id.equals("rc-ff4c52e788") && !cardParts.stream().sorted().toList().equals(m.articlesPart().stream().sorted().toList())) {
        problems.add(id + " parts: card " + cardParts + ", act " + m.articlesPart());
      }
      if (!c.path("decision_date").asText().equals(String.valueOf(m.decisionDate()))) {
        problems.add(id + " date: card " + c.path("decision_date").asText() + ", act " + m.decisionDate());
      }
      if (!CaseNumbers.all(c.path("case_number").asText()).contains(m.caseNumber())) {
        problems.add(id + " case number: card " + c.path("case_number").asText() + ", act " + m.caseNumber());
      }
      if (!c.path("region").asText().equals(m.region())) {
        problems.add(id + " region: card " + c.path("region").asText() + ", act " + m.region());
      }
    }
    assertEquals(4, cases, "the real cases on file");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  static final Path CARDS = FILE.getParent().resolve("real-cards");

  /**
   * The real pages of samples/real-cards (copied from the shared data, public court records): saved as UTF-8 while still declaring windows-1251 (as
   * scrapers leave them), an act page and a card with its act read as those acts; the site's error
   * pages are no decision at all.
   */
  @Test
  void realCourtSitePagesReadByTheirBytesAndErrorPagesAreNotDecisions() throws Exception {
    assertTrue(Files.isDirectory(CARDS), "the real pages are in the repository (samples/): run from its root");
    MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), false)) {
      DecisionMetadata act = read(extractor, metadata, "sudrf_cassation_civil_act_2ksoyu_77KJ0002_88-14715-2026.html");
      assertEquals("88-14715/2026", act.caseNumber());
      assertEquals("Второй кассационный суд общей юрисдикции", act.court());
      assertEquals(Instance.CASSATION, act.instance());
      assertEquals("2026-05-14", String.valueOf(act.decisionDate()));
      DecisionMetadata card = read(extractor, metadata, "sudrf_cassation_criminal_card_5ksoyu_26KJ0005_7U-1297-2026.html");
      assertEquals(List.of("УК РФ 183 ч.3", "УК РФ 290 ч.3"), card.articlesPart().stream().sorted().toList());
      assertEquals("Пятый кассационный суд общей юрисдикции", card.court());
      for (String error : List.of("sudrf_error_no-data_2ksoyu_77KJ0002.html", "sudrf_error_temporarily-unavailable_2ksoyu_77KJ0002.html",
          "sudrf_error_wrong-captcha_3ksoyu_78KJ0003.html")) {
        ExtractResult r = extractor.extract(Source.of(error, Files.readAllBytes(CARDS.resolve(error))));
        assertEquals(SkipReason.NOT_A_DECISION, assertInstanceOf(ExtractResult.Skipped.class, r, error).reason(), error);
      }
    }
  }

  static DecisionMetadata read(DocumentExtractor extractor, MetadataExtractor metadata, String file) throws Exception {
    ExtractResult r = extractor.extract(Source.of(file, Files.readAllBytes(CARDS.resolve(file))));
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, file);
    return metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
  }
}
