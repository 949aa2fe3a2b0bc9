package org.courtsearch.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the full-text chain reduces a Russian word form to what is indexed. Chosen per index
 * (analyzer setting {@code morphology}); the relevance set in {@code relevance/} measures them.
 */
public enum Morphology {
  /** Lucene's Snowball Russian stemmer: aggressive, conflates суд/судья/суде, splits оставил/оставление. */
  SNOWBALL,
  /** Lucene's light Russian stemmer: strips only inflection endings. */
  LIGHT,
  /** Dictionary lemmas only (as Lucene's MorfologikFilter does); unknown words as written. */
  MORFOLOGIK,
  /**
   * The word as written plus every dictionary lemma at the same position; words the dictionary
   * does not know (surnames, new terms) are reduced by the light stemmer instead.
   */
  LEMMA;

  public String settingValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a setting value, with a message naming the valid ones. */
  public static Morphology parse(String value) {
    for (Morphology m : values()) {
      if (m.settingValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown morphology '" + value + "'; use one of "
        + Arrays.stream(values()).map(Morphology::settingValue).collect(Collectors.joining(", ")));
  }

  public boolean usesDictionary() {
    return this == MORFOLOGIK || this == LEMMA;
  }
}
