package org.courtsearch.web.search;

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
