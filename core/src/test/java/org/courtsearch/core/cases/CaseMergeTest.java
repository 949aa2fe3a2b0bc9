package org.courtsearch.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One case from many sources: who wins, what is merged, and that the order of arrival does not matter. */
class CaseMergeTest {
  static final String UID = "66GV0008-01-2024-000123-45";
  static final String U = CaseKeys.uid(UID, "66GV0008");
  static final String N = CaseKeys.number("66GV0008", "1-12/2024");

  static CaseFacts facts(String kind, String path, LocalDate seen, List<String> keys, LocalDate received, LocalDate decided,
      String resultKind, List<CaseFacts.Defendant> defendants, List<CaseFacts.Event> events, String decisionId) {
    return new CaseFacts(kind, path, seen, keys, "109 гарнизонный военный суд", "66GV0008", "garrison_military",
        "Свердловская область", "66", "criminal", "first", "1-12/2024", keys.contains(U) ? UID : null, received, "Иванов И.И.",
        null, decided, null, resultKind, List.of("УК РФ 337"), List.of("УК РФ 337 ч.5"), defendants, events, List.of(), null,
        decisionId == null ? List.of() : List.of(new CaseFacts.ActLink(decisionId, "приговор", decided, path, null)), List.of());
  }

  static final CaseFacts.Event REGISTERED = new CaseFacts.Event("Регистрация поступившего в суд дела", LocalDate.of(2024, 3, 1),
      "10:00", null, null, null, null, null);
  static final CaseFacts.Event HEARING = new CaseFacts.Event("Судебное заседание", LocalDate.of(2024, 4, 2), "14:00", null,
      "Вынесен ПРИГОВОР", null, null, null);

  static List<CaseFacts> sources() {
    CaseFacts.Defendant onCard = new CaseFacts.Defendant("ФИО1", "ст.337 ч.5 УК РФ", List.of("УК РФ 337"),
        List.of("УК РФ 337 ч.5"), null, "Вынесен ПРИГОВОР", "sentence");
    CaseFacts.Defendant inListing = new CaseFacts.Defendant("ФИО1", "ст.337 ч.5 УК РФ", List.of("УК РФ 337"),
        List.of("УК РФ 337 ч.5"), null, null, null);
    return List.of(
        // an old capture of the card while the case was pending
        facts("card", "old.html", LocalDate.of(2024, 3, 5), List.of(U, N), LocalDate.of(2024, 3, 1), null, "pending",
            List.of(onCard), List.of(REGISTERED), null),
        // the newer card, with the hearing
        facts("card", "new.html", LocalDate.of(2024, 5, 1), List.of(U, N), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 2),
            "sentence", List.of(onCard), List.of(REGISTERED, HEARING), null),
        // a listing saved later still: newer, but it lists persons without their result
        facts("listing", "list.html#3", LocalDate.of(2024, 6, 1), List.of(N), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 2),
            "sentence", List.of(inListing), List.of(), null),
        // the act's text: known by number only, it links the decision
        facts("text", "act.txt", null, List.of(N), null, LocalDate.of(2024, 4, 3), "sentence", List.of(), List.of(), "d1"));
  }

  @Test
  void theNewestCourtRecordWinsAndListsAreMerged() {
    CaseRecord r = CaseMerge.merge(sources());
    assertEquals(CaseKeys.id(U), r.caseId(), "the УИД key names the case");
    assertEquals(CaseKeys.chain(UID), r.chainId());
    assertEquals("sentence", r.resultKind(), "the newer card updated the pending capture");
    assertEquals(LocalDate.of(2024, 4, 2), r.decisionDate(), "the court's record over the text's reading");
    assertEquals("2024-03", r.receivedMonth());
    assertEquals(List.of(REGISTERED, HEARING), r.events(), "events of both captures, once each");
    assertEquals(1, r.defendantCount());
    assertEquals("sentence", r.defendants().get(0).resultKind(), "the card's persons (with results) over the listing's");
    assertTrue(r.hasText());
    assertEquals("d1", r.acts().get(0).decisionId());
    assertTrue(r.provenance().get("decision_date").startsWith("listing:"), r.provenance().toString());
    assertEquals(4, r.sources().size());
  }

  @Test
  void theOrderOfArrivalDoesNotMatter() {
    CaseRecord expected = CaseMerge.merge(sources());
    Random random = new Random(3);
    for (int i = 0; i < 20; i++) {
      List<CaseFacts> shuffled = new ArrayList<>(sources());
      Collections.shuffle(shuffled, random);
      assertEquals(expected, CaseMerge.merge(shuffled));
    }
  }

  @Test
  void factsGroupByAnySharedKey() {
    CaseFacts other = facts("listing", "list.html#4", LocalDate.of(2024, 6, 1), List.of(CaseKeys.number("66GV0008", "1-13/2024")),
        null, null, "pending", List.of(), List.of(), null);
    List<CaseFacts> all = new ArrayList<>(sources());
    all.add(other);
    List<List<CaseFacts>> groups = CaseMerge.group(all);
    assertEquals(2, groups.size());
    assertEquals(4, groups.stream().mapToInt(List::size).max().orElse(0), "the text joins the card through the number");
  }

  @Test
  void resultsReadAsCourtsWriteThem() {
    assertEquals(CaseResult.SENTENCE, CaseResult.classify("Вынесен ПРИГОВОР", false));
    assertEquals(CaseResult.TERMINATION, CaseResult.classify("Уголовное дело ПРЕКРАЩЕНО\nназначена мера уголовно-правового "
        + "характера - СУДЕБНЫЙ ШТРАФ (ст. 25.1 УПК РФ)", false));
    assertEquals(CaseResult.RETURNED, CaseResult.classify("ВОЗВРАЩЕНО ПРОКУРОРУ (ст. 237 УПК РФ)", false));
    assertEquals(CaseResult.TRANSFERRED, CaseResult.classify("Направлено по подсудности (подведомственности)", false));
    assertEquals(CaseResult.ACQUITTAL, CaseResult.classify("Вынесен ОПРАВДАТЕЛЬНЫЙ приговор", false));
    assertEquals(CaseResult.PENDING, CaseResult.classify("", false));
    assertEquals(CaseResult.QUASHED, CaseResult.classify("АПЕЛЛЯЦИОННОЕ постановление (по существу обвинения)\nОТМЕНЕНО и "
        + "возвращено на НОВОЕ АПЕЛЛЯЦИОННОЕ РАССМОТРЕНИЕ", true));
    assertEquals(CaseResult.UPHELD, CaseResult.classify("ПРИГОВОР оставлен БЕЗ ИЗМЕНЕНИЯ", true));
    assertEquals(CaseResult.CHANGED, CaseResult.classify("ПРИГОВОР ИЗМЕНЕН", true));
  }

  @Test
  void peopleOfAListingOrAScraperRowShareTheCasesResultWhereNoCardListsThem() {
    CaseFacts.Defendant listed = new CaseFacts.Defendant("ФИО1", "ст.337 ч.3 УК РФ", List.of("УК РФ 337"), List.of("УК РФ 337 ч.3"),
        null, null, null);
    CaseFacts.Defendant second = new CaseFacts.Defendant("ФИО2", "ст.337 ч.3 УК РФ", List.of("УК РФ 337"), List.of("УК РФ 337 ч.3"),
        null, null, null);
    LocalDate decided = LocalDate.of(2024, 4, 2);
    CaseRecord r = CaseMerge.merge(List.of(facts("listing", "list.html#3", LocalDate.of(2024, 5, 1), List.of(N), null, decided,
        "sentence", List.of(listed, second), List.of(), null)));
    assertEquals(2, r.defendants().size());
    for (CaseFacts.Defendant d : r.defendants()) {
      assertEquals("sentence", d.resultKind(), d.label());
      assertEquals(decided, d.date(), d.label());
    }
    CaseRecord pending = CaseMerge.merge(List.of(facts("scraper", "rows.csv#1", LocalDate.of(2024, 5, 1), List.of(N), null, null,
        null, List.of(listed), List.of(), null)));
    assertEquals(null, pending.defendants().get(0).resultKind(), "a pending case's people have no result");
  }
}
