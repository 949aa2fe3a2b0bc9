package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.text.RussianText;

/**
 * Crude, symmetric stemming of court and region names, so that the genitive a text uses
 * ("Ленинского районного суда г. Кирова") meets the nominative of the reference table
 * ("Ленинский районный суд г. Кирова"): both become {@code ленинск районн суд г киров}.
 */
final class Stems {
  /** Inflections only: «Целинский» and «Целинный» must stay two stems (целинск, целинн), not one (целин). */
  private static final String[] ENDINGS = {
    "его", "ему", "ого", "ому", "ими", "ыми", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ом", "ем",
    "ам", "ям", "ах", "ях", "ов", "ев", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й"};

  private Stems() {}

  static List<String> of(String text) {
    String s = RussianText.fold(text);
    List<String> out = new ArrayList<>();
    String previous = "";
    for (String word : s.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !ordinalEnding(previous, word)) {
        out.add(stem(word));
      }
      previous = word;
    }
    return out;
  }

  /** A word of a text: its stem and where it stands. */
  record Token(String stem, int start, int end) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    String previous = "";
    while (m.find()) {
      String word = RussianText.fold(m.group());
      if (!ordinalEnding(previous, word)) {
        out.add(new Token(stem(word), m.start(), m.end()));
      }
      previous = word;
    }
    return out;
  }

  private static final Set<String> ORDINAL_ENDINGS = Set.of("й", "го", "ый", "ой", "ого", "му", "ому", "м", "ом", "я", "ая", "е");

  /** "2-й", "2-го", "2-му": the ending of a numbered court's ordinal, dropped so that every case meets the table's. */
  private static boolean ordinalEnding(String previous, String word) {
    return !previous.isEmpty() && Character.isDigit(previous.charAt(previous.length() - 1)) && ORDINAL_ENDINGS.contains(word);
  }

  static String stem(String word) {
    if (word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
      return word;
    }
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
        String stem = word.substring(0, word.length() - ending.length());
        // третьего → треть, третий → трет: the soft sign before an ending is no part of the stem
        return stem.endsWith("ь") && stem.length() > 3 ? stem.substring(0, stem.length() - 1) : stem;
      }
    }
    return word;
  }
}
