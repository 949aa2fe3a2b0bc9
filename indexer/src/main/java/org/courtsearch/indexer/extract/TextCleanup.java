package org.courtsearch.indexer.extract;

import java.util.regex.Pattern;

/** Removes the noise extraction leaves in real decisions, keeping line structure. */
public final class TextCleanup {
  private static final Pattern FIELD_CODE = Pattern.compile("HYPERLINK \"[^\"]*\"\\s*");

  private TextCleanup() {}

  public static String clean(String text) {
    String s = text.indexOf("HYPERLINK") >= 0 ? FIELD_CODE.matcher(text).replaceAll("") : text;
    // one pass: line ends to \n, soft hyphens out, runs of blanks to one space, no blanks at line
    // edges, at most one empty line (this runs on every document; regex passes cost 5x more), over
    // arrays: a StringBuilder's append and charAt check bounds and capacity per character
    char[] in = s.toCharArray();
    char[] out = new char[in.length];
    int o = 0;
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < in.length; i++) {
      char c = in[i];
      if (c == '\r') {
        if (i + 1 < in.length && in[i + 1] == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\u00ad') {
        continue;
      }
      if (c == '\n') {
        space = false;
        if (newlines < 2 && o > 0) {
          out[o++] = '\n';
        }
        newlines++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u2009' || c == '\u200b'
          || c == '\ufeff') {
        space = true;
        continue;
      }
      if (space && newlines == 0 && o > 0) {
        out[o++] = ' ';
      }
      space = false;
      newlines = 0;
      out[o++] = c;
    }
    while (o > 0 && out[o - 1] == '\n') {
      o--;
    }
    return new String(out, 0, o);
  }
}
