package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Rank;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.decision.ServiceBasis;
import org.courtsearch.core.text.RussianText;

/**
 * A conviction's sentence per convicted person, as numbers: the operative part gives the punishment (the final one
 * where several charges were added up), its term, a suspension and its probation, a fine, hours of work, additional
 * punishments and ст. 64/73; the description of the person before the facts gives the service basis, rank and unit.
 * What the text does not say (or the publisher masked) stays null.
 */
final class Sentences {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String L = "[а-яё]*";

  /**
   * A quantity: digits, with the words in brackets after them or not ({@code 5 (пять)}), or words alone. This pattern and
   * those of the sentence's numbers below run on lower-cased text ({@link RussianText#lower}).
   */
  private static final String QTY = "(?:\\d{1,3}(?:\\s*\\([^)]{1,80}\\))?|" + Numerals.WORDS + ")";
  private static final Pattern TERM = Pattern.compile(
      "(?<![а-яё\\d])(?:(?<y>" + QTY + ")\\s+(?:год" + L + "|лет)(?:\\s*,?\\s*(?:и\\s+)?(?<m>" + QTY + ")\\s+месяц" + L + ")?"
          + "|(?<mo>" + QTY + ")\\s+месяц" + L + "|(?<half>полтора\\s+года|полутора\\s+лет))");
  private static final Pattern AMOUNT = Pattern.compile(
      "(?:(?<d>\\d[\\d \\u00a0.]*\\d|\\d)(?:\\s*\\([^)]{1,120}\\))?\\s*(?<k>тыс" + L + "\\.?\\s*)?|(?<w>" + Numerals.WORDS + ")\\s+)руб");
  private static final Pattern FINE_AMOUNT = Pattern.compile("штраф" + L + "(?:\\s+в\\s+доход\\s+государства)?\\s+в\\s+размере\\s+");
  private static final Pattern HOURS = Pattern.compile("(?<h>" + QTY + ")\\s+час");
  private static final Pattern TERM_AFTER = Pattern.compile("(?:на\\s+)?срок" + L + "\\s+(?:на\\s+|в\\s+)?");
  private static final Pattern MASKED = Pattern.compile("<[^>]{1,40}>|\\*{2,}|\\[[^\\]]{1,20}\\]|[xх]{3,}");

  /** «Признать ФИО1 виновным»: where each convicted person's part of the operative text begins. */
  private static final Pattern GUILTY = Pattern.compile("призна(?:ть|н|ны|на)\\s+(?:(?<who>[^;]{1,240}?)\\s+)?виновн");
  /** The final punishment of several charges (ч. 2, 3 ст. 69, ст. 70 УК РФ). */
  private static final Pattern AGGREGATE = Pattern.compile("окончательн" + L + "|по\\s+совокупности\\s+(?:преступлений|приговоров)");
  /** Where the punishment clause ends: the orders that follow a sentence. */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "(?:^|[.;]\\s*|\\n\\s*)(?:на\\s+основании\\s+ст(?:атьи|\\.)\\s*73|в\\s+соответствии\\s+со?\\s+ст(?:атьей|\\.)\\s*73"
          + "|назначенное\\s+[^.]{0,80}?наказание\\s+считать|меру\\s+пресечения|меру\\s+процессуального|зачесть|вещественн|гражданск"
          + "|процессуальн|приговор\\s+может|срок\\s+(?:отбывания\\s+)?наказания|обязать|в\\s+период\\s+испытательного|возложить)");
  /** A full stop before a capital letter or a line's end: «… общего режима.\nМеру пресечения», «… руб.\nВ соответствии». */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=[ \\t\\u00a0]*(?:\\n|$)|[ \\t\\u00a0]+[А-ЯЁA-Z])");
  private static final Pattern SUSPENDED = Pattern.compile("считать\\s+условн|условн" + L + "\\s+с\\s+испытательн"
      + "|(?<![а-яё])условно(?![а-яё])|ст(?:атьи|атьей|\\.)\\s*73\\s+ук");
  private static final Pattern PROBATION = Pattern.compile("испытательн" + L + "\\s+срок" + L + "\\s+(?:(?:в|на|продолжительностью)\\s+)?");
  private static final Pattern PROBATION_START = Pattern.compile("условн|испытательн");
  private static final Pattern ART64 = Pattern.compile("ст(?:атьи|атьей|\\.)\\s*64(?!\\d)");

  /** A kind of punishment, and a word its every phrase contains: a clause without the word is not searched for the phrase. */
  private record Kind(Punishment punishment, String word, Pattern pattern) {}

  /** «с лишением воинского звания», «лишить ФИО1 воинского звания»: within the clause, or a sentence of its own. */
  private static final String RANK_LOSS = "лиш(?:ени|ить)" + L + "\\s+(?:\\S+\\s+)?(?:воинского|специального)\\s+звани";

  /** The punishments a sentence names, the longest phrases first so that «лишение права» is not «лишение свободы». */
  private static final List<Kind> KINDS = List.of(
      kind(Punishment.DEPRIVATION_OF_RANK, "звани", RANK_LOSS),
      kind(Punishment.DEPRIVATION_OF_RIGHT, "права", "лишени" + L + "\\s+(?:его\\s+|ее\\s+)?права\\s+(?:занимать|заниматься|управлять)"),
      kind(Punishment.IMPRISONMENT, "свобод", "лишени" + L + "\\s+свобод"),
      kind(Punishment.DISCIPLINARY_UNIT, "дисциплинарн", "содержани" + L + "\\s+в\\s+дисциплинарн"),
      kind(Punishment.MILITARY_SERVICE_RESTRICTION, "ограничени", "ограничени" + L + "\\s+по\\s+военн" + L + "\\s+служб"),
      kind(Punishment.RESTRICTION_OF_FREEDOM, "ограничени", "ограничени" + L + "\\s+свобод"),
      kind(Punishment.COMPULSORY_WORK, "обязательн", "обязательн" + L + "\\s+работ"),
      kind(Punishment.CORRECTIONAL_WORK, "исправительн", "исправительн" + L + "\\s+работ"),
      kind(Punishment.FORCED_LABOUR, "принудительн", "принудительн" + L + "\\s+работ"),
      kind(Punishment.FINE, "штраф", "(?<!судебного\\s|судебный\\s|судебным\\s)штраф"),
      kind(Punishment.ARREST, "арест", "(?<![а-яё])арест" + L + "(?=\\s+на\\s+срок|\\s+сроком)"));

  /** Matched against the lower-cased clause: no case folding per character. */
  private static Kind kind(Punishment p, String word, String regex) {
    return new Kind(p, word, Pattern.compile(regex));
  }

  private static final Pattern RANK_LOST = Pattern.compile(RANK_LOSS);

  /** Where a person is described: from «в отношении» (past the prosecutor's and counsel's ranks) to the facts. */
  private static final Pattern ABOUT = Pattern.compile("в\\s+отношении\\s", FLAGS);
  /** The word «в отношении» contains, as written or in capitals: the pattern is tried only from a little before it. */
  private static final List<String> ABOUT_WORDS = List.of("тношении", "ТНОШЕНИИ");

  private Sentences() {}

  /**
   * @param head the text before the facts (УСТАНОВИЛ), where the persons are described
   * @param body the text between the head and the operative part, where the facts may name the service basis: asked for
   *     only where the description is a serviceman's and does not name it (a long act is not copied for nothing)
   * @param operative the operative part of a conviction
   */
  static List<Sentence> read(String head, Supplier<String> body, String operative, List<String> warnings) {
    List<int[]> starts = new ArrayList<>();
    List<String> persons = new ArrayList<>();
    // the operative part lower-cased once (same length: positions carry over): the patterns need no case folding per
    // character, and one that begins with a word is searched for that word (Boyer-Moore) rather than tried at every place
    String lowerOperative = RussianText.lower(operative);
    Matcher g = GUILTY.matcher(lowerOperative);
    while (g.find()) {
      starts.add(new int[] {g.start(), g.end()});
      persons.add(g.start("who") < 0 ? null : person(operative.substring(g.start("who"), g.end("who"))));
    }
    if (persons.isEmpty()) {
      return List.of();
    }
    int aboutWord = firstOf(head, ABOUT_WORDS);
    Matcher about = ABOUT.matcher(head).useTransparentBounds(true).region(Math.max(0, aboutWord - 40), head.length());
    String described = aboutWord >= 0 && about.find() ? head.substring(about.start()) : head;
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      int from = starts.get(i)[1];
      int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : operative.length();
      String section = persons.size() == 1 ? described : section(described, persons, i);
      out.add(one(persons.get(i), operative.substring(from, to), lowerOperative.substring(from, to), section, persons.size() == 1 ? body : () -> "", warnings));
    }
    return List.copyOf(out);
  }

  /**
   * The kinds of punishment of the sentences, each person's main one (imprisonment suspended as {@link Punishment#SUSPENDED})
   * then the additional ones; empty where no main punishment was read.
   */
  static Optional<List<Punishment>> kinds(List<Sentence> sentences) {
    Set<Punishment> kinds = new LinkedHashSet<>();
    for (Sentence s : sentences) {
      if (s.punishment() != null) {
        kinds.add(s.punishment() == Punishment.IMPRISONMENT && Boolean.TRUE.equals(s.suspended()) ? Punishment.SUSPENDED : s.punishment());
      }
    }
    if (kinds.isEmpty()) {
      return Optional.empty();
    }
    sentences.forEach(s -> kinds.addAll(s.additional()));
    return Optional.of(List.copyOf(kinds));
  }

  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern WHO_TITLE = Pattern.compile("(?iu)^\\s*(?:подсудим|осужденн|осуждённ)" + L + "\\s+");

  /** «подсудимого ФИО1» → ФИО1; «ФИО1, 23.05.1997 г.р., гражданина …» → ФИО1; «[...] ФИО5» → ФИО5. */
  private static String person(String who) {
    String p = WHO_TITLE.matcher(BRACKETED.matcher(who).replaceAll(" ")).replaceFirst("").trim();
    int comma = p.indexOf(',');
    p = comma > 0 ? p.substring(0, comma).trim() : p;
    return p.isEmpty() ? null : p.length() > 80 ? p.substring(0, 80) : p;
  }

  /**
   * The description of the i-th of several persons. A description names the unit and rank before the name and the rest after
   * it («военнослужащего войсковой части 12345 сержанта ФИО1, проходящего службу по контракту, и военнослужащего … ФИО2 …»), so
   * the persons are parted where the text joins them: the last «и», «;» or line break between one name and the next.
   */
  private static String section(String described, List<String> persons, int i) {
    if (persons.stream().anyMatch(p -> p == null)) {
      return "";
    }
    int[] at = new int[persons.size()];
    for (int j = 0; j < persons.size(); j++) {
      at[j] = indexOfWord(described, key(persons.get(j)), 0);
      if (at[j] < 0) {
        return "";
      }
    }
    int from = 0;
    int to = described.length();
    for (int j = 0; j < persons.size(); j++) {
      if (j == i) {
        continue;
      }
      if (at[j] < at[i]) {
        from = Math.max(from, joint(described, at[j], at[i]));
      } else if (at[j] > at[i]) {
        to = Math.min(to, joint(described, at[i], at[j]));
      }
    }
    return described.substring(from, to);
  }

  private static final Pattern JOINT = Pattern.compile(";|\\n|(?<=[\\s,])и\\s", FLAGS);

  /** Where the description of the person named at {@code a} ends and that of the one named at {@code b} begins. */
  private static int joint(String described, int a, int b) {
    Matcher m = JOINT.matcher(described).region(a, b);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last < 0 ? b : last;
  }

  /** Where a word (or a stem) begins as a word of its own: «ФИО1» is not the start of «ФИО10». */
  private static int indexOfWord(String text, String word, int from) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + (word.matches(".*\\d") ? "(?!\\d)" : "")).matcher(text);
    return m.find(from) ? m.start() : -1;
  }

  /** The word a person is found by: «ФИО1», or a surname's stem («Иванова» → «Иванов»). */
  private static String key(String person) {
    String first = person.split("[\\s,]+")[0];
    return first.matches("(?U)\\p{Lu}\\p{Ll}{3,}.*") ? first.substring(0, first.length() - 1) : first;
  }

  private static Sentence one(String person, String part, String lowerPart, String section, Supplier<String> body, List<String> warnings) {
    // the patterns run on the lower-cased part (same length, so positions carry over); the sentence's end needs the case
    // the punishment given last, where several charges were added up
    int from = 0;
    Matcher agg = AGGREGATE.matcher(lowerPart);
    while (agg.find()) {
      from = agg.start();
    }
    String finalPart = part.substring(from);
    // the punishment is given in one sentence; what follows explains (how to pay a fine, what a fine left unpaid costs)
    Matcher stop = SENTENCE_END.matcher(finalPart);
    int length = stop.find() ? stop.start() : finalPart.length();
    Matcher end = CLAUSE_END.matcher(lowerPart).region(from, from + length);
    String clause = lowerPart.substring(from, end.find() ? end.start() : from + length);

    // every punishment named, the longer phrase first where two overlap, then in the order written
    List<int[]> found = new ArrayList<>(); // start, end, kind index
    for (int k = 0; k < KINDS.size(); k++) {
      if (!clause.contains(KINDS.get(k).word())) {
        continue; // a look for the word is cheaper than the pattern, most of all where it begins with a look behind
      }
      Matcher m = KINDS.get(k).pattern().matcher(clause);
      while (m.find()) {
        if (!overlaps(found, m.start(), m.end())) {
          found.add(new int[] {m.start(), m.end(), k});
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    Punishment main = null;
    int mainStart = -1;
    int mainEnd = -1;
    Set<Punishment> additional = new LinkedHashSet<>();
    for (int[] f : found) {
      Punishment p = KINDS.get(f[2]).punishment();
      if (main == null && !isAdditional(clause, f[0])) {
        main = p;
        mainStart = f[0];
        mainEnd = f[1];
      } else {
        additional.add(p);
      }
    }
    if (main != null && RANK_LOST.matcher(lowerPart).find()) {
      additional.add(Punishment.DEPRIVATION_OF_RANK); // «На основании ст. 48 УК РФ лишить ФИО1 воинского звания», a sentence of its own
    }
    additional.remove(main);
    Integer term = null;
    if (main != null && main != Punishment.FINE) {
      term = term(clause, mainStart, mainEnd, warnings);
    }
    if (main == null) {
      warnings.add("sentence: punishment not read");
    }
    boolean suspended = (lowerPart.contains("условн") || lowerPart.contains("73")) && SUSPENDED.matcher(lowerPart).find();
    Integer probation = null;
    if (suspended) {
      Matcher p = PROBATION.matcher(lowerPart);
      if (p.find()) {
        Matcher t = TERM.matcher(lowerPart).region(p.end(), Math.min(lowerPart.length(), p.end() + 80));
        if (t.lookingAt()) {
          probation = months(t);
        }
      }
    }
    Long fine = fine(clause);
    Integer hours = null;
    if (main == Punishment.COMPULSORY_WORK) {
      Matcher h = HOURS.matcher(clause).region(mainEnd, Math.min(clause.length(), mainEnd + 120));
      if (h.find()) {
        hours = quantity(h.group("h"));
      }
    }
    String lowerSection = RussianText.lower(section); // once: the patterns below need no case folding per character
    ServiceBasis basis = basis(lowerSection).orElse(null);
    String unit = unit(section);
    Rank rank = rank(lowerSection);
    // the facts are read for a serviceman only (a civilian's long act is not scanned for a unit it cannot name)
    boolean serviceman = rank != null || unit != null || lowerSection.contains("военнослуж") || lowerSection.contains("мобилиз");
    String facts = serviceman && (basis == null || unit == null) ? body.get() : "";
    if (basis == null && namesABasis(facts)) {
      basis = basis(RussianText.lower(facts)).orElse(null);
    }
    if (unit == null) {
      unit = unit(facts);
    }
    boolean art64 = ART64.matcher(lowerPart).find();
    return new Sentence(person, basis, unit, rank, main, term, main == null ? null : suspended, probation, fine, hours,
        List.copyOf(additional), main == null && !art64 ? null : art64, main == null && !suspended ? null : suspended);
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && end > s[0]) {
        return true;
      }
    }
    return false;
  }

  /** «со штрафом», «с лишением права…», «с ограничением свободы»: an additional punishment. */
  private static boolean isAdditional(String clause, int start) {
    return ADDITIONAL_BEFORE.matcher(clause).region(Math.max(0, start - 50), start).find();
  }

  private static final Pattern ADDITIONAL_BEFORE = Pattern.compile(
      "(?:^|[\\s,(])(?:со?|а\\s+также|дополнительн" + L + "\\s+наказани" + L + "\\s+в\\s+виде)\\s+$");

  /** The main punishment's term: after it («на срок 5 лет», «сроком 1 год») or just before it («к 5 годам лишения свободы»). */
  private static Integer term(String clause, int mainStart, int mainEnd, List<String> warnings) {
    int limit = Math.min(clause.length(), mainEnd + 120);
    // a probation follows the term and is not it: «… лишения свободы условно с испытательным сроком 2 года»
    Matcher probation = PROBATION_START.matcher(clause).region(mainEnd, limit);
    if (probation.find()) {
      limit = probation.start();
    }
    Matcher after = TERM_AFTER.matcher(clause).region(mainEnd, limit);
    if (after.find() && after.start() - mainEnd < 60) {
      Matcher t = TERM.matcher(clause).region(after.end(), limit);
      if (t.lookingAt()) {
        return months(t);
      }
      if (MASKED.matcher(clause).region(after.end(), limit).lookingAt()) {
        warnings.add("sentence: term masked");
        return null;
      }
    }
    String before = clause.substring(Math.max(0, mainStart - 90), mainStart);
    Matcher t = TERM.matcher(before);
    while (t.find()) {
      if (before.substring(t.end()).isBlank()) {
        return months(t);
      }
    }
    if (MASKED.matcher(before).find() || MASKED.matcher(clause.substring(mainEnd, limit)).find()) {
      warnings.add("sentence: term masked");
    }
    return null;
  }

  private static Integer months(Matcher t) {
    if (t.group("half") != null) {
      return 18;
    }
    if (t.group("mo") != null) {
      return quantity(t.group("mo"));
    }
    Integer years = quantity(t.group("y"));
    Integer months = t.group("m") == null ? Integer.valueOf(0) : quantity(t.group("m"));
    return years == null || months == null ? null : years * 12 + months;
  }

  /** {@code 5}, {@code 5 (пять)}, {@code пяти}: the number, or null where the words are none. */
  private static Integer quantity(String q) {
    String s = q.trim();
    int bracket = s.indexOf('(');
    if (Character.isDigit(s.charAt(0))) {
      return Integer.valueOf((bracket < 0 ? s : s.substring(0, bracket)).trim());
    }
    OptionalLong v = Numerals.parse(s);
    return v.isPresent() ? Integer.valueOf((int) v.getAsLong()) : null;
  }

  /** A fine in roubles: «штрафа в размере 40 000 рублей», «… 30 000 (тридцати тысяч) рублей», «… 40 тыс. рублей», in words. */
  static Long fine(String clause) {
    Matcher f = FINE_AMOUNT.matcher(clause);
    if (!f.find()) {
      return null;
    }
    Matcher a = AMOUNT.matcher(clause).region(f.end(), Math.min(clause.length(), f.end() + 200));
    if (!a.lookingAt()) {
      return null;
    }
    if (a.group("w") != null) {
      OptionalLong v = Numerals.parse(a.group("w"));
      return v.isPresent() ? v.getAsLong() : null;
    }
    long n = Long.parseLong(a.group("d").replaceAll("[ \\u00a0.]", ""));
    return a.group("k") != null ? n * 1_000 : n;
  }

  private static final String MOBILISED =
      "служб" + L + "\\s+(?:[^,.;]{1,60}?\\s+)?(?:по|в\\s+порядке|в\\s+рамках)\\s+(?:частичной\\s+)?мобилизации"
          + "|призван" + L + "\\s+(?:[^,.;]{1,80}?\\s+)?(?:по|в\\s+порядке|в\\s+ходе|в\\s+рамках)\\s+(?:частичной\\s+)?мобилизации"
          + "|(?<![а-яё])мобилизованн" + L;
  private static final String CONTRACT =
      "(?:служб|военнослужащ)" + L + "\\s+(?:[^,.;]{1,60}?\\s+)?по\\s+контракту|заключ" + L + "\\s+(?:[^,.;]{1,40}?\\s+)?контракт" + L
          + "\\s+о\\s+прохождении|(?<![а-яё])контрактник";
  private static final String CONSCRIPT =
      "(?:служб|военнослужащ)" + L + "\\s+(?:[^,.;]{1,60}?\\s+)?по\\s+призыву|призван" + L + "\\s+(?:[^,.;]{1,60}?\\s+)?по\\s+призыву";
  private static final String OTHER =
      "добровольческ" + L + "\\s+формировани|мобилизационн" + L + "\\s+людск" + L + "\\s+резерв|военн" + L + "\\s+сбор";

  /** The four bases in one pattern, a group each: one pass over the text for whichever is named first. */
  private static final Pattern ANY_BASIS = Pattern.compile("(" + MOBILISED + ")|(" + CONTRACT + ")|(" + CONSCRIPT + ")|(" + OTHER + ")");
  private static final ServiceBasis[] BASES = {ServiceBasis.MOBILISED, ServiceBasis.CONTRACT, ServiceBasis.CONSCRIPT, ServiceBasis.OTHER};

  /** Whether a text may name a basis at all: a look for the words, as written or capitalised, before it is lower-cased. */
  private static boolean namesABasis(String text) {
    for (String w : BASIS_WORDS) {
      if (text.contains(w) || text.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> BASIS_WORDS = List.of("мобилиз", "контракт", "призыв", "призван", "добровольческ", "резерв", "сбор");

  /**
   * A word every basis's phrase contains, no further than {@link #BASIS_REACH} characters from where the phrase begins (the
   * longest, «призванного … по мобилизации», allows 80 characters between): the pattern is tried from a little before the
   * first of them, not at every place of the text.
   */
  private static final List<String> BASIS_KEYS = List.of("мобилиз", "контракт", "призыв", "добровольческ", "сбор");
  private static final int BASIS_REACH = 200;

  /** Where the first of the words occurs in the text, -1 where none does. */
  private static int firstOf(String text, List<String> words) {
    int first = -1;
    for (String w : words) {
      int at = text.indexOf(w);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** The basis named first in a lower-cased text: the person's description names it before anything else does. */
  private static Optional<ServiceBasis> basis(String about) {
    int word = firstOf(about, BASIS_KEYS);
    if (word < 0) {
      return Optional.empty();
    }
    Matcher m = ANY_BASIS.matcher(about).useTransparentBounds(true).region(Math.max(0, word - BASIS_REACH), about.length());
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g <= BASES.length; g++) {
      if (m.start(g) >= 0) {
        return Optional.of(BASES[g - 1]);
      }
    }
    return Optional.empty();
  }

  private static final Pattern UNIT = Pattern.compile(
      "(?:войсков" + L + "\\s+част" + L + "|в/ч)\\s*(?:(?:№|N|No\\.?)\\s*)?(?:(?<n>\\d{3,6}(?:-[А-ЯA-Z\\d]{1,3})?)(?!\\d)|(?<masked><[^>]{1,30}>|\\*{2,}|[XХ]{3,}|…|\\.{3}))",
      FLAGS);

  /** The unit's number, {@link Sentence#MASKED_UNIT} where it is masked, null where none is named. */
  private static String unit(String about) {
    if (!about.contains("ойсков") && !about.contains("ОЙСКОВ") && !about.contains("в/ч") && !about.contains("В/Ч")) {
      return null; // no unit is named: most texts, and a look for the word costs less than the pattern
    }
    Matcher m = UNIT.matcher(about);
    if (!m.find()) {
      return null;
    }
    return m.group("n") != null ? m.group("n") : Sentence.MASKED_UNIT;
  }

  private record RankForm(Rank rank, String regex) {}

  private static final String B = "(?<![а-яё-])";
  private static final List<RankForm> RANKS = List.of(
      rank(Rank.CHIEF_SHIP_PETTY_OFFICER, "главн" + L + "\\s+корабельн" + L + "\\s+старшин" + L),
      rank(Rank.CHIEF_PETTY_OFFICER, "главн" + L + "\\s+старшин" + L),
      rank(Rank.PETTY_OFFICER_1, "старшин" + L + "\\s+(?:1|перв" + L + ")(?:-?(?:й|ой|ая))?\\s+стать" + L),
      rank(Rank.PETTY_OFFICER_2, "старшин" + L + "\\s+(?:2|втор" + L + ")(?:-?(?:й|ой|ая))?\\s+стать" + L),
      rank(Rank.CAPTAIN_LIEUTENANT, "капитан" + L + "-лейтенант" + L),
      rank(Rank.CAPTAIN_1, "капитан" + L + "\\s+(?:1|перв" + L + ")(?:-?(?:го|ого))?\\s+ранга"),
      rank(Rank.CAPTAIN_2, "капитан" + L + "\\s+(?:2|втор" + L + ")(?:-?(?:го|ого))?\\s+ранга"),
      rank(Rank.CAPTAIN_3, "капитан" + L + "\\s+(?:3|трет" + L + ")(?:-?(?:го|его))?\\s+ранга"),
      rank(Rank.SENIOR_PRAPORSHCHIK, "старш" + L + "\\s+прапорщик" + L),
      rank(Rank.SENIOR_MICHMAN, "старш" + L + "\\s+мичман" + L),
      rank(Rank.SENIOR_LIEUTENANT, "старш" + L + "\\s+лейтенант" + L),
      rank(Rank.SENIOR_SERGEANT, "старш" + L + "\\s+сержант" + L),
      rank(Rank.SENIOR_SEAMAN, "старш" + L + "\\s+матрос" + L),
      rank(Rank.JUNIOR_SERGEANT, "младш" + L + "\\s+сержант" + L),
      rank(Rank.JUNIOR_LIEUTENANT, "младш" + L + "\\s+лейтенант" + L),
      rank(Rank.LIEUTENANT_COLONEL, "подполковник" + L),
      rank(Rank.COLONEL, "полковник" + L),
      rank(Rank.MAJOR, "майор" + L),
      rank(Rank.CAPTAIN, "капитан" + L),
      rank(Rank.LIEUTENANT, "лейтенант" + L),
      rank(Rank.PRAPORSHCHIK, "прапорщик" + L),
      rank(Rank.MICHMAN, "мичман" + L),
      rank(Rank.STARSHINA, "старшин(?:а|ы|е|у|ой|ою)(?![а-яё])"),
      rank(Rank.SERGEANT, "сержант" + L),
      rank(Rank.LANCE_CORPORAL, "ефрейтор" + L),
      rank(Rank.SEAMAN, "матрос" + L),
      rank(Rank.PRIVATE, "рядов(?:ой|ого|ому|ым|ом)(?![а-яё])"));
  /** A rank of the prosecutor's office, the police or another service, not the armed forces'. */
  private static final Pattern NOT_ARMED_FORCES = Pattern.compile(
      "\\s+(?:юстиции|полиции|внутренней\\s+службы|таможенной\\s+службы|налоговой\\s+службы|состав" + L + ")", FLAGS);

  private static boolean rankMayStart(String lower, int i) {
    char c = lower.charAt(i);
    if (c < 'а' || c > 'я' || i > 0 && isWordLetter(lower.charAt(i - 1))) {
      return false;
    }
    for (String start : RANK_STARTS) {
      if (lower.startsWith(start, i)) {
        return true;
      }
    }
    return false;
  }

  /** The letters the rank pattern's look behind ({@link #B}) does not begin a rank after. */
  private static boolean isWordLetter(char c) {
    return c >= 'а' && c <= 'я' || c == 'ё' || c == '-';
  }

  private static RankForm rank(Rank r, String regex) {
    if (!regex.substring(0, 4).matches("[а-яё]{4}")) {
      throw new IllegalArgumentException("a rank's phrase begins with four letters, as the search for where it starts needs: " + regex);
    }
    return new RankForm(r, regex);
  }

  /**
   * Every rank in one pattern over the lower-cased text, a group per rank, the longer phrase first where two begin at one
   * place: one pass instead of one per rank (27 case-blind passes over each description were most of this reader's cost).
   */
  private static final Pattern ANY_RANK = Pattern.compile(B + "(?:" + String.join("|", RANKS.stream().map(f -> "(" + f.regex() + ")")
      .toList()) + ")");

  /**
   * The first four letters of every rank's phrase: the pattern is tried only at the start of a word that begins with one of
   * them, not at every place (a pattern of 27 alternatives led by a look behind finds no word to search for).
   */
  private static final List<String> RANK_STARTS = RANKS.stream().map(r -> r.regex().substring(0, 4)).distinct().toList();

  /** The first armed-forces rank of a lower-cased description. */
  private static Rank rank(String lower) {
    Matcher m = ANY_RANK.matcher(lower).useTransparentBounds(true);
    for (int i = 0; i + 4 <= lower.length(); i++) {
      if (!rankMayStart(lower, i)) {
        continue;
      }
      m.region(i, lower.length());
      if (!m.lookingAt()) {
        continue;
      }
      if (NOT_ARMED_FORCES.matcher(lower).region(m.end(), lower.length()).lookingAt()) {
        i = m.end() - 1; // on past the prosecutor's «младший советник юстиции», as a search would go on
        continue;
      }
      for (int g = 1; g <= RANKS.size(); g++) {
        if (m.start(g) >= 0) {
          return RANKS.get(g - 1).rank();
        }
      }
    }
    return null;
  }
}
