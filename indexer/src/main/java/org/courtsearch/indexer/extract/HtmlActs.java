package org.courtsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.indexer.cases.CourtPages;
import org.courtsearch.indexer.extract.ExtractResult.Act;
import org.courtsearch.indexer.extract.ExtractResult.Extracted;
import org.courtsearch.indexer.extract.ExtractResult.Skipped;
import org.jsoup.nodes.Document;

/**
 * The acts of an HTML page: a court site's case card or listing (its cases, and the acts its
 * tabs carry, typed as the page names them), a page saved from a court site with one or more
 * acts, or the site's answer instead of data (never a decision).
 */
final class HtmlActs {
  private HtmlActs() {}

  /** What a court site answers instead of data: no decision, and never to be counted as one. */
  private static final Pattern SITE_ANSWER = Pattern.compile(
      "Данных по запросу не обнаружено|Информация временно недоступна|Неверно указан проверочный код");

  static ExtractResult read(String type, byte[] bytes, String path, ExtractionLimits limits) {
    Document doc = HtmlText.parse(bytes);
    CourtPages.Page page = CourtPages.read(doc, path, null);
    boolean courtPage = page.kind() != CourtPages.Kind.OTHER;
    List<HtmlText.Act> found = HtmlText.acts(doc, !courtPage);
    if (!courtPage && found.size() == 1) {
      Matcher answer = SITE_ANSWER.matcher(found.get(0).text());
      if (answer.find()) {
        return new Skipped(SkipReason.NOT_A_DECISION, "the court site's answer instead of data: «" + answer.group() + "»");
      }
    }
    List<Act> acts = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      String text = limits.clip(TextCleanup.clean(found.get(i).text()), warnings);
      if (!text.isEmpty()) {
        String key = i == 0 ? "" : "#" + (i + 1);
        String docType = courtPage && i < page.actTypes().size() ? page.actTypes().get(i) : null;
        acts.add(new Act(key, text, found.get(i).card(), docType));
      }
    }
    if (courtPage) {
      return new Extracted(type, acts, warnings, false, page.cases());
    }
    if (acts.isEmpty()) {
      return new Skipped(SkipReason.EMPTY, "no text in the page");
    }
    return new Extracted(type, acts, warnings);
  }
}
