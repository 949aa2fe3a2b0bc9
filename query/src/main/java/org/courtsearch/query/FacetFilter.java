package org.courtsearch.query;

import org.courtsearch.core.text.RussianText;

/**
 * The text box above a facet's full list: values containing the text, in any case, ё and е
 * alike. Over stored values it becomes a regular expression for the terms aggregation's
 * {@code include}, so Elasticsearch looks through every value (tens of thousands of judges), not
 * just the ones on the page.
 */
public final class FacetFilter {
  private FacetFilter() {}

  /** A Lucene regular expression matching any value that contains {@code text}, case and ё folded. */
  public static String regexp(String text) {
    StringBuilder re = new StringBuilder(".*");
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int lower = fold(Character.toLowerCase(c));
      if (lower == 'е') {
        re.append("[еЕёЁ]");
      } else if (Character.isLetter(lower) && Character.toUpperCase(lower) != lower) {
        re.append('[').appendCodePoint(lower).appendCodePoint(Character.toUpperCase(lower)).append(']');
      } else if (Character.isLetterOrDigit(c)) {
        re.appendCodePoint(c);
      } else {
        re.append('\\').appendCodePoint(c); // every other character literally, the syntax's too
      }
    }
    return re.append(".*").toString();
  }

  /** The same test in Java, for values shown by their labels. */
  public static boolean matches(String text, String label) {
    return normalize(label).contains(normalize(text));
  }

  private static String normalize(String s) {
    return RussianText.fold(s);
  }

  private static int fold(int c) {
    return c == 'ё' ? 'е' : c; // case is the regular expression's: only ё is folded here
  }
}
