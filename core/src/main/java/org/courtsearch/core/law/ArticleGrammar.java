package org.courtsearch.core.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of article citations, for decision texts, case cards, sidecar files and the
 * search box alike. It reads every way the acts write one article:
 *
 * <ul>
 *   <li>forward order {@code п. «в» ч. 2 ст. 158}, {@code частью 5 статьи 337}, {@code ч.5 ст.337},
 *       and card order {@code ст. 337 ч. 5}, {@code ст.158 ч.2 п.п.а,б}, {@code Статья 158 Часть 1};
 *   <li>decimal parts and articles ({@code ч. 3.1}, {@code 264.1}, КоАП's {@code 6.21.2});
 *   <li>lists sharing one code ({@code ч.ч. 3.1, 5 ст. 337}, {@code п. «в» ч. 2 ст. 158, ч. 5
 *       ст. 337 УК РФ}, {@code ст.ст. 307–309 УПК РФ});
 *   <li>the code in any form and case ({@code УК РФ}, {@code УК Российской Федерации},
 *       {@code Уголовного кодекса РФ}, {@code КРФоАП}, {@code Кодекса РФ об административных
 *       правонарушениях}…), after the list or, as aggregators write it, before.
 * </ul>
 *
 * <p>A list that names no code is not dropped: where it cites an offence ({@code предусмотренного
 * ч. 4 ст. 337, и назначить…}) it takes the punitive code of the nearest earlier citation, else
 * the act's own; elsewhere it takes the code of a citation shortly before. A list followed by the
 * name of another law (Конституции, Федерального закона…) is not a code's article.
 */
public final class ArticleGrammar {
  /** How a citation got its code. */
  public enum CodeSource { NAMED, INHERITED, ACT }

  /**
   * One article (and part) cited.
   *
   * @param runStart where the list this citation belongs to starts (its context ends there)
   * @param runEnd where that list (with its code name, if any) ends
   */
  public record Citation(Code code, String article, String part, CodeSource codeSource, int runStart, int runEnd) {
    /** {@code УК РФ 337}. */
    public String articleValue() {
      return code.label() + " " + article;
    }

    /** {@code УК РФ 337 ч.5}, or null without a part. */
    public String partValue() {
      return part == null ? null : code.label() + " " + article + " ч." + part;
    }
  }

  private static final String NUM = "\\d{1,3}(?:\\.\\d{1,2}){0,2}(?!\\d|\\.\\d)";
  /** A part as an ordinal word, feminine like «часть», in any case: пятой, первую, третья, десятою. */
  private static final String ORDINAL_PART = "(?:(?:[Пп](?:ерв|ят)|[Вв](?:тор|осьм)|[Чч]етв[её]рт|[Шш]ест|[Сс]едьм|[Дд](?:евят|есят))"
      + "(?:ая|ой|ую|ою)|[Тт]реть(?:я|ей|ю|ею)"
      // the same in capitals, tried only where two capitals start a word
      + "|(?=[ПВЧШСДТ][А-ЯЁ])(?:(?:П(?:ЕРВ|ЯТ)|В(?:ТОР|ОСЬМ)|ЧЕТВ[ЕЁ]РТ|ШЕСТ|СЕДЬМ|Д(?:ЕВЯТ|ЕСЯТ))(?:АЯ|ОЙ|УЮ|ОЮ)|ТРЕТЬ(?:Я|ЕЙ|Ю|ЕЮ)))"
      + "(?![А-Яа-яЁё])";
  private static final String NUMP = "(?:\\d{1,2}(?:\\.\\d)?(?!\\d|\\.\\d)|" + ORDINAL_PART + ")";
  private static final String PARTKW = "(?:[Чч]\\.\\s?[Чч]\\.|[Чч]аст(?:ями|ям|ях|ью|ей|ь|и)|[Чч]\\.?)";
  private static final String ARTKW = "(?:[Сс]т\\.\\s?[Сс]т\\.|[Сс]тать(?:ями|ям|ях|ей|ью|я|и|е)|[Сс]татей|[Сс]т\\.?)";
  private static final String POINTKW = "(?:[Пп]\\.\\s?[Пп]\\.|[Пп]ункт(?:ами|ах|ам|ом|ов|а|ы|у|е)?|[Пп]п\\.|[Пп]\\.)";
  private static final String POINTVAL = "(?:[«\"“„']?[а-яё][»\"”“']?(?![а-яё])|\\d{1,2}(?:\\.\\d)?(?!\\d))";
  private static final String POINTS = POINTKW + "\\s*" + POINTVAL + "(?:\\s*(?:,|и)\\s*" + POINTVAL + ")*";

  /** One reference, either order: [points] [parts] ст. N[, M…] [part] [points]. */
  private static final Pattern REF = Pattern.compile(
      "(?<![А-Яа-яЁё])(?:" + POINTS + "\\s*)?"
          + "(?:" + PARTKW + "\\s*(?<pb>" + NUMP + "(?:\\s*(?:,|и)\\s*" + NUMP + ")*)\\s*)?"
          + "(?<art>" + ARTKW + ")\\s*(?<nums>" + NUM + "(?:\\s*(?:,|и|[-–—])\\s*" + NUM + ")*)"
          + "(?:\\s*" + PARTKW + "\\s*(?<pa>" + NUMP + ")(?!\\s*[Сс]т))?"
          + "(?:\\s*" + POINTS + "(?!\\s*(?:[Чч]|[Сс]т)))?");
  private static final Pattern CONNECTOR = Pattern.compile("[\\s,;]*(?:(?:и|или|а\\s+также|а)\\s+)?[\\s,;]*");

  private static final String STATE = "(?:РФ|России|Российской\\s+Федерации)";
  private static final String CODE_RE = "(?:"
      + "(?<upk>[Уу]головно[-\\s]?процессуальн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|УПК(?:\\s*" + STATE + ")?)"
      + "|(?<uik>[Уу]головно[-\\s]?исполнительн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|УИК\\s*" + STATE + ")"
      + "|(?<uk>[Уу]головн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|УК(?:\\s*" + STATE + ")?)"
      + "|(?<koap>[Кк]одекс[а-я]*\\s+(?:" + STATE + "\\s+)?об\\s+административных\\s+правонарушениях(?:\\s+" + STATE + ")?"
      + "|КРФ\\s?об?\\s?АП|КоАП(?:\\s*" + STATE + ")?|КОАП(?:\\s*" + STATE + ")?)"
      + "|(?<kas>[Кк]одекс[а-я]*\\s+административного\\s+судопроизводства(?:\\s+" + STATE + ")?|КАС(?:\\s*" + STATE + ")?)"
      + "|(?<gpk>[Гг]ражданск[а-я]*\\s+процессуальн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|ГПК(?:\\s*" + STATE + ")?)"
      + "|(?<apk>[Аа]рбитражн[а-я]*\\s+процессуальн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|АПК(?:\\s*" + STATE + ")?)"
      + "|(?<gk>[Гг]ражданск[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|ГК\\s*" + STATE + ")"
      + "|(?<nk>[Нн]алогов[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|НК\\s*" + STATE + ")"
      + "|(?<tk>[Тт]рудов[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|ТК\\s*" + STATE + ")"
      + "|(?<zhk>[Жж]илищн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|ЖК\\s*" + STATE + ")"
      + "|(?<sk>[Сс]емейн[а-я]*\\s+[Кк]одекс[а-я]*(?:\\s+" + STATE + ")?|СК\\s*" + STATE + ")"
      + ")(?![А-Яа-яЁё])";
  private static final Pattern TRAILING_CODE = Pattern.compile("\\s*" + CODE_RE);
  private static final Pattern LEADING_CODE = Pattern.compile(CODE_RE + "[\\s:,–-]*$");
  private static final String[] GROUPS = {"upk", "uik", "uk", "koap", "kas", "gpk", "apk", "gk", "nk", "tk", "zhk", "sk"};
  private static final Code[] GROUP_CODES = {
    Code.UPK, Code.UIK, Code.UK, Code.KOAP, Code.KAS, Code.GPK, Code.APK, Code.GK, Code.NK, Code.TK, Code.ZHK, Code.SK
  };

  /** Another law's name after a list: its articles belong to no code we count. */
  private static final Pattern FOREIGN = Pattern.compile(
      "\\s*(?:Конституци|Федеральн|федеральн|[Зз]акон|Указ|Постановлени|Положени|Правил|Устав|Конвенци|ФЗ|[Кк]одекс"
          + "|[Нн]астоящ|Приказ|Инструкци|Регламент|Пленум|Декларац|Протокол|[Дд]оговор|[Сс]оглашени"
          + "|[А-ЯЁ][а-яё]+(?:ого|ой|ых)\\s+[Кк]одекс)");
  /** A list that cites an offence: it can only be of a punitive code. */
  private static final Pattern OFFENCE = Pattern.compile(
      "предусмотренн|квалифицир|осужд[её]н|обвиня|виновн|правонарушени|преступлени|привлеч|привлека");
  /** How far back an uncoded list outside an offence context looks for a code. */
  private static final int NEARBY = 400;

  private ArticleGrammar() {}

  /**
   * Every article cited in the text, in order.
   *
   * @param actCode the code of the act's proceeding (УК for a criminal case, КоАП for an
   *     administrative offence), for an offence cited with no code anywhere before; may be null
   */
  public static List<Citation> parse(String text, Code actCode) {
    return parse(text, actCode, false);
  }

  /**
   * A list of articles as a case card, an aggregator or a sidecar file gives it ({@code ст.183
   * ч.4; ст.290 ч.3 УК РФ}, {@code Статья 158 Часть 1}): every reference is an article of the
   * charge; one that names no code takes the next code the list names, else the last, else
   * {@code defaultCode} (may be null: then it is left out).
   */
  public static List<Citation> parseList(String value, Code defaultCode) {
    return parse(value, defaultCode, true);
  }

  private static List<Citation> parse(String text, Code actCode, boolean list) {
    List<Run> runs = runs(text);
    if (list) {
      List<Citation> out = new ArrayList<>();
      Code previous = null;
      for (int r = 0; r < runs.size(); r++) {
        Run run = runs.get(r);
        Code code = run.code;
        CodeSource source = CodeSource.NAMED;
        for (int n = r + 1; code == null && n < runs.size(); n++) {
          code = runs.get(n).code;
          source = CodeSource.INHERITED;
        }
        if (code == null) {
          code = previous != null ? previous : actCode;
          source = previous != null ? CodeSource.INHERITED : CodeSource.ACT;
        }
        if (code == null) {
          continue;
        }
        if (run.code != null) {
          previous = run.code;
        }
        emit(out, run, code, source);
      }
      return out;
    }
    List<Citation> out = new ArrayList<>();
    Code lastNamed = null;
    int lastNamedEnd = -1;
    Code lastPunitive = null;
    for (Run run : runs) {
      Code code = run.code;
      CodeSource source = CodeSource.NAMED;
      if (code == null) {
        if (run.foreign) {
          continue;
        }
        String before = text.substring(Math.max(0, run.start - 150), run.start);
        if (OFFENCE.matcher(before).find()) {
          code = lastPunitive != null ? lastPunitive : actCode != null && actCode.punitive() ? actCode : null;
          source = lastPunitive != null ? CodeSource.INHERITED : CodeSource.ACT;
        } else if (lastNamed != null && run.start - lastNamedEnd <= NEARBY) {
          code = lastNamed;
          source = CodeSource.INHERITED;
        }
        if (code == null) {
          continue;
        }
      } else {
        lastNamed = code;
        lastNamedEnd = run.end;
        if (code.punitive()) {
          lastPunitive = code;
        }
      }
      emit(out, run, code, source);
    }
    return out;
  }

  /** Every article and part of a run, under the code it was given. */
  private static void emit(List<Citation> out, Run run, Code code, CodeSource source) {
    for (Ref ref : run.refs) {
      for (String[] ap : ref.articlesAndParts()) {
        out.add(new Citation(code, ap[0], ap[1], source, run.start, run.end));
      }
    }
  }

  /** The code a spelling names ({@code Уголовного кодекса РФ} → УК), if it is one. */
  public static Optional<Code> code(String spelled) {
    Matcher m = TRAILING_CODE.matcher(spelled.trim());
    return m.matches() ? Optional.of(codeOf(m)) : Optional.empty();
  }

  /** A run of references joined by commas and conjunctions, with the code named for all of them. */
  private record Run(List<Ref> refs, int start, int end, Code code, boolean foreign) {}

  /** One reference: its span, the articles, the parts before the article and the part after it. */
  private record Ref(int start, int end, String numbers, String partsBefore, String partAfter) {
    List<String[]> articlesAndParts() {
      String[] articles = numbers.split("\\s*(?:,|и|[-–—])\\s*");
      String[] parts = partsBefore != null ? partsBefore.split("\\s*(?:,|(?<![а-яё])и(?![а-яё]))\\s*")
          : partAfter != null ? new String[] {partAfter} : new String[] {null};
      List<String[]> out = new ArrayList<>();
      if (articles.length == 1) {
        for (String p : parts) {
          out.add(new String[] {articles[0].trim(), p == null ? null : partNumber(p.trim())});
        }
      } else {
        for (String a : articles) {
          out.add(new String[] {a.trim(), null}); // ч. 2 ст. 158, 161: which article the part belongs to is not said
        }
      }
      return out;
    }
  }

  private static final String[] ORDINAL_STEMS = {"перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят"};

  /** A part as its number: {@code 5}, {@code 3.1}, or an ordinal word ({@code пятой} → {@code 5}). */
  static String partNumber(String part) {
    if (Character.isDigit(part.charAt(0))) {
      return part;
    }
    String lower = part.toLowerCase(Locale.ROOT);
    for (int i = 0; i < ORDINAL_STEMS.length; i++) {
      if (lower.startsWith(ORDINAL_STEMS[i])) {
        return String.valueOf(i + 1);
      }
    }
    throw new IllegalArgumentException("not a part: " + part);
  }

  private static List<Run> runs(String text) {
    List<Ref> refs = refs(text);
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < refs.size()) {
      int j = i;
      while (j + 1 < refs.size() && CONNECTOR.matcher(text.substring(refs.get(j).end, refs.get(j + 1).start)).matches()) {
        j++;
      }
      List<Ref> run = refs.subList(i, j + 1);
      int start = run.get(0).start;
      int end = run.get(run.size() - 1).end;
      Matcher trailing = TRAILING_CODE.matcher(text).region(end, text.length());
      Code code = null;
      boolean foreign = false;
      if (trailing.lookingAt()) {
        code = codeOf(trailing);
        end = trailing.end();
      } else {
        Matcher leading = LEADING_CODE.matcher(text).region(Math.max(0, start - 90), start);
        if (leading.find()) {
          code = codeOf(leading);
        } else {
          foreign = FOREIGN.matcher(text).region(end, text.length()).lookingAt();
        }
      }
      runs.add(new Run(List.copyOf(run), start, end, code, foreign));
      i = j + 1;
    }
    return runs;
  }

  private static Code codeOf(Matcher m) {
    for (int g = 0; g < GROUPS.length; g++) {
      if (m.group(GROUPS[g]) != null) {
        return GROUP_CODES[g];
      }
    }
    throw new IllegalStateException("no code group matched");
  }

  /**
   * Whether the letters after «ст» can make an article keyword: «ст.», «ст. ст.», «ст 5», «ст5», «стать…», «статей» — not
   * the «стороны», «стал», «стоимость» that begin a word in most sentences, where the pattern would be tried for nothing.
   */
  private static boolean articleWordAt(String text, int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '.' || Character.isWhitespace(c) || c >= '0' && c <= '9' || text.startsWith("ать", i) || text.startsWith("атей", i);
  }

  /**
   * Every reference. The article keyword (ст., статья…) anchors each: finding it by character
   * scan and matching only around it keeps this cheap on long texts.
   */
  private static List<Ref> refs(String text) {
    List<Ref> out = new ArrayList<>();
    int lastEnd = 0;
    Matcher m = REF.matcher(text);
    for (int t = text.indexOf('т'); t > 0; t = text.indexOf('т', t + 1)) {
      int anchor = t - 1;
      char c = text.charAt(anchor);
      if (c != 'с' && c != 'С' || anchor < lastEnd || anchor > 0 && Character.isLetter(text.charAt(anchor - 1))
          || !articleWordAt(text, t + 1)) {
        continue;
      }
      m.region(Math.max(lastEnd, anchor - 90), Math.min(text.length(), anchor + 160)).useTransparentBounds(true);
      while (m.find()) {
        int art = m.start("art");
        if (art < anchor) {
          continue;
        }
        if (art == anchor) {
          out.add(new Ref(m.start(), m.end(), m.group("nums"), m.group("pb"), m.group("pa")));
          lastEnd = m.end();
        }
        break;
      }
    }
    return out;
  }
}
