package org.courtsearch.indexer.extract;

import java.util.regex.Pattern;

/** Removes the noise extraction leaves in real decisions, keeping line structure. */
public final class TextCleanup {
  private static final Pattern FIELD_CODE = Pattern.compile("HYPERLINK \"[^\"]*\"\\s*");

  private TextCleanup() {}

  public static String clean(String text) {
    String s = text.indexOf("HYPERLINK") >= 0 ? FIELD_CODE.matcher(text).replaceAll("") : text;
    // one pass: line ends to \n, soft hyphens out, runs of blanks to one space, no blanks at line
    // edges, at most one empty line (this runs on every document; regex passes cost 5x more)
    StringBuilder out = new StringBuilder(s.length());
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\u00ad') {
        continue;
      }
      if (c == '\n') {
        space = false;
        if (newlines < 2 && out.length() > 0) {
          out.append('\n');
        }
        newlines++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u2009' || c == '\u200b'
          || c == '\ufeff') {
        space = true;
        continue;
      }
      if (space && newlines == 0 && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      newlines = 0;
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end);
  }
}
