package org.courtsearch.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of court decisions in HTML pages: a court site's case card keeps each act in its own
 * container ({@code div#cont_doc1}, {@code cont_doc2}, ... on sudrf.ru) beside tabs of card data;
 * other pages lose their navigation, scripts and page chrome. Block elements become line breaks,
 * so paragraphs and headings stay on lines of their own.
 */
public final class HtmlText {
  // selectors parsed once: jsoup parses a selector string on every call, and clears its buffers as it does
  private static final Evaluator ACT_CONTAINERS = QueryParser.parse("div[id^=cont_doc]");
  private static final Evaluator ROW = QueryParser.parse("tr");
  private static final Evaluator CELLS = QueryParser.parse("td");
  private static final Evaluator TABLE = QueryParser.parse("table");
  private static final Evaluator HEADER = QueryParser.parse("th");
  private static final Evaluator BOLD = QueryParser.parse("b");
  private static final Evaluator TITLE = QueryParser.parse("title");
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*['\"]?([A-Za-z0-9_-]+)");
  private static final Evaluator CHROME = QueryParser.parse("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
      + "select, [class*=menu], [id*=menu], [class*=footer], [class*=header], [id*=footer], [id*=header], "
      + "[class*=breadcrumb], [class*=sidebar], [class*=popup], [class*=tooltip]");

  private HtmlText() {}

  /** One act found in the page, with the page's card fields (empty when the page has none). */
  public record Act(String text, Map<String, String> card) {}

  /** The acts of the page: several on a case card with several acts, else one. */
  public static List<Act> acts(byte[] bytes) {
    return acts(parse(bytes), true);
  }

  /** @param wholePage whether a page without act containers is one act (false for a case card without acts) */
  static List<Act> acts(Document doc, boolean wholePage) {
    Map<String, String> card = cardFields(doc);
    Elements containers = doc.select(ACT_CONTAINERS);
    List<Act> acts = new ArrayList<>();
    for (Element container : containers) {
      String text = text(container);
      if (!text.isBlank()) {
        acts.add(new Act(text, card));
      }
    }
    if (acts.isEmpty() && wholePage) {
      Element body = doc.body() != null ? doc.body() : doc;
      body.select(CHROME).remove();
      acts.add(new Act(text(body), card));
    }
    return acts;
  }

  static Document parse(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    String charset = null;
    if (m.find()) {
      charset = m.group(1);
      // scrapers re-save court pages as UTF-8 and keep the site's windows-1251 declaration: valid
      // multi-byte UTF-8 is not what a single-byte page looks like, so the bytes decide
      if (!charset.equalsIgnoreCase("utf-8") && !TextDecoder.isAscii(bytes) && TextDecoder.isUtf8(bytes)) {
        charset = StandardCharsets.UTF_8.name();
      }
    } else if (!(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF)) {
      charset = TextDecoder.decode(bytes).charset().name();
    }
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The label/value rows of a sudrf case card's ДЕЛО tab (Уникальный идентификатор дела, Судья,
   * Дата рассмотрения, Результат рассмотрения, ...), and the articles of the ЛИЦА tab.
   */
  static Map<String, String> cardFields(Document doc) {
    Map<String, String> card = new LinkedHashMap<>();
    Element delo = doc.getElementById("cont1");
    if (delo != null) {
      for (Element row : delo.select(ROW)) {
        Elements cells = row.select(CELLS);
        if (cells.size() == 2) {
          String label = clean(cells.get(0).text());
          String value = clean(cells.get(1).text());
          if (!label.isEmpty() && !value.isEmpty()) {
            card.putIfAbsent(label, value);
          }
        }
      }
    }
    for (Element table : doc.select(TABLE)) {
      Element th = table.selectFirst(HEADER);
      if (th != null && th.text().trim().equalsIgnoreCase("ЛИЦА")) {
        List<String> articles = new ArrayList<>();
        for (Element row : table.select(ROW)) {
          Elements cells = row.select(CELLS);
          if (cells.size() >= 2 && !cells.get(1).select(BOLD).hasText()) {
            String value = clean(cells.get(1).text());
            if (!value.isEmpty()) {
              articles.add(value);
            }
          }
        }
        if (!articles.isEmpty()) {
          card.put("Перечень статей", String.join("; ", articles));
        }
      }
    }
    Element title = doc.selectFirst(TITLE);
    if (title != null && !title.text().isBlank()) {
      card.putIfAbsent("title", clean(title.text()));
    }
    return card;
  }

  private static String clean(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  /** Text with a line break after every block element and {@code <br>}. */
  static String text(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
        } else if (node instanceof Element e && e.nameIs("br")) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
      }
    }, root);
    return out.toString(); // TextCleanup folds the blanks
  }
}
