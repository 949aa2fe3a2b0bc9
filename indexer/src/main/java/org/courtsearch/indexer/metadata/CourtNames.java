package org.courtsearch.indexer.metadata;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.text.RussianText;

/**
 * A court's name in the nominative, as facet values must be, from whatever case a text names it
 * in: «2-го Западного окружного военного суда» → «2-й Западный окружной военный суд»,
 * «Петропавловск-Камчатского гарнизонного военного суда» → «Петропавловск-Камчатский гарнизонный
 * военный суд». Only the words up to «суд» change; what follows («г. Кирова», «Тверской
 * области») is the genitive in every case.
 */
final class CourtNames {
  /** Adjectives with a stressed ending: -ой, not -ый. */
  private static final Set<String> STRESSED = Set.of("окружн", "областн", "городск", "краев", "морск", "верховн-");
  private static final Pattern HARD = Pattern.compile("(.{3,}?)(ого|ому|ым|ом|ой|ая)$");
  private static final Pattern SOFT = Pattern.compile("(.{3,}?)(его|ему|им|ем)$");
  private static final Pattern ORDINAL = Pattern.compile("(\\d{1,3})-?(?:й|го|му|м|ый|ого|ом)");
  private static final Pattern COURT = Pattern.compile("(?iu)суд(?:а|у|ом|е)?");

  private CourtNames() {}

  /** By suffix rules alone: for a name none of whose words the registry has. */
  static String nominative(String name) {
    return nominative(name, stem -> null);
  }

  /**
   * @param known the nominative the registry writes a word in, by its stem (null where it does not know the word):
   *     «Костромского» is «Костромской», which no suffix rule can tell from «Оренбургский»
   */
  static String nominative(String name, Function<String, String> known) {
    String[] words = name.trim().split("\\s+");
    StringBuilder out = new StringBuilder();
    boolean done = false;
    for (String w : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (done) {
        out.append(w);
      } else if (COURT.matcher(w).matches()) {
        out.append(Character.isUpperCase(w.charAt(0)) ? "Суд" : "суд");
        done = true;
      } else {
        int hyphen = w.lastIndexOf('-');
        Matcher ordinal = ORDINAL.matcher(w);
        if (ordinal.matches()) {
          out.append(ordinal.group(1)).append("-й");
        } else {
          out.append(w, 0, hyphen + 1).append(word(w.substring(hyphen + 1), known));
        }
      }
    }
    return out.toString();
  }

  private static String word(String w, Function<String, String> known) {
    String registry = w.isEmpty() ? null : known.apply(Stems.stem(RussianText.fold(w)));
    if (registry == null) {
      return adjective(w);
    }
    if (w.equals(w.toUpperCase(Locale.ROOT))) {
      return registry.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(registry.charAt(0)) + registry.substring(1) : registry;
  }

  private static String adjective(String w) {
    if (w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой") && STRESSED.contains(w.substring(0, w.length() - 2).toLowerCase())) {
      return w;
    }
    Matcher soft = SOFT.matcher(w);
    if (soft.matches()) {
      return soft.group(1) + (STRESSED.contains(soft.group(1).toLowerCase()) ? "ой" : "ий");
    }
    Matcher hard = HARD.matcher(w);
    if (!hard.matches()) {
      return w;
    }
    String base = hard.group(1);
    String lower = base.toLowerCase();
    if (STRESSED.contains(lower)) {
      return base + "ой";
    }
    return base + (lower.endsWith("к") || lower.endsWith("г") || lower.endsWith("х") ? "ий" : "ый");
  }
}
