package org.courtsearch.testkit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.courtsearch.core.es.Json;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.CourtDirectory.Court;

/**
 * Writes what court sites publish about cases, with ground truth: case cards in both layouts
 * (columns in varying order, so they must be read by header), listing pages, a scraper's CSV,
 * act texts (as files and inside cards), the site's error pages — cases with and without texts,
 * several defendants with different articles, pending cases, appeals linked to their first
 * instance (by УИД, or by the lower-court block alone), the same case from several sources, an
 * older capture of a card that a newer one must update, and a truncated copy of a card.
 *
 * <p>Why one class of this length: every source shape is written from the same case and its
 * ground truth in one pass (a card, its listing row, its scraper row and its act must agree), so
 * the writers share the case, the court table and the random choices that vary them.
 */
public final class CaseCorpusGenerator {
  private static final String[][] CHARGES = {
      {"337", "5"}, {"337", "5"}, {"337", "5"}, {"337", "3.1"}, {"337", "2.1"}, {"337", "4"}, {"338", "3"}, {"332", "2.1"},
      {"158", "2"}, {"264.1", "1"}};
  private static final Map<String, String[]> RESULTS = Map.of(
      "sentence", new String[] {"Вынесен ПРИГОВОР", "Обвинительный ПРИГОВОР", "Вынесен приговор"},
      "termination", new String[] {"Уголовное дело ПРЕКРАЩЕНО", "Прекращено уголовное дело"},
      "returned", new String[] {"Уголовное дело возвращено прокурору", "ВОЗВРАЩЕНО ПРОКУРОРУ (ст. 237 УПК РФ)"},
      "transferred", new String[] {"Направлено по подсудности (подведомственности)", "Передано по подсудности"},
      "acquittal", new String[] {"Вынесен ОПРАВДАТЕЛЬНЫЙ приговор"},
      "upheld", new String[] {"ПРИГОВОР оставлен БЕЗ ИЗМЕНЕНИЯ"},
      "changed", new String[] {"ПРИГОВОР ИЗМЕНЕН"});
  private static final LocalDate CAPTURED = LocalDate.of(2025, 3, 14);
  private static final LocalDate OLD_CAPTURE = LocalDate.of(2024, 2, 1);

  private final Random random;
  private final DecisionTexts texts;
  private final List<Court> garrison = new ArrayList<>();
  private final List<Court> appealCourts = new ArrayList<>();
  private final Path out;
  private final Map<String, List<String>> listingRows = new LinkedHashMap<>();
  private final List<String> scraperRows = new ArrayList<>();
  /** Court and number of every case written: a court numbers its cases once a year, so no two may share one. */
  private final Set<String> numbers = new HashSet<>();
  private int files;
  private final boolean cardsOnly;

  public CaseCorpusGenerator(Path out, long seed) {
    this(out, seed, false);
  }

  /** @param cardsOnly every case as one card without acts (classic or newer layout): the card-ingest benchmark's corpus */
  public CaseCorpusGenerator(Path out, long seed, boolean cardsOnly) {
    this.cardsOnly = cardsOnly;
    this.out = out;
    this.random = new Random(seed);
    CourtDirectory courts = CourtDirectory.shared();
    this.texts = new DecisionTexts(new Random(seed + 1), courts);
    for (Court c : courts.all()) {
      if (c.region() != null && c.kind().equals("garrison_military")) {
        garrison.add(c);
      } else if (c.region() != null && c.kind().equals("district_military")) {
        appealCourts.add(c);
      }
    }
  }

  /** Writes {@code count} first-instance cases (and their appeals) to the folder; returns the truth. */
  public List<GeneratedCase> generate(int count) throws IOException {
    Files.createDirectories(out);
    List<GeneratedCase> truth = new ArrayList<>();
    for (int ref = 1; ref <= count; ref++) {
      GeneratedCase c = !cardsOnly && random.nextInt(100) < 30 ? withText(ref) : withoutText(ref);
      truth.add(c);
      if (c.resultKind().equals("sentence") && random.nextInt(100) < 20) {
        truth.add(appeal(c, count + ref));
      }
    }
    writeListings();
    writeScraperCsv();
    writeErrorPages();
    return truth;
  }

  public int files() {
    return files;
  }

  // ---- cases ----

  private GeneratedCase withoutText(int ref) throws IOException {
    Court court = garrison.get(random.nextInt(garrison.size()));
    LocalDate received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
    int roll = random.nextInt(100);
    String kind = roll < 62 ? "sentence" : roll < 72 ? "termination" : roll < 77 ? "returned" : roll < 82 ? "transferred" : "pending";
    LocalDate decided = kind.equals("pending") ? null : received.plusDays(14 + random.nextInt(80));
    List<GeneratedCase.Defendant> defendants = new ArrayList<>();
    int persons = random.nextInt(100) < 80 ? 1 : 2 + random.nextInt(2);
    for (int i = 0; i < persons; i++) {
      List<String> parts = new ArrayList<>();
      String[] first = CHARGES[random.nextInt(CHARGES.length)];
      parts.add("УК РФ " + first[0] + " ч." + first[1]);
      if (random.nextInt(100) < 20) {
        String[] second = CHARGES[random.nextInt(CHARGES.length)];
        String p = "УК РФ " + second[0] + " ч." + second[1];
        if (!parts.contains(p)) {
          parts.add(p);
        }
      }
      defendants.add(new GeneratedCase.Defendant(parts, kind));
    }
    String number;
    int n = ref * 7 % 900 + 1;
    do {
      number = "1-" + n++ + "/" + received.getYear();
    } while (!numbers.add(court.code() + "|" + number));
    String uid = String.format("%s-01-%d-%06d-%02d", court.code(), received.getYear(), ref, ref % 97);
    List<String> sources = new ArrayList<>();
    int s = random.nextInt(100);
    boolean classic = s < 45;
    boolean modern = s >= 45 && s < 75;
    boolean listing = s >= 65 || random.nextInt(100) < 30;
    boolean scraper = random.nextInt(100) < 25;
    if (!classic && !modern && !listing && !scraper) {
      listing = true;
    }
    if (cardsOnly) {
      classic = s % 2 == 0;
      modern = !classic;
      listing = false;
      scraper = false;
    }
    Case c = new Case(ref, court, number, uid, received, decided, kind, defendants, "first", null, null);
    if (classic) {
      if (decided != null && !cardsOnly && random.nextInt(100) < 15) {
        // an older capture, while the case was pending: the newer card must win
        write("cards/old/" + ref + ".html", classicCard(c.pendingCopy(), OLD_CAPTURE, null), cp1251());
        sources.add("card-old");
      }
      write("cards/classic/" + ref + ".html", classicCard(c, CAPTURED, null), cp1251());
      sources.add("card-classic");
      if (!cardsOnly && random.nextInt(100) < 4) {
        String full = classicCard(c, OLD_CAPTURE, null);
        write("cards/truncated/" + ref + ".html", full.substring(0, full.indexOf("ЛИЦА") + 200), StandardCharsets.UTF_8);
        sources.add("card-truncated");
      }
    }
    if (modern) {
      write("cards/new/" + ref + ".html", newCard(c, CAPTURED), StandardCharsets.UTF_8);
      sources.add("card-new");
    }
    if (listing) {
      listingRows.computeIfAbsent(court.code(), k -> new ArrayList<>()).add(listingRow(c));
      sources.add("listing");
    }
    if (scraper) {
      scraperRows.add(scraperRow(c));
      sources.add("scraper");
    }
    return c.truth(sources);
  }

  private GeneratedCase withText(int ref) throws IOException {
    GeneratedDecision d;
    do {
      d = texts.next();
    } while (!d.instance().equals("first") || d.uid() == null || !d.courtKind().equals("garrison_military")
        || !List.of("conviction", "termination").contains(d.outcome()) || !numbers.add(d.uid().substring(0, 8) + "|" + d.caseNumber()));
    Court court = CourtDirectory.shared().byCode(d.uid().substring(0, 8)).orElseThrow();
    LocalDate decided = LocalDate.parse(d.decisionDate());
    LocalDate received = decided.minusDays(20 + random.nextInt(60));
    String kind = d.outcome().equals("conviction") ? "sentence" : "termination";
    List<GeneratedCase.Defendant> defendants = List.of(new GeneratedCase.Defendant(d.articlesPart(), kind));
    Case c = new Case(ref, court, d.caseNumber(), d.uid(), received, decided, kind, defendants, "first", null, null);
    List<String> sources = new ArrayList<>();
    int s = random.nextInt(100);
    if (s < 40) {
      // the text only: the record knows neither the date received nor the defendants
      write("texts/" + ref + ".txt", d.text(), StandardCharsets.UTF_8);
      sources.add("text");
      GeneratedCase t = c.truth(sources);
      return new GeneratedCase(t.ref(), t.chainRef(), t.court(), t.courtCode(), t.region(), t.instance(), t.caseNumber(),
          t.uid(), null, t.decided(), t.resultKind(), List.of(), sources);
    }
    if (s < 70) {
      write("cards/classic/" + ref + ".html", classicCard(c, CAPTURED, d.text()), cp1251());
      sources.add("text-in-card");
    } else {
      write("texts/" + ref + ".txt", d.text(), StandardCharsets.UTF_8);
      sources.add("text");
      write("cards/new/" + ref + ".html", newCard(c, CAPTURED), StandardCharsets.UTF_8);
      sources.add("card-new");
    }
    if (random.nextBoolean()) {
      listingRows.computeIfAbsent(court.code(), k -> new ArrayList<>()).add(listingRow(c));
      sources.add("listing");
    }
    return c.truth(sources);
  }

  private GeneratedCase appeal(GeneratedCase first, int ref) throws IOException {
    Court court = appealCourts.get(random.nextInt(appealCourts.size()));
    LocalDate received = LocalDate.parse(first.decided()).plusDays(20 + random.nextInt(30));
    String kind = random.nextInt(100) < 70 ? "upheld" : "changed";
    LocalDate decided = received.plusDays(15 + random.nextInt(40));
    boolean withUid = random.nextBoolean();
    Court lower = CourtDirectory.shared().byCode(first.courtCode()).orElseThrow();
    Case c = new Case(ref, court, "22-" + ref + "/" + received.getYear(), withUid ? first.uid() : null, received, decided, kind,
        first.defendants().isEmpty() ? List.of() : first.defendants().stream()
            .map(x -> new GeneratedCase.Defendant(x.articlesPart(), kind)).toList(), "appeal", lower, first.caseNumber());
    write("cards/appeal/" + ref + ".html", classicCard(c, CAPTURED, null), cp1251());
    GeneratedCase t = c.truth(List.of("card-classic"));
    return new GeneratedCase(t.ref(), first.ref(), t.court(), t.courtCode(), t.region(), t.instance(), t.caseNumber(), t.uid(),
        t.received(), t.decided(), t.resultKind(), t.defendants(), t.sources());
  }

  /** A case as the generator holds it while writing its sources. */
  private record Case(int ref, Court court, String number, String uid, LocalDate received, LocalDate decided, String kind,
      List<GeneratedCase.Defendant> defendants, String instance, Court lower, String lowerNumber) {
    Case pendingCopy() {
      return new Case(ref, court, number, uid, received, null, "pending",
          defendants.stream().map(d -> new GeneratedCase.Defendant(d.articlesPart(), "pending")).toList(), instance, lower,
          lowerNumber);
    }

    GeneratedCase truth(List<String> sources) {
      return new GeneratedCase(ref, ref, court.name(), court.code(), court.region(), instance, number, uid,
          received == null ? null : received.toString(), decided == null ? null : decided.toString(), kind, defendants,
          List.copyOf(sources));
    }
  }

  // ---- pages ----

  private String classicCard(Case c, LocalDate captured, String actText) {
    boolean appeal = c.instance().equals("appeal");
    StringBuilder h = new StringBuilder();
    h.append("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
        .append("<title>").append(c.court().name()).append("</title></head><body>")
        .append("<div class=\"heading heading_caps heading_title\">").append(c.court().name()).append("</div>")
        .append("<div id=\"modSdpContent\"><div id=header><form id='calformH'><table id=top_menu><tr><td>")
        .append("Вывести список дел, назначенных на дату</td><td><input name='H_date' class='text' id='H_date' value=")
        .append(dmy(captured)).append("></td></tr></table></form></div><div id='content'>")
        .append("<div align='center' class='title'>Уголовные дела - ").append(appeal ? "апелляция" : "первая инстанция")
        .append("</div><div align=\"center\" class=casenumber>ДЕЛО № ").append(c.number()).append("</div>");
    List<String> tabs = new ArrayList<>(List.of("ДЕЛО"));
    if (appeal) {
      tabs.add("РАССМОТРЕНИЕ В НИЖЕСТОЯЩЕМ СУДЕ");
    }
    tabs.add("ДВИЖЕНИЕ ДЕЛА");
    if (!c.defendants().isEmpty()) {
      tabs.add("ЛИЦА");
    }
    if (actText != null) {
      tabs.add("СУДЕБНЫЕ АКТЫ");
    }
    h.append("<ul class='tabs'>");
    for (int i = 0; i < tabs.size(); i++) {
      h.append("<li id='tab").append(i + 1).append("' class='nonsel'><a href='#'>&nbsp;").append(tabs.get(i))
          .append("&nbsp;</a></li>");
    }
    h.append("</ul><div class=\"contentt\">");
    int tab = 1;
    h.append("<div id=\"cont").append(tab++).append("\"><table width=\"100%\" id=\"tablcont\"><tr><th colspan=\"2\">ДЕЛО</th></tr>");
    if (c.uid() != null) {
      pair(h, "Уникальный идентификатор дела", "<a href='/modules.php?name=sud_delo&name_op=r_juid&vnkod=" + c.court().code()
          + "&delo_id=1540006&judicial_uid=" + c.uid() + "'><u>" + c.uid() + "</u></a>");
    }
    pair(h, "Дата поступления", dmy(c.received()));
    pair(h, "Судья", judge(c.ref()));
    if (c.decided() != null) {
      pair(h, "Дата рассмотрения", dmy(c.decided()));
      pair(h, "Результат рассмотрения", result(c.kind()));
    }
    h.append("</table></div>");
    if (appeal) {
      h.append("<div id=\"cont").append(tab++).append("\"><table id=\"tablcont\"><tr><th colspan='2'>РАССМОТРЕНИЕ В НИЖЕСТОЯЩЕМ СУДЕ</th></tr>");
      pair(h, "Регион суда первой инстанции", c.lower().regionCode() + " - " + c.lower().region());
      pair(h, "Суд (судебный участок) первой инстанции", c.lower().name());
      pair(h, "Номер дела в первой инстанции", c.lowerNumber());
      pair(h, "Судья (мировой судья) первой инстанции", judge(c.ref() + 1));
      h.append("</table></div>");
    }
    h.append("<div id='cont").append(tab++).append("'><table id='tablcont'><tr><th colspan=10>ДВИЖЕНИЕ ДЕЛА</th></tr>");
    columns(h, events(c), true);
    h.append("</table></div>");
    if (!c.defendants().isEmpty()) {
      h.append("<div id='cont").append(tab++).append("'><table id='tablcont'><tr><th colspan=10>ЛИЦА</th></tr>");
      columns(h, persons(c), true);
      h.append("</table></div>");
    }
    if (actText != null) {
      h.append("<div id='cont").append(tab).append("'><ul class='tabs'><li id='tab_doc1' class='sel'><a href='#'>")
          .append("&nbsp;Судебный акт #1 (Приговор)&nbsp;</a></li></ul><div id='cont_doc1'>");
      for (String line : actText.split("\n")) {
        h.append("<p>").append(escape(line)).append("</p>");
      }
      h.append("</div></div>");
    }
    h.append("</div></div></div></body></html>");
    return h.toString();
  }

  private String newCard(Case c, LocalDate captured) {
    StringBuilder h = new StringBuilder();
    h.append("<html><head><meta charset=\"utf-8\"><title>").append(c.court().name()).append("</title></head><body>")
        .append("<div class=\"heading heading_caps heading_title\">").append(c.court().name()).append("</div>")
        .append("<form id=\"calformH\"><input name=\"H_date\" id=\"H_date\" class=\"date\" value=\"").append(dmy(captured))
        .append("\"></form><div id=\"search_results\"><div class=\"name-instanse\">Уголовные дела - первая инстанция</div>")
        .append("<div class=\"container\" id=\"case_window\"><div class=\"case-num\">ДЕЛО № ").append(c.number()).append("</div>")
        .append("<ul id=\"case_bookmarks\" class=\"bookmarks\"><li id=\"tab_id_Case\" class=\"active\">Дело</li>")
        .append("<li id=\"tab_id_EventList\">Движение дела</li><li id=\"tab_id_PersonList\">Лица</li></ul>")
        .append("<div class=\"lawcase-tab-content\" id=\"tab_content_Case\"><table class=\"law-case-table\"><tbody>");
    pair(h, "Уникальный идентификатор дела", "<a class=\"dashed\" href=\"/modules.php?name=sud_delo&amp;name_op=r&amp;"
        + "case__judicial_uidss=" + c.uid() + "\">" + c.uid() + "</a>");
    pair(h, "Дата поступления", dmy(c.received()));
    pair(h, "Председательствующий судья", judge(c.ref()));
    if (c.decided() != null) {
      pair(h, "Дата рассмотрения", dmy(c.decided()));
      pair(h, "Результат рассмотрения", result(c.kind()));
    }
    h.append("</tbody></table></div><div class=\"lawcase-tab-content\" id=\"tab_content_EventList\" style=\"display: none;\">")
        .append("<table class=\"law-case-table list none-mobile\">");
    columns(h, events(c), false);
    h.append("</table>");
    for (List<String> row : events(c).subList(1, events(c).size())) {
      h.append("<div class=\"mobile-lawcase-item block-mobile\"><table class=\"law-case-table\"><tbody><tr><td><b>")
          .append(row.get(0)).append("</b></td><td>").append(row.get(1)).append("</td></tr></tbody></table></div>");
    }
    h.append("</div><div class=\"lawcase-tab-content\" id=\"tab_content_PersonList\" style=\"display: none;\">")
        .append("<table class=\"law-case-table list none-mobile\">");
    columns(h, persons(c), false);
    h.append("</table></div></div></div></body></html>");
    return h.toString();
  }

  /** A table with a header row, its columns in an order drawn at random: readers must go by the header. */
  private void columns(StringBuilder h, List<List<String>> rows, boolean classic) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.get(0).size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    boolean first = true;
    for (List<String> row : rows) {
      if (first && !classic) {
        h.append("<thead class=\"vert-align\"><tr class=\"text-center\">");
      } else {
        h.append("<tr>");
      }
      for (int i : order) {
        String cell = row.get(i);
        h.append(first && classic ? "<td align='center'><b>" + cell + "</b></td>" : "<td class=\"vert-align\">" + cell + "</td>");
      }
      h.append(first && !classic ? "</tr></thead><tbody>" : "</tr>");
      first = false;
    }
    if (!classic) {
      h.append("</tbody>");
    }
  }

  private List<List<String>> events(Case c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Наименование события", "Дата", "Время", "Место проведения", "Результат события", "Дата размещения"));
    rows.add(List.of("Регистрация поступившего в суд дела", dmy(c.received()), "10:00", "", "", dmy(c.received())));
    rows.add(List.of("Передача материалов дела судье", dmy(c.received().plusDays(1)), "11:30", "", "", dmy(c.received().plusDays(1))));
    if (c.decided() != null) {
      rows.add(List.of("Судебное заседание", dmy(c.decided()), "14:00", "Зал № 1", result(c.kind()), dmy(c.decided().plusDays(2))));
    }
    return rows;
  }

  private List<List<String>> persons(Case c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Фамилия / наименование", "Перечень статей", "Дата рассмотрения дела в отношении лица",
        "Результат в отношении лица"));
    int i = 1;
    for (GeneratedCase.Defendant d : c.defendants()) {
      rows.add(List.of("ФИО" + i++, cardArticles(d.articlesPart()), c.decided() == null ? "" : dmy(c.decided()),
          c.decided() == null ? "" : result(d.resultKind())));
    }
    return rows;
  }

  private String listingRow(Case c) {
    StringBuilder info = new StringBuilder();
    int i = 1;
    for (GeneratedCase.Defendant d : c.defendants()) {
      if (info.length() > 0) {
        info.append("<br>");
      }
      info.append("ФИО").append(i++).append(" - ").append(cardArticles(d.articlesPart()));
    }
    return "<tr><td><a href='/modules.php?name=sud_delo&name_op=case&case_id=" + (1000 + c.ref()) + "&delo_id=1540006'>"
        + c.number() + "</a></td><td>" + dmy(c.received()) + "</td><td>" + info + "</td><td>" + judge(c.ref()) + "</td><td>"
        + (c.decided() == null ? "" : dmy(c.decided())) + "</td><td>" + (c.decided() == null ? "" : result(c.kind()))
        + "</td><td></td><td></td></tr>";
  }

  private void writeListings() throws IOException {
    for (Map.Entry<String, List<String>> e : listingRows.entrySet()) {
      Court court = CourtDirectory.shared().byCode(e.getKey()).orElseThrow();
      List<String> rows = e.getValue();
      for (int page = 0; page * 20 < rows.size(); page++) {
        StringBuilder h = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(court.name())
            .append("</title></head><body><div class=\"heading heading_caps heading_title\">").append(court.name())
            .append("</div><div id=\"modSdpContent\"><p>В соответствии с Федеральным законом от 22.12.2008 № 262-ФЗ не все ")
            .append("категории дел подлежат размещению</p><table id=\"tablcont\"><tr><td><b>№ дела</b></td>")
            .append("<td><b>Дата поступления</b></td><td><b>Категория / Стороны / Суть дела</b></td><td><b>Судья</b></td>")
            .append("<td><b>Дата решения</b></td><td><b>Решение</b></td><td><b>Дата вступления в законную силу</b></td>")
            .append("<td><b>Судебные акты</b></td></tr>");
        rows.subList(page * 20, Math.min(rows.size(), page * 20 + 20)).forEach(h::append);
        h.append("</table></div></body></html>");
        write("listings/" + court.code() + "-" + (page + 1) + ".html", h.toString(), StandardCharsets.UTF_8);
      }
    }
  }

  private String scraperRow(Case c) {
    StringBuilder names = new StringBuilder();
    int i = 1;
    for (GeneratedCase.Defendant d : c.defendants()) {
      if (names.length() > 0) {
        names.append('\n');
      }
      names.append("ФИО").append(i++).append(" - ").append(cardArticles(d.articlesPart()));
    }
    List<String> cells = List.of(String.valueOf(c.ref()), c.court().regionCode(), "FIRST", c.court().name(), c.number(),
        dmy(c.received()), names.toString(), judge(c.ref()), c.decided() == null ? "" : dmy(c.decided()),
        c.decided() == null ? "" : result(c.kind()), "", "", c.uid(), "", "", "", "", "", "", "", "");
    return String.join(";", cells.stream().map(x -> "\"" + x.replace("\"", "\"\"") + "\"").toList());
  }

  private void writeScraperCsv() throws IOException {
    if (scraperRows.isEmpty()) {
      return;
    }
    String header = "id;region;instance;court_name;caseNumber;entryDate;names;judge;resultDate;decision;endDate;consideredBy;cui;"
        + "link_meta;link_text;link_text_and_meta;connected_links_1;connected_links_2;connected_links_3;connected_links_4;text";
    write("scrapers/sudrfscraper.csv", header + "\n" + String.join("\n", scraperRows) + "\n", StandardCharsets.UTF_8);
  }

  private void writeErrorPages() throws IOException {
    String[] answers = {"Неверно указан проверочный код с картинки.", "Данных по запросу не обнаружено. Уточните критерии поиска.",
        "Информация временно недоступна. Повторите попытку позже."};
    for (int i = 0; i < answers.length; i++) {
      write("errors/answer-" + (i + 1) + ".html", "<html><head><meta charset=\"utf-8\"><title>Суд</title></head><body>"
          + "<div id=\"modSdpContent\"><div id='content'>" + answers[i] + "</div></div></body></html>", StandardCharsets.UTF_8);
    }
  }

  // ---- values ----

  private static void pair(StringBuilder h, String label, String value) {
    h.append("<tr><td width=\"50%\"><b>").append(label).append("</b></td><td>").append(value).append("</td></tr>");
  }

  /** {@code УК РФ 337 ч.5} as cards list it: {@code ст.337 ч.5 УК РФ}; several with «;». */
  static String cardArticles(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String[] w = p.substring("УК РФ ".length()).split(" ");
      out.add("ст." + w[0] + (w.length > 1 ? " " + w[1] : ""));
    }
    return String.join("; ", out) + " УК РФ";
  }

  private String result(String kind) {
    String[] forms = RESULTS.get(kind);
    return forms[random.nextInt(forms.length)];
  }

  private static String judge(int ref) {
    String[] surnames = {"Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов"};
    return surnames[ref % surnames.length] + " " + "АБВГДЕ".charAt(ref % 6) + "." + "КЛМНОП".charAt(ref / 6 % 6) + ".";
  }

  private static String dmy(LocalDate d) {
    return String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Charset cp1251() {
    return Charset.forName("windows-1251");
  }

  private void write(String relative, String content, Charset charset) throws IOException {
    Path file = out.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(charset));
    files++;
  }

  /** Writes the ground truth as JSON Lines (outside the corpus: a table of cases there would be read as one). */
  public static void writeTruth(List<GeneratedCase> truth, Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    for (GeneratedCase c : truth) {
      s.append(Json.mapper().writeValueAsString(c)).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, s.toString());
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: CaseCorpusGenerator OUT_DIR COUNT TRUTH.jsonl [SEED] [--cards-only]");
      System.exit(2);
    }
    CaseCorpusGenerator g = new CaseCorpusGenerator(Path.of(args[0]), args.length > 3 && !args[3].startsWith("--")
        ? Long.parseLong(args[3]) : 42, List.of(args).contains("--cards-only"));
    List<GeneratedCase> truth = g.generate(Integer.parseInt(args[1]));
    writeTruth(truth, Path.of(args[2]));
    System.out.printf("wrote %d cases in %d files to %s%n", truth.size(), g.files(), args[0]);
  }
}
