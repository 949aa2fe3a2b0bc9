package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.law.ArticleGrammar;
import org.courtsearch.core.law.Code;

/**
 * The articles a decision charges someone under, apart from those it only mentions (prior
 * convictions, general-part and procedural articles, the parties' arguments). Citations are read
 * by the one grammar in core ({@link ArticleGrammar}); this class only judges each one by the
 * sentence it stands in. Values look like {@code УК РФ 337} and {@code УК РФ 337 ч.5}.
 */
public final class Articles {
  /** Line breaks are no boundary: PDF text wraps inside sentences. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[А-ЯЁ][а-яё])|\\n\\s*\\n");

  // The context patterns run on the context in lower case (isCharge folds it once): matching without case-insensitive
  // flags is several times cheaper, and every context of every citation goes through them.
  private static final Pattern PRIOR = Pattern.compile(
      "ранее\\s+суд|судим(?<!несудим)(?<!не\\sсудим)(?:ый|ая|ого|ой|ости|ость|а|)\\b|судимост(?<!несудимост)(?<!не\\sсудимост)"
          + "|осужд[её]н|осуждалс|приговором\\s+\\S+\\s+(?:районного|городского|гарнизонного|областного|краевого)",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern UNDER_REVIEW = Pattern.compile("котор(?:ым|ой)\\s+[^.;]{0,120}?осужд[её]н");
  private static final Pattern EARLIER = Pattern.compile("ранее\\s+(?!не\\s)|судим(?<!несудим)(?<!не\\sсудим)");
  private static final Pattern ARGUMENT = Pattern.compile(
      "защитник|адвокат|довод|просил|просит|переквалифиц|жалоб|апелляционн(?:ой|ом)\\s+представлени");
  private static final Pattern CHARGE = Pattern.compile(
      "обвиня|признать\\b.{0,120}виновн|призна(?:н|на|ны|ть|ет)\\b.{0,60}виновн|виновн(?:ым|ой|ыми)\\s+в\\s+совершени|"
          + "квалифи(?:цир|каци)|в\\s+совершении\\s+(?:преступлени|административного\\s+правонарушени).{0,40}предусмотренн|"
          + "привлекаем|административном\\s+правонарушении,?\\s+предусмотренн",
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

  /**
   * In an appeal or cassation act, the conviction it reviews: «осужден по ч. 5 ст. 337»,
   * «осужденного по …», «оправдан по …» — not a prior one («ранее судим», «судимость»).
   */
  private static final Pattern REVIEWED = Pattern.compile("осужд[её]н|оправдан");
  /** Only a connector between two lists: «ч. 2 ст. 228 УК РФ, ч. 1 ст. 158 УК РФ» is one list. */
  private static final Pattern CONNECTOR = Pattern.compile("[\\s,;]*(?:(?:и|а\\s+также)\\s+)?[\\s,;]*");

  private Articles() {}

  /** One citation and whether its context charges someone with it. */
  public record Citation(String code, String article, String part, boolean charged, int position, int end) {
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
    return extract(text, null);
  }

  /** @param actCode the code of the act's proceeding, for an offence the text cites with no code at all */
  public static Result extract(String text, Code actCode) {
    return extract(text, actCode, false, false);
  }

  /**
   * @param actCode the code of the act's proceeding (УК, КоАП, ГПК…), may be null
   * @param proceedingKnown whether {@code actCode} is certain (from the case number or the act's opening words): then
   *     only that code's articles can be charged — a civil, КАС or КоАП act only recounts a conviction, a criminal act
   *     only mentions the КоАП penalty that makes an offence repeated
   * @param review whether the act is an appeal or cassation one: it is about the conviction it reviews
   *     («осужден по ч. 5 ст. 337 УК РФ»), whose articles are its articles
   */
  public static Result extract(String text, Code actCode, boolean proceedingKnown, boolean review) {
    List<Citation> citations = citations(text, actCode, proceedingKnown ? actCode : null, review);
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

  /** @param onlyCode when not null, the one code whose articles the act can charge */
  static List<Citation> citations(String text, Code actCode, Code onlyCode, boolean review) {
    List<Citation> out = new ArrayList<>();
    int previousEnd = 0;
    int runStart = -1;
    int lastRunEnd = -1;
    String context = "";
    for (ArticleGrammar.Citation c : ArticleGrammar.parse(text, actCode)) {
      if (c.runStart() != runStart) {
        boolean sameList = lastRunEnd >= 0 && lastRunEnd <= c.runStart() && c.runStart() - lastRunEnd < 20
            && CONNECTOR.matcher(text).region(lastRunEnd, c.runStart()).matches();
        if (!sameList) {
          // a list that repeats its code after each citation («… УК РФ, ч. 1 ст. 158 УК РФ») keeps its sentence
          context = context(text, c.runStart(), Math.min(previousEnd, c.runStart()));
        }
        runStart = c.runStart();
        lastRunEnd = c.runEnd();
        if (c.codeSource() == ArticleGrammar.CodeSource.NAMED) {
          // a list without its code continues the sentence of the citation before it
          previousEnd = c.runEnd();
        }
      }
      boolean charged = c.code().definesOffence(c.article()) && (onlyCode == null || onlyCode == c.code())
          && isCharge(context, review);
      out.add(new Citation(c.code().label(), c.article(), c.part(), charged, c.runStart(), c.runEnd()));
    }
    return out;
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

  private static boolean isCharge(String original, boolean review) {
    String context = original.toLowerCase(Locale.ROOT);
    if (UNDER_REVIEW.matcher(context).find() && !EARLIER.matcher(context).find()) {
      return true; // "приговор ..., которым ФИО1 осужден по ч. 5 ст. 337": the conviction an appeal reviews
    }
    if (review && REVIEWED.matcher(context).find() && !EARLIER.matcher(context).find() && !ARGUMENT.matcher(context).find()) {
      return true;
    }
    if (PRIOR.matcher(context).find() || ARGUMENT.matcher(context).find()) {
      return false;
    }
    return CHARGE.matcher(context).find();
  }
}
