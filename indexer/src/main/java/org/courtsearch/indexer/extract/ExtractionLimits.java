package org.courtsearch.indexer.extract;

import java.time.Duration;
import java.util.List;

/**
 * Bounds that keep one bad file from costing the run.
 *
 * @param maxFileBytes larger files (and archive entries) are skipped as too large
 * @param maxChars text beyond this is cut, with a warning on the decision
 * @param timeout a file whose extraction takes longer is skipped
 * @param maxArchiveEntries entries read from one archive at most
 * @param maxArchiveBytes uncompressed bytes read from one archive at most (zip-bomb guard)
 * @param maxArchiveDepth archives inside archives, levels at most
 */
public record ExtractionLimits(
    long maxFileBytes, int maxChars, Duration timeout, int maxArchiveEntries, long maxArchiveBytes, int maxArchiveDepth) {

  public static ExtractionLimits defaults() {
    return new ExtractionLimits(100L << 20, 2_000_000, Duration.ofSeconds(60), 100_000, 4L << 30, 3);
  }

  /** The text cut at {@link #maxChars}, the cut noted in {@code warnings}; the text itself when it fits. */
  public String clip(String text, List<String> warnings) {
    if (text.length() <= maxChars) {
      return text;
    }
    warnings.add(truncationWarning());
    return text.substring(0, maxChars);
  }

  /** The warning a decision whose text was cut carries. */
  public String truncationWarning() {
    return "text cut at " + maxChars + " characters";
  }
}
