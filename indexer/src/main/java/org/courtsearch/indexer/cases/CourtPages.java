package org.courtsearch.indexer.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.indexer.metadata.CardArticles;
import org.courtsearch.indexer.metadata.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pages saved from the «Судебное делопроизводство» module of court sites: a case card (classic
 * {@code ul.tabs}/{@code #tablcont} layout or the newer {@code #case_bookmarks}/{@code
 * law-case-table} one) or a listing of search results, read into facts about cases. What a page
 * lacks (a tab, a label, a truncated table) is left out with a warning; nothing here throws on a
 * page it half understands.
 */
public final class CourtPages {
  // selectors parsed once: jsoup parses a selector string on every call, and clears its buffers as it does
  private static final Evaluator CASE_NUMBER = QueryParser.parse("div.casenumber, div.case-num");
  private static final Evaluator CLASSIC_NUMBER = QueryParser.parse("div.casenumber");
  private static final Evaluator CLASSIC_TITLE = QueryParser.parse("div.title");
  private static final Evaluator NEW_TITLE = QueryParser.parse("div.name-instanse");
  private static final Evaluator DOCUMENT_TABS = QueryParser.parse("li[id^=tab_doc]");
  private static final Evaluator HEADING = QueryParser.parse(".heading_title, .heading.heading_caps");
  private static final Evaluator TITLE = QueryParser.parse("title");
  private static final Evaluator COURT_LINKS = QueryParser.parse("a[href*=vnkod]");
  private static final Evaluator HEARING_DATE = QueryParser.parse("input#H_date, input[name=H_date]");

  private CourtPages() {}

  /** What kind of page it is. */
  public enum Kind { CARD, LISTING, OTHER }

  /**
   * The page read: its cases (one for a card, one per row for a listing) with their courts as
   * the page names them (keys are given later, by {@link CaseResolver}); for a card, the kinds
   * of its acts in the order of their tabs.
   */
  public record Page(Kind kind, List<CaseFacts> cases, List<String> actTypes) {
    public static final Page NONE = new Page(Kind.OTHER, List.of(), List.of());
  }

  private static final Pattern VNKOD = Pattern.compile("(?:vnkod|case__vnkod)=(\\d{2}[A-Z]{2}\\d{4})");
  private static final Pattern NUMBER_AFTER = Pattern.compile("№\\s*(.+)$");
  private static final Pattern ACT_TYPE = Pattern.compile("\\(([^)]+)\\)\\s*$");

  public static Page read(Document doc, String path, LocalDate fileDay) {
    Element number = doc.selectFirst(CASE_NUMBER);
    if (number != null) {
      return card(doc, number, path, fileDay);
    }
    Optional<Page> listing = listing(doc, path, fileDay);
    return listing.orElse(Page.NONE);
  }

  // ---- case cards ----

  private static Page card(Document doc, Element numberLine, String path, LocalDate fileDay) {
    List<String> warnings = new ArrayList<>();
    boolean classic = doc.selectFirst(CLASSIC_NUMBER) != null;
    String heading = CardTables.clean(numberLine.text());
    Matcher n = NUMBER_AFTER.matcher(heading);
    String caseNumber = n.find() ? n.group(1).trim() : null;
    if (caseNumber == null) {
      warnings.add("card: no case number in its heading «" + heading + "»");
    }
    Element titleEl = doc.selectFirst(classic ? CLASSIC_TITLE : NEW_TITLE);
    String title = titleEl == null ? "" : CardTables.clean(titleEl.text());
    String court = courtName(doc);
    if (court == null) {
      warnings.add("card: the court's name is not on the page");
    }
    String proceeding = proceeding(title).orElseGet(() -> caseNumber == null ? null
        : Proceeding.ofCaseNumber(firstNumber(caseNumber)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null));
    String instance = instance(title).orElse(null);
    boolean review = Instance.isReview(instance);

    List<CardTables.Block> blocks = CardTables.read(doc);
    CardTables.Block main = null;
    CardTables.Block lowerBlock = null;
    List<CaseFacts.Event> events = new ArrayList<>();
    List<CaseFacts.Defendant> defendants = new ArrayList<>();
    List<CaseFacts.Appeal> appeals = new ArrayList<>();
    for (CardTables.Block b : blocks) {
      if (b.isPairs()) {
        if (b.pair("Суд (судебный участок) первой инстанции", "Номер дела в первой инстанции",
            "Номер производства по делу в суде 1", "Регион суда первой инстанции") != null) {
          lowerBlock = b;
        } else if (b.pair("Вид жалобы", "Вышестоящий суд", "Заявитель") != null) {
          appeals.add(appealBlock(b));
        } else if (main == null && (b.pair("Уникальный идентификатор", "Дата поступления", "Судья",
            "Председательствующий судья") != null)) {
          main = b;
        }
        continue;
      }
      Map<String, String> first = b.rows().get(0);
      if (has(first, "Перечень статей")) {
        for (Map<String, String> row : b.rows()) {
          defendants.add(defendant(row, proceeding, review));
        }
      } else if (has(first, "Наименование события") || has(first, "Событие")) {
        if (!b.name().contains("ЖАЛОБ")) {
          for (Map<String, String> row : b.rows()) {
            events.add(event(row));
          }
        } else if (!appeals.isEmpty()) {
          appeals.set(appeals.size() - 1, withMovement(appeals.get(appeals.size() - 1), b.rows()));
        }
      } else if (has(first, "Процессуальный статус заявителя") || has(first, "Лицо, подавшее жалобу")) {
        for (Map<String, String> row : b.rows()) {
          appeals.add(new CaseFacts.Appeal(date(CardTables.find(row, "Дата поступления")),
              CardTables.find(row, "Процессуальный статус"), CardTables.find(row, "Лицо, подавшее"), null,
              date(CardTables.find(row, "Дата вынесения")), CardTables.find(row, "Результат")));
        }
      }
    }
    if (main == null) {
      warnings.add("card: no ДЕЛО tab (date received, judge and result unknown)");
      main = new CardTables.Block("", Map.of(), List.of());
    }
    String result = main.pair("Результат рассмотрения", "Решение", "Результат");
    LocalDate decided = date(main.pair("Дата рассмотрения", "Дата решения"));
    String resultKind = result != null || decided != null ? CaseResult.classify(result == null ? "рассмотрено" : result, review).value()
        : null; // silence on the result is not news: the record is pending only if no source decides it
    String uid = main.pair("Уникальный идентификатор");
    if (uid != null) {
      uid = CaseNumbers.uid(uid).orElse(uid.trim());
    }
    CaseFacts.LowerCourt lower = lowerBlock == null ? null : new CaseFacts.LowerCourt(
        lowerBlock.pair("Регион суда первой инстанции"),
        lowerBlock.pair("Суд (судебный участок) первой инстанции", "Районный суд", "Суд первой инстанции"),
        null,
        lowerBlock.pair("Номер дела в первой инстанции", "Номер производства по делу в суде 1"),
        lowerBlock.pair("Судья (мировой судья) первой инстанции", "Судья первой инстанции"),
        date(lowerBlock.pair("Дата решения первой инстанции", "Дата рассмотрения в первой инстанции")), null);
    if (!review && lower != null) {
      warnings.add("card: a lower-court block on a first-instance card");
    }
    List<String> articles = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (CaseFacts.Defendant d : defendants) {
      d.articles().forEach(a -> addNew(articles, a));
      d.articlesPart().forEach(p -> addNew(parts, p));
    }
    List<String> actTypes = new ArrayList<>();
    for (Element li : doc.select(DOCUMENT_TABS)) {
      Matcher t = ACT_TYPE.matcher(CardTables.clean(li.text()));
      actTypes.add(t.find() ? t.group(1) : null);
    }
    LocalDate seen = capture(doc).orElse(fileDay);
    CaseFacts facts = CaseFacts.builder().sourceKind(SourceKind.CARD.value()).sourcePath(path).seen(seen)
        .court(court).courtCode(vnkod(doc)).proceeding(proceeding).instance(instance).caseNumber(caseNumber).uid(uid)
        .received(date(main.pair("Дата поступления")))
        .judge(main.pair("Судья", "Председательствующий судья", "Докладчик")).category(category(main))
        .decisionDate(decided).result(result).resultKind(resultKind)
        .articles(articles).articlesPart(parts).defendants(defendants).events(events).appeals(appeals).lower(lower)
        .warnings(warnings)
        .build();
    return new Page(Kind.CARD, List.of(facts), actTypes);
  }

  private static CaseFacts.Appeal appealBlock(CardTables.Block b) {
    return new CaseFacts.Appeal(date(b.pair("Дата поступления жалобы", "Дата подачи")), b.pair("Вид жалобы"),
        b.pair("Заявитель"), b.pair("Вышестоящий суд"), date(b.pair("Дата рассмотрения жалобы")),
        b.pair("Результат обжалования", "Результат в отношении"));
  }

  /** A complaint's own movement: it was filed when it was registered. */
  private static CaseFacts.Appeal withMovement(CaseFacts.Appeal a, List<Map<String, String>> rows) {
    LocalDate filed = a.filed();
    for (Map<String, String> row : rows) {
      String name = Optional.ofNullable(CardTables.find(row, "Наименование события", "Событие")).orElse("");
      if (filed == null && name.startsWith("Регистрация жалобы")) {
        filed = date(CardTables.find(row, "Дата"));
      }
    }
    return new CaseFacts.Appeal(filed, a.kind(), a.applicant(), a.higherCourt(), a.decided(), a.result());
  }

  private static CaseFacts.Defendant defendant(Map<String, String> row, String proceeding, boolean review) {
    String written = CardTables.find(row, "Перечень статей");
    CardArticles.Parsed parsed = written == null ? new CardArticles.Parsed(List.of(), List.of())
        : CardArticles.parse(written, defaultCode(proceeding));
    String result = CardTables.find(row, "Результат в отношении лица", "Результат");
    return new CaseFacts.Defendant(CardTables.find(row, "Фамилия", "ФИО", "Лицо"), written, parsed.articles(),
        parsed.parts(), date(CardTables.find(row, "Дата рассмотрения")), result,
        CaseResult.classify(result, review).value());
  }

  private static CaseFacts.Event event(Map<String, String> row) {
    return new CaseFacts.Event(CardTables.find(row, "Наименование события", "Событие"),
        date(CardTables.find(row, "Дата события", "Дата")), CardTables.find(row, "Время"),
        CardTables.find(row, "Место проведения", "Зал"), CardTables.find(row, "Результат события", "Результат"),
        CardTables.find(row, "Основани"), CardTables.find(row, "Примечание"), date(CardTables.find(row, "Дата размещения")));
  }

  private static String category(CardTables.Block main) {
    String c = main.pair("Категория дела", "Категория");
    return c == null ? null : c.replace("→\n", "→ ").replace('\n', ' ');
  }

  // ---- listings ----

  private static Optional<Page> listing(Document doc, String path, LocalDate fileDay) {
    for (CardTables.Block b : CardTables.read(doc)) {
      if (b.isPairs() || b.rows().isEmpty()) {
        continue;
      }
      Map<String, String> first = b.rows().get(0);
      if (!has(first, "Дата поступления") || !(has(first, "№ дела") || has(first, "Номер дела"))) {
        continue;
      }
      String court = courtName(doc);
      String code = vnkod(doc);
      LocalDate seen = capture(doc).orElse(fileDay);
      List<CaseFacts> cases = new ArrayList<>();
      int i = 0;
      for (Map<String, String> row : b.rows()) {
        i++;
        String number = CardTables.find(row, "№ дела", "Номер дела");
        if (number == null) {
          continue;
        }
        number = number.split("\n")[0].trim();
        String proceeding = Proceeding.ofCaseNumber(firstNumber(number)).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
        String info = CardTables.find(row, "Категория", "Информация по делу");
        List<CaseFacts.Defendant> defendants = listedPersons(info, proceeding);
        List<String> articles = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (CaseFacts.Defendant d : defendants) {
          d.articles().forEach(a -> addNew(articles, a));
          d.articlesPart().forEach(p -> addNew(parts, p));
        }
        String result = CardTables.find(row, "Решение", "Результат");
        LocalDate decided = date(CardTables.find(row, "Дата решения", "Дата рассмотрения"));
        String kind = result != null || decided != null ? CaseResult.classify(result == null ? "рассмотрено" : result, false).value()
            : null; // silence on the result is not news: the record is pending only if no source decides it
        cases.add(CaseFacts.builder().sourceKind(SourceKind.LISTING.value()).sourcePath(path + "#" + i).seen(seen)
            .court(court).courtCode(code).proceeding(proceeding).caseNumber(number)
            .received(date(CardTables.find(row, "Дата поступления"))).judge(CardTables.find(row, "Судья"))
            .decisionDate(decided).result(result).resultKind(kind).articles(articles).articlesPart(parts).defendants(defendants)
            .build());
      }
      return Optional.of(new Page(Kind.LISTING, cases, List.of()));
    }
    return Optional.empty();
  }

  /** «ИВАНОВ И.И. - ст.337 ч.5 УК РФ» lines of a listing's information column; other lines are no person. */
  private static List<CaseFacts.Defendant> listedPersons(String info, String proceeding) {
    List<CaseFacts.Defendant> out = new ArrayList<>();
    if (info == null) {
      return out;
    }
    for (String line : info.split("\n")) {
      int dash = line.indexOf(" - ");
      if (dash <= 0 || !line.substring(dash).matches("(?s).*(?:[Сс]т\\.|[Сс]татья).*")) {
        continue;
      }
      String written = line.substring(dash + 3).trim();
      CardArticles.Parsed parsed = CardArticles.parse(written, defaultCode(proceeding));
      out.add(new CaseFacts.Defendant(line.substring(0, dash).trim(), written, parsed.articles(), parsed.parts(), null, null, null));
    }
    return out;
  }

  // ---- shared ----

  static String defaultCode(String proceeding) {
    if (proceeding == null) {
      return null;
    }
    try {
      return Proceeding.valueOf(proceeding.toUpperCase(Locale.ROOT)).code().label();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean has(Map<String, String> row, String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return row.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).startsWith(l));
  }

  private static void addNew(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static String firstNumber(String number) {
    List<String> all = CaseNumbers.all(number);
    return all.isEmpty() ? number : all.get(0);
  }

  /** The court the page belongs to: the site's heading, else the page title (not a print window's). */
  static String courtName(Document doc) {
    Element heading = doc.selectFirst(HEADING);
    if (heading != null && !heading.text().isBlank()) {
      return CardTables.clean(heading.text());
    }
    Element title = doc.selectFirst(TITLE);
    if (title != null && title.text().toLowerCase(Locale.ROOT).contains("суд")) {
      return CardTables.clean(title.text());
    }
    return null;
  }

  static String vnkod(Document doc) {
    for (Element a : doc.select(COURT_LINKS)) {
      Matcher m = VNKOD.matcher(a.attr("href"));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The day the page was saved: the module's own date field holds the day it was served. */
  private static Optional<LocalDate> capture(Document doc) {
    Element h = doc.selectFirst(HEARING_DATE);
    return h == null ? Optional.empty() : Dates.parse(h.attr("value"));
  }

  static Optional<String> proceeding(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("административных правонарушени")) {
      return Optional.of("administrative_offence");
    }
    if (t.startsWith("уголовн")) {
      return Optional.of("criminal");
    }
    if (t.startsWith("гражданск")) {
      return Optional.of("civil");
    }
    if (t.startsWith("административн")) {
      return Optional.of("administrative");
    }
    return Optional.empty();
  }

  static Optional<String> instance(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("первая инстанция")) {
      return Optional.of(Instance.FIRST.value());
    }
    if (t.contains("апелляц")) {
      return Optional.of(Instance.APPEAL.value());
    }
    if (t.contains("кассац")) {
      return Optional.of(Instance.CASSATION.value());
    }
    if (t.contains("надзор")) {
      return Optional.of(Instance.SUPERVISORY.value());
    }
    return Optional.empty();
  }

  static LocalDate date(String s) {
    return s == null ? null : Dates.parse(s).orElse(null);
  }
}
