package org.courtsearch.indexer.extract;

import java.util.regex.Pattern;

/** Removes the noise extraction leaves in real decisions, keeping line structure. */
public final class TextCleanup {
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u2007\\u202f\\u2009\\u200b\\ufeff]+");
  private static final Pattern FIELD_CODE = Pattern.compile("HYPERLINK \"[^\"]*\"\\s*");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private TextCleanup() {}

  public static String clean(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u00ad", "");
    s = FIELD_CODE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = s.replace(" \n", "\n").replace("\n ", "\n");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }
}
