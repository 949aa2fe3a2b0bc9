package org.courtsearch.search.table;

import org.courtsearch.core.text.ValueLabel;

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
    String s = text(value);
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /** A cell's text: an enumerated field's stored value ({@code conviction}, not the constant's name), else the value's own. */
  static String text(Object value) {
    return value instanceof ValueLabel v ? v.value() : value.toString();
  }
}
