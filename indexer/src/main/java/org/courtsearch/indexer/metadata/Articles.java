package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article citations with their code, split into the articles a person is charged or convicted
 * under and those only mentioned (prior convictions, general-part and procedural articles,
 * the parties' arguments).
 *
 * <p>A citation is a run of article references that ends in a code name
 * ({@code п. «а», «б» ч. 2 ст. 158, ч.1 ст. 161 УК РФ}); each reference carries the article and,
 * when given, the part. Values look like {@code УК РФ 337} and {@code УК РФ 337 ч.5}.
 */
public final class Articles {
  /** The codes, longest spelling first; group 1 of {@link #CODE} picks the spelling. */
  private static final String[][] CODES = {
    {"Уголовно-процессуального кодекса Российской Федерации", "УПК РФ"},
    {"Уголовно-процессуальный кодекс Российской Федерации", "УПК РФ"},
    {"Уголовного кодекса Российской Федерации", "УК РФ"},
    {"Уголовный кодекс Российской Федерации", "УК РФ"},
    {"Кодекса Российской Федерации об административных правонарушениях", "КоАП РФ"},
    {"Кодекс Российской Федерации об административных правонарушениях", "КоАП РФ"},
    {"Кодекса административного судопроизводства Российской Федерации", "КАС РФ"},
    {"Гражданского процессуального кодекса Российской Федерации", "ГПК РФ"},
    {"Арбитражного процессуального кодекса Российской Федерации", "АПК РФ"},
    {"Гражданского кодекса Российской Федерации", "ГК РФ"},
    {"УПК РФ", "УПК РФ"}, {"УПК России", "УПК РФ"}, {"УК РФ", "УК РФ"}, {"УК России", "УК РФ"},
    {"КоАП РФ", "КоАП РФ"}, {"КоАП России", "КоАП РФ"}, {"КАС РФ", "КАС РФ"}, {"ГПК РФ", "ГПК РФ"},
    {"АПК РФ", "АПК РФ"}, {"ГК РФ", "ГК РФ"}, {"НК РФ", "НК РФ"}, {"ТК РФ", "ТК РФ"}, {"УИК РФ", "УИК РФ"},
  };
  private static final Pattern CODE = codePattern();

  private static final String NUM = "\\d{1,3}(?:\\.\\d{1,2}){0,2}";
  // explicit capitals instead of CASE_INSENSITIVE: this runs around every code name of every decision
  private static final String ART = "(?:[Сс]т(?:ать(?:я|и|ей|ью|е|ям|ями|ях))?\\.?|[Сс]татей)";
  private static final String PART = "(?:[Чч](?:аст(?:ь|и|ью|ям|ями))?\\.?)";
  private static final String POINT = "(?:[Пп](?:ункт(?:а|ом|ами|ов|ы)?)?\\.?(?:\\s*п\\.)?\\s*(?:[«\"“]?[а-я][»\"”]?(?:\\s*(?:,|и)\\s*[«\"“]?[а-я][»\"”]?)*)\\s*)";
  /** Forward order: [п. «а»] [ч. 2] ст. 158 (also ст.ст. 158, 161). */
  private static final Pattern FORWARD = Pattern.compile(
      "(?:" + POINT + ")?(?:" + PART + "\\s*(" + NUM + ")\\s*)?" + ART + "\\s*(?:ст\\.\\s*)?(" + NUM
          + "(?:\\s*(?:,|и|[-–])\\s*" + NUM + "(?![\\d.]))*)(?![\\d])"
          + "(?:\\s*" + PART + "\\s*(" + NUM + "))?(?:\\s*(?:п\\.?\\s*п\\.?|п\\.)\\s*[а-я](?:\\s*,\\s*[а-я])*)?");
  private static final Pattern CONNECTOR = Pattern.compile("^[\\s,;]*(?:(?:и|или|а также|а)\\s*)?[\\s,;]*$");
  /** Line breaks are no boundary: PDF text wraps inside sentences. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[А-ЯЁ][а-яё])|\\n\\s*\\n");

  private static final Pattern PRIOR = Pattern.compile(
      "ранее\\s+(?:не\\s+)?суд|судим(?:ый|ая|ого|ой|ости|ость|а|)\\b|судимост|осужд[её]н|осуждалс|приговором\\s+\\S+\\s+(?:районного|городского|гарнизонного|областного|краевого)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern UNDER_REVIEW = Pattern.compile("котор(?:ым|ой)\\s+[^.;]{0,120}?осужд[её]н",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern EARLIER = Pattern.compile("ранее|судим", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARGUMENT = Pattern.compile(
      "защитник|адвокат|довод|просил|просит|переквалифиц|жалоб|апелляционн(?:ой|ом)\\s+представлени",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CHARGE = Pattern.compile(
      "обвиня|признать\\b.{0,120}виновн|призна(?:н|на|ны|ть|ет)\\b.{0,60}виновн|виновн(?:ым|ой|ыми)\\s+в\\s+совершени|"
          + "квалифицир|в\\s+совершении\\s+(?:преступлени|административного\\s+правонарушени).{0,40}предусмотренн|"
          + "привлекаем|административном\\s+правонарушении,?\\s+предусмотренн",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

  private Articles() {}

  /** One reference: code, article, optional part, and whether its context charges someone with it. */
  public record Citation(String code, String article, String part, boolean charged, int position) {
    public String articleValue() {
      return code + " " + article;
    }

    public String partValue() {
      return part == null ? null : code + " " + article + " ч." + part;
    }
  }

  /** What a text charges and mentions. */
  public record Result(List<String> articles, List<String> articleParts, List<String> mentioned, List<Citation> citations) {}

  public static Result extract(String text) {
    List<Citation> citations = citations(text);
    Set<String> articles = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    Set<String> mentioned = new LinkedHashSet<>();
    for (Citation c : citations) {
      if (c.charged()) {
        articles.add(c.articleValue());
        if (c.part() != null) {
          parts.add(c.partValue());
        }
      }
    }
    for (Citation c : citations) {
      if (!c.charged() && !articles.contains(c.articleValue())) {
        mentioned.add(c.articleValue());
      }
    }
    return new Result(List.copyOf(articles), List.copyOf(parts), List.copyOf(mentioned), citations);
  }

  /** Every code name spelled in the text: [start, end) pairs, in order. */
  static List<int[]> codeNames(String text) {
    // Every spelling ends in one of these words; a regex scan of the whole text cost ~0.5 ms per
    // decision, finding the words and matching only around them costs a tenth of that.
    java.util.TreeSet<Integer> anchors = new java.util.TreeSet<>();
    for (String word : new String[] {"РФ", "России", "Федерации", "правонарушениях"}) {
      for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        anchors.add(i + word.length());
      }
    }
    List<int[]> out = new ArrayList<>();
    int lastEnd = 0;
    for (int anchorEnd : anchors) {
      if (anchorEnd <= lastEnd) {
        continue;
      }
      Matcher m = CODE.matcher(text).region(Math.max(lastEnd, anchorEnd - 110), anchorEnd).useTransparentBounds(true);
      while (m.find()) {
        if (m.end() == anchorEnd) {
          out.add(new int[] {m.start(), m.end()});
          lastEnd = m.end();
          break;
        }
      }
    }
    return out;
  }

  static List<Citation> citations(String text) {
    List<Citation> out = new ArrayList<>();
    int previousEnd = 0;
    for (int[] span : codeNames(text)) {
      int contextStart = previousEnd;
      String codeName = normaliseCode(text.substring(span[0], span[1]));
      int windowStart = Math.max(previousEnd, span[0] - 250);
      String window = text.substring(windowStart, span[0]);
      List<Ref> run = run(window);
      previousEnd = span[1];
      if (run.isEmpty()) {
        continue;
      }
      int runStart = windowStart + run.get(0).start();
      String context = context(text, runStart, contextStart);
      for (Ref m : run) {
        String part = m.partBefore() != null ? m.partBefore() : m.partAfter();
        String[] numbers = m.numbers().split("\\s*(?:,|и|[-–])\\s*");
        for (String number : numbers) {
          String article = number.trim();
          boolean charged = isCharge(codeName, article, context);
          out.add(new Citation(codeName, article, numbers.length == 1 ? part : null, charged, windowStart + m.start()));
        }
      }
    }
    return out;
  }

  /** The references that end the window, joined only by commas and "и". */
  private static List<Ref> run(String window) {
    List<Ref> all = new ArrayList<>();
    Matcher m = FORWARD.matcher(window);
    while (m.find()) {
      all.add(new Ref(m.start(), m.end(), m.group(1), m.group(2), m.group(3)));
    }
    List<Ref> run = new ArrayList<>();
    int end = window.length();
    for (int i = all.size() - 1; i >= 0; i--) {
      Ref r = all.get(i);
      String between = window.substring(r.end(), end);
      if (!CONNECTOR.matcher(between).matches()) {
        break;
      }
      run.add(0, r);
      end = r.start();
    }
    return run;
  }

  /**
   * The sentence before a citation: back to the previous sentence end or the previous citation
   * (whose own context it is), at most 300 characters.
   */
  private static String context(String text, int position, int previousCitationEnd) {
    int from = Math.max(previousCitationEnd, Math.max(0, position - 300));
    // transparent bounds: a sentence end right before the citation must see the capital it starts with
    Matcher end = SENTENCE_END.matcher(text).region(from, position).useTransparentBounds(true);
    int cut = from;
    while (end.find()) {
      cut = end.end();
    }
    return text.substring(cut, position);
  }

  private static boolean isCharge(String code, String article, String context) {
    if (!isSpecialPart(code, article)) {
      return false;
    }
    if (UNDER_REVIEW.matcher(context).find() && !EARLIER.matcher(context).find()) {
      return true; // "приговор ..., которым ФИО1 осужден по ч. 5 ст. 337": the conviction an appeal reviews
    }
    if (PRIOR.matcher(context).find() || ARGUMENT.matcher(context).find()) {
      return false;
    }
    return CHARGE.matcher(context).find();
  }

  /** Only the special parts of the two punitive codes define offences one can be charged with. */
  static boolean isSpecialPart(String code, String article) {
    int major = Integer.parseInt(article.split("\\.")[0]);
    return switch (code) {
      case "УК РФ" -> major >= 105 && major <= 361;
      case "КоАП РФ" -> major >= 5 && major <= 21;
      default -> false;
    };
  }

  private static String normaliseCode(String spelled) {
    String s = spelled.replaceAll("\\s+", " ");
    for (String[] c : CODES) {
      if (c[0].equalsIgnoreCase(s)) {
        return c[1];
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("уголовно-процессуальн")) {
      return "УПК РФ";
    }
    if (lower.startsWith("уголовн")) {
      return "УК РФ";
    }
    if (lower.contains("административных правонарушениях")) {
      return "КоАП РФ";
    }
    if (lower.contains("административного судопроизводства")) {
      return "КАС РФ";
    }
    if (lower.startsWith("гражданский процессуальн") || lower.startsWith("гражданского процессуальн")) {
      return "ГПК РФ";
    }
    if (lower.startsWith("арбитражн")) {
      return "АПК РФ";
    }
    if (lower.startsWith("гражданск")) {
      return "ГК РФ";
    }
    return s.replace("России", "РФ");
  }

  /**
   * Every spelling of a code, case written as texts write it. No CASE_INSENSITIVE flag: with it
   * every character comparison folds case, and this pattern runs over whole decisions (it was
   * two thirds of the metadata time); alternatives start with distinct literals and fail fast.
   */
  private static Pattern codePattern() {
    return Pattern.compile(
        "(?:УПК|УК|КоАП|КАС|ГПК|АПК|ГК|НК|ТК|УИК)\\s+(?:РФ|России)(?![а-яА-Я])"
            + "|[Уу]головно-процессуальн(?:ого|ый)\\s+[Кк]одекс(?:а)?\\s+Российской\\s+Федерации"
            + "|[Уу]головн(?:ого|ый)\\s+[Кк]одекс(?:а)?\\s+Российской\\s+Федерации"
            + "|[Кк]одекс(?:а)?\\s+Российской\\s+Федерации\\s+об\\s+административных\\s+правонарушениях"
            + "|[Кк]одекс(?:а)?\\s+административного\\s+судопроизводства\\s+Российской\\s+Федерации"
            + "|[Гг]ражданск(?:ого|ий)\\s+процессуальн(?:ого|ый)\\s+[Кк]одекс(?:а)?\\s+Российской\\s+Федерации"
            + "|[Аа]рбитражн(?:ого|ый)\\s+процессуальн(?:ого|ый)\\s+[Кк]одекс(?:а)?\\s+Российской\\s+Федерации"
            + "|[Гг]ражданск(?:ого|ий)\\s+[Кк]одекс(?:а)?\\s+Российской\\s+Федерации");
  }

  /** One reference found in a window: its span and captured groups. */
  private record Ref(int start, int end, String partBefore, String numbers, String partAfter) {}
}
