package org.courtsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds ё to е. Russian print uses ё inconsistently (ёлка / елка, осуждённый / осужденный),
 * so both spellings must index and query as one term. Runs after lower-casing, and also
 * folds the capital in case it stands first in a chain.
 */
public final class YoFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public YoFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      char c = buffer[i];
      if (c == 'ё') {
        buffer[i] = 'е';
      } else if (c == 'Ё') {
        buffer[i] = 'Е';
      }
    }
    return true;
  }
}
