package org.courtsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.decision.Evidence;
import org.courtsearch.core.index.Fields;

/**
 * Highlighted text made safe: Elasticsearch marks matches with control characters that no
 * decision contains; everything is HTML-escaped first, then the marks become {@code <mark>}.
 * So a decision that contains {@code <script>} shows it as text, highlights included.
 */
public final class Highlights {
  public static final String PRE = "\u0002";
  public static final String POST = "\u0003";

  private Highlights() {}

  public static String toHtml(String marked) {
    StringBuilder out = new StringBuilder(marked.length() + 32);
    // a fragment can be cut inside a match that spans adjacent words: keep the tags balanced
    boolean open = marked.indexOf('\u0003') >= 0 && (marked.indexOf('\u0002') < 0 || marked.indexOf('\u0003') < marked.indexOf('\u0002'));
    if (open) {
      out.append("<mark>");
    }
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      switch (c) {
        case '\u0002' -> {
          if (!open) {
            out.append("<mark>");
            open = true;
          }
        }
        case '\u0003' -> {
          if (open) {
            out.append("</mark>");
            open = false;
          }
        }
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  /** Like {@link #toHtml}, numbering the marks ({@code id="m1"}...) so a page can jump to each; line breaks kept. */
  public static String toHtmlWithAnchors(String marked) {
    String html = toHtml(marked);
    StringBuilder out = new StringBuilder(html.length() + 64);
    int n = 0;
    int i = 0;
    while (true) {
      int at = html.indexOf("<mark>", i);
      if (at < 0) {
        out.append(html, i, html.length());
        break;
      }
      out.append(html, i, at).append("<mark id=\"m").append(++n).append("\">");
      i = at + "<mark>".length();
    }
    return out.toString();
  }

  /**
   * Like {@link #toHtmlWithAnchors(String)}, with the words each field was read from wrapped in {@code <span
   * class="ev" data-field="…" id="evN" title="…">}: the court, the date, the case number and each article, where the
   * count rests. Offsets are the plain text's; the search's marks in {@code marked} take no place among them.
   */
  public static String toHtmlWithAnchors(String marked, List<Evidence> evidence) {
    if (evidence == null || evidence.isEmpty()) {
      return toHtmlWithAnchors(marked);
    }
    // in order, none overlapping (the reader keeps one entry per list of articles)
    List<Evidence> spans = new ArrayList<>();
    for (Evidence e : evidence.stream().sorted(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end)).toList()) {
      if ((spans.isEmpty() || e.start() >= spans.get(spans.size() - 1).end()) && e.end() > e.start()) {
        spans.add(e);
      }
    }
    StringBuilder withSpans = new StringBuilder(marked.length() + spans.size() * 2);
    int plain = 0;
    int next = 0;
    boolean inside = false;
    for (int i = 0; i <= marked.length(); i++) {
      if (inside && plain == spans.get(next).end()) {
        withSpans.append(EV_CLOSE);
        inside = false;
        next++;
      }
      if (!inside && next < spans.size() && plain == spans.get(next).start()) {
        withSpans.append(EV_OPEN);
        inside = true;
      }
      if (i == marked.length()) {
        break;
      }
      char c = marked.charAt(i);
      withSpans.append(c);
      if (c != '\u0002' && c != '\u0003') {
        plain++;
      }
    }
    if (inside) {
      withSpans.append(EV_CLOSE);
    }
    String html = toHtmlWithAnchors(withSpans.toString());
    StringBuilder out = new StringBuilder(html.length() + spans.size() * 96);
    int n = 0;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == EV_OPEN) {
        Evidence e = spans.get(n++);
        out.append("<span class=\"ev ev-").append(e.field()).append("\" data-field=\"").append(e.field()).append("\" id=\"ev")
            .append(n).append("\" title=\"").append(toHtml(FIELD_LABELS.getOrDefault(e.field(), e.field()) + ": " + e.value()))
            .append("\">");
      } else if (c == EV_CLOSE) {
        out.append("</span>");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final char EV_OPEN = '\u0004';
  private static final char EV_CLOSE = '\u0005';
  private static final Map<String, String> FIELD_LABELS = Map.of(Fields.COURT, "Суд", Fields.DECISION_DATE, "Дата решения",
      Fields.CASE_NUMBER, "Номер дела", Fields.ARTICLES, "Статья");

  public static int count(String marked) {
    int n = 0;
    for (int i = 0; i < marked.length(); i++) {
      if (marked.charAt(i) == '\u0002') {
        n++;
      }
    }
    return n;
  }
}
