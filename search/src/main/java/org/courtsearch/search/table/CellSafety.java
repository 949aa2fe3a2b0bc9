package org.courtsearch.search.table;

/** Spreadsheet-safe cells for every CSV and XLSX courtsearch writes. */
public final class CellSafety {
  private CellSafety() {}

  /**
   * Text a spreadsheet must not run: a value starting with = + - @ (or a tab or carriage
   * return) gets a leading apostrophe, so "=HYPERLINK(...)" from a decision stays text.
   */
  public static String safe(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
