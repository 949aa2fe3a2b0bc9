package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Russian cardinal numbers written in words, in any case form: «пять», «пяти», «двухсот тысяч», «один год шесть
 * месяцев» — how sentences write terms and fines beside (or instead of) the digits.
 */
final class Numerals {
  /** A word's value, by the stem every case form of it starts with; longer stems are tried first. */
  private record Stem(String prefix, long value) {}

  private static final List<Stem> STEMS = new ArrayList<>();

  static {
    // the hundreds, then the tens and the teens, whose stems begin like the units'
    stems(900, "девятьсот", "девятисот", "девятист", "девятьюст");
    stems(800, "восемьсот", "восьмисот", "восьмист", "восемьюст", "восьмьюст");
    stems(700, "семьсот", "семисот", "семист", "семьюст");
    stems(600, "шестьсот", "шестисот", "шестист", "шестьюст");
    stems(500, "пятьсот", "пятисот", "пятист", "пятьюст");
    stems(400, "четыреста", "четырехсот", "четырёхсот", "четырехст", "четырёхст", "четырьмяст", "четырьмст");
    stems(300, "триста", "трехсот", "трёхсот", "трехст", "трёхст", "тремяст", "тремст");
    stems(200, "двести", "двухсот", "двухст", "двумяст", "двумст");
    stems(90, "девяност");
    stems(80, "восемьдесят", "восьмидесят", "восемьюдесят", "восьмьюдесят");
    stems(70, "семьдесят", "семидесят", "семьюдесят");
    stems(60, "шестьдесят", "шестидесят", "шестьюдесят");
    stems(50, "пятьдесят", "пятидесят", "пятьюдесят");
    stems(40, "сорок");
    stems(30, "тридцат");
    stems(20, "двадцат");
    stems(19, "девятнадцат");
    stems(18, "восемнадцат");
    stems(17, "семнадцат");
    stems(16, "шестнадцат");
    stems(15, "пятнадцат");
    stems(14, "четырнадцат");
    stems(13, "тринадцат");
    stems(12, "двенадцат");
    stems(11, "одиннадцат");
    stems(10, "десят");
    stems(9, "девят");
    stems(8, "восем", "восьм");
    stems(7, "сем");
    stems(6, "шест");
    stems(5, "пят");
    stems(4, "четыр");
    stems(3, "три", "трех", "трёх", "трем", "трём");
    stems(2, "два", "две", "двух", "двум");
    stems(1, "один", "одна", "одно", "одн");
  }

  private static void stems(long value, String... prefixes) {
    for (String p : prefixes) {
      STEMS.add(new Stem(p, value));
    }
  }

  /** One word that may be part of a number: a stem above, «сто»/«ста», or a thousand/million. */
  static final String WORD = "(?:сто|ста|тысяч[а-яё]*|миллион[а-яё]*|(?:девят|восем|восьм|сем|шест|пят|четыр|тр|дв|один|одн"
      + "|сорок|десят|двадцат|тридцат|одиннадцат|двенадцат)[а-яё]*)";
  /** Up to six number words in a row: «двухсот пятидесяти тысяч», «один». */
  static final String WORDS = WORD + "(?:\\s+" + WORD + "){0,5}";
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Numerals() {}

  /** The number the words say, or empty where one of them is no number word. */
  static OptionalLong parse(String words) {
    long total = 0;
    long group = 0;
    boolean any = false;
    for (String raw : SPACE.split(words.trim().toLowerCase(Locale.ROOT))) {
      String w = raw.replace('ё', 'е');
      if (w.isEmpty()) {
        continue;
      }
      if (w.startsWith("тысяч")) {
        total += (group == 0 ? 1 : group) * 1_000;
        group = 0;
      } else if (w.startsWith("миллион")) {
        total += (group == 0 ? 1 : group) * 1_000_000;
        group = 0;
      } else if (w.equals("сто") || w.equals("ста") || w.equals("стам") || w.equals("стами") || w.equals("стах")) {
        group += 100;
      } else {
        OptionalLong v = word(w);
        if (v.isEmpty()) {
          return OptionalLong.empty();
        }
        group += v.getAsLong();
      }
      any = true;
    }
    return any ? OptionalLong.of(total + group) : OptionalLong.empty();
  }

  private static OptionalLong word(String w) {
    for (Stem s : STEMS) {
      if (w.startsWith(s.prefix().replace('ё', 'е'))) {
        return OptionalLong.of(s.value());
      }
    }
    return OptionalLong.empty();
  }
}
