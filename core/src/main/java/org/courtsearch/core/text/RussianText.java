package org.courtsearch.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * The Russian text rules every module shares: folding (lower case, ё as е, as Russian print uses
 * ё inconsistently: осуждённый / осужденный) and the stop words. The analysis plugin, which
 * Elasticsearch loads in a class loader of its own, keeps its copy; its tests prove the copies agree.
 */
public final class RussianText {
  /**
   * Lucene's Russian stop words (the ones Elasticsearch's {@code _russian_} names), folded. Searches
   * and the index drop them alike; the query module's tests hold this list to Lucene's.
   */
  public static final Set<String> STOP_WORDS = Set.of((
      "а без более больше будет будто бы был была были было быть в вам вас вдруг ведь во вот впрочем "
      + "все всегда всего всех всю вы где говорил да даже два для до другой его ее ей ему если есть еще ж "
      + "же жизнь за зачем здесь и из или им иногда их к кажется как какая какой когда конечно кто куда "
      + "ли лучше между меня мне много может можно мой моя мы на над надо наконец нас не него нее ней "
      + "нельзя нет ни нибудь никогда ним них ничего но ну о об один он она они опять от перед по под "
      + "после потом потому почти при про раз разве с сам свою себе себя сегодня сейчас сказал сказала "
      + "сказать со совсем так такой там тебя тем теперь то тогда того тоже только том тот три тут ты у "
      + "уж уже хорошо хоть чего человек чем через что чтоб чтобы чуть эти этого этой этом этот эту я ").strip().split(" "));

  private RussianText() {}

  /** Lower case and ё as е. */
  public static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /**
   * Lower case, character for character (the same length, so positions carry over): the Russian and Latin alphabets
   * by table, anything else by {@link Character#toLowerCase(char)}. Several times faster than {@link String#toLowerCase}
   * on Cyrillic text, which the readers of long acts lower-case before their patterns.
   */
  public static String lower(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char l;
      if (c >= 'А' && c <= 'Я') {
        l = (char) (c + 32);
      } else if (c >= 'A' && c <= 'Z') {
        l = (char) (c + 32);
      } else if (c == 'Ё') {
        l = 'ё';
      } else if (c < 0x80 || c >= 'а' && c <= 'я' || c == 'ё') {
        continue;
      } else {
        l = Character.toLowerCase(c);
      }
      if (l != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = l;
      }
    }
    return out == null ? s : new String(out);
  }

  /** ё and Ё as е and Е, case kept. */
  public static String foldYo(String s) {
    return s.replace('ё', 'е').replace('Ё', 'Е');
  }

  /** One character, lower case, ё as е. */
  public static int fold(int c) {
    int lower = Character.toLowerCase(c);
    return lower == 'ё' ? 'е' : lower;
  }
}
