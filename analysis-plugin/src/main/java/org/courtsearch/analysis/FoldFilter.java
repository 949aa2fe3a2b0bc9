package org.courtsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower case and ё→е in one pass. Russian print uses ё inconsistently (ёлка / елка, осуждённый
 * / осужденный), so both spellings must index and query as one term.
 *
 * <p>Gives what Lucene's {@code LowerCaseFilter} followed by an ё fold gives, but Latin and
 * Cyrillic letters — nearly every character of a decision — are lowered by arithmetic instead
 * of {@link Character#toLowerCase(int)}'s Unicode tables, which cost a seventh of the node's
 * indexing CPU in a profile; other characters go through those tables as before.
 */
public final class FoldFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public FoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    fold(term.buffer(), term.length());
    return true;
  }

  /** Folds {@code buffer[0, length)} in place. */
  static void fold(char[] buffer, int length) {
    for (int i = 0; i < length; ) {
      char c = buffer[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buffer[i] = (char) (c + 32);
        }
        i++;
      } else if (c >= 'А' && c <= 'Я') {
        buffer[i++] = (char) (c + 32);
      } else if (c == 'ё' || c == 'Ё') {
        buffer[i++] = 'е';
      } else if (c >= 'а' && c <= 'я') {
        i++;
      } else {
        int cp = Character.codePointAt(buffer, i, length);
        int lower = Character.toLowerCase(cp);
        int n = Character.charCount(cp);
        if (lower == 'ё') {
          lower = 'е';
        }
        if (Character.charCount(lower) == n) { // as LowerCaseFilter: only same-length replacements
          Character.toChars(lower, buffer, i);
        }
        i += n;
      }
    }
  }
}
