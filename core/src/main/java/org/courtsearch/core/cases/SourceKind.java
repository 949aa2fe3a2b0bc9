package org.courtsearch.core.cases;

import java.util.Locale;

/**
 * Where a fact about a case came from. The order is the order of trust when two sources of the
 * same age disagree: a case card is the court's own record, a listing row is its summary, a
 * scraper's row a copy of either, our metadata file a user's, and a text what the act says.
 */
public enum SourceKind {
  CARD, LISTING, SCRAPER, METADATA, TEXT;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceKind of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
