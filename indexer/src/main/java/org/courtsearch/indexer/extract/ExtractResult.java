package org.courtsearch.indexer.extract;

import java.util.List;
import java.util.Map;
import org.courtsearch.core.cases.CaseFacts;

/** What extraction made of one {@link Source}. */
public sealed interface ExtractResult {

  /**
   * Text of one or more acts (a court site's case card may hold several).
   *
   * @param contentType the detected media type
   * @param warnings things the user should know, e.g. a text cut at the character limit
   * @param ocr whether the text was recognised from images (a scan): it may hold recognition errors
   * @param cases what the source says of cases (a case card, a listing's rows, a scraper's table), with
   *     courts as written and no keys yet; a card's acts are among {@code acts}
   * @param casesLeftOut rows of a table of cases that are not counted as cases (they name no court)
   */
  record Extracted(String contentType, List<Act> acts, List<String> warnings, boolean ocr, List<CaseFacts> cases,
      int casesLeftOut) implements ExtractResult {
    public Extracted(String contentType, List<Act> acts, List<String> warnings) {
      this(contentType, acts, warnings, false, List.of(), 0);
    }

    public Extracted(String contentType, List<Act> acts, List<String> warnings, boolean ocr) {
      this(contentType, acts, warnings, ocr, List.of(), 0);
    }

    public Extracted(String contentType, List<Act> acts, List<String> warnings, boolean ocr, List<CaseFacts> cases) {
      this(contentType, acts, warnings, ocr, cases, 0);
    }
  }

  /** An archive: read its entries with {@link Archives#forEach}; each is a source of its own. */
  record Archive(String contentType) implements ExtractResult {}

  /** No decision in this source, and why. */
  record Skipped(SkipReason reason, String detail) implements ExtractResult {}

  /**
   * @param key distinguishes acts of one page ({@code ""} for the first, {@code "#2"}, ...)
   * @param card label → value fields of the page's case card, if it has one
   * @param docType the act's kind as its card's tab names it ({@code Приговор}), else null
   */
  record Act(String key, String text, Map<String, String> card, String docType) {
    public Act(String key, String text, Map<String, String> card) {
      this(key, text, card, null);
    }
  }
}
