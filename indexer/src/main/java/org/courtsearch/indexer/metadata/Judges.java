package org.courtsearch.indexer.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The presiding judge as "Фамилия И.О.": from the signature at the end (nominative), else from
 * the bench at the start ("в составе председательствующего судьи Ардувановой Д.Р.", genitive,
 * turned back into the nominative where the ending allows).
 */
public final class Judges {
  private static final String SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
  private static final String INITIALS = "[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.?";
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?:Председательствующий(?:\\s+судья)?|Судья)[\\s\\S]{0,80}?(?:(" + INITIALS + ")\\s?(" + SURNAME + ")|(" + SURNAME + ")\\s+(" + INITIALS + "))(?![а-яё])");
  private static final Pattern BENCH = Pattern.compile(
      "(?:председательствующего(?:\\s+судьи)?|[Сс]удья|судьи)\\s+(?:[^,\\n]{0,150}?\\s)?(" + SURNAME + ")\\s+(" + INITIALS + ")(?![а-яё])");
  private static final Pattern NOT_A_NAME = Pattern.compile("Российской|Федерации|Республики|области|края|суда|района|города|Судья|Председательствующий");

  private Judges() {}

  public static Optional<String> find(String text) {
    String tail = text.length() > 1500 ? text.substring(text.length() - 1500) : text;
    Matcher s = SIGNATURE.matcher(tail);
    String found = null;
    while (s.find()) {
      String surname = s.group(2) != null ? s.group(2) : s.group(3);
      String initials = s.group(1) != null ? s.group(1) : s.group(4);
      if (!NOT_A_NAME.matcher(surname).matches()) {
        found = surname + " " + initials(initials);
      }
    }
    if (found != null) {
      return Optional.of(found);
    }
    String head = text.length() > 4000 ? text.substring(0, 4000) : text;
    Matcher b = BENCH.matcher(head);
    while (b.find()) {
      if (!NOT_A_NAME.matcher(b.group(1)).matches()) {
        return Optional.of(nominative(b.group(1)) + " " + initials(b.group(2)));
      }
    }
    return Optional.empty();
  }

  /** A judge as a card writes them, as "Фамилия И.О.": "Бурухина Мария Николаевна" → "Бурухина М.Н.". */
  public static String normalise(String judge) {
    String s = judge.replaceAll("\\s+", " ").trim();
    Matcher full = Pattern.compile("^(" + SURNAME + ") ([А-ЯЁ])[а-яё]+ ([А-ЯЁ])[а-яё]+$").matcher(s);
    if (full.matches()) {
      return full.group(1) + " " + full.group(2) + "." + full.group(3) + ".";
    }
    Matcher initialsFirst = Pattern.compile("^(" + INITIALS + ")\\s?(" + SURNAME + ")$").matcher(s);
    if (initialsFirst.matches()) {
      return initialsFirst.group(2) + " " + initials(initialsFirst.group(1));
    }
    return s;
  }

  private static String initials(String raw) {
    String s = raw.replaceAll("\\s", "");
    return s.endsWith(".") ? s : s + ".";
  }

  /** Feminine genitive -ой back to -а; -ского to -ский; the ambiguous -ова/-ина stay as written. */
  static String nominative(String genitive) {
    if (genitive.endsWith("ской") || genitive.endsWith("цкой")) {
      return genitive.substring(0, genitive.length() - 2) + "ая";
    }
    if (genitive.endsWith("ского") || genitive.endsWith("цкого")) {
      return genitive.substring(0, genitive.length() - 3) + "ий";
    }
    if (genitive.matches(".*(?:ов|ев|ин|ын)ой")) {
      return genitive.substring(0, genitive.length() - 2) + "а";
    }
    return genitive;
  }
}
