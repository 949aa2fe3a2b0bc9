package org.courtsearch.indexer.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The tables of a court site's case card, read by their header text and never by position: the
 * block each belongs to (its {@code <th>} title in the classic layout, its tab's title in the
 * newer one), and either label → value pairs (ДЕЛО, РАССМОТРЕНИЕ В НИЖЕСТОЯЩЕМ СУДЕ, a complaint's
 * block) or rows keyed by the header row's labels (ДВИЖЕНИЕ ДЕЛА, ЛИЦА, ЖАЛОБЫ).
 */
final class CardTables {
  // selectors parsed once: jsoup parses a selector string on every call, and clears its buffers as it does
  private static final Evaluator TABLE = QueryParser.parse("table");
  private static final Evaluator NESTED_TABLE = QueryParser.parse("table table");
  private static final Evaluator ROW = QueryParser.parse("tr");
  private static final Evaluator OWN_CELLS = QueryParser.parse("> td");
  private static final Evaluator BOLD = QueryParser.parse("b");
  private static final Evaluator TABS = QueryParser.parse("ul.tabs > li[id^=tab], ul#case_bookmarks > li[id^=tab_id_]");
  private static final Evaluator HEADER = QueryParser.parse("th");
  private static final Evaluator TOOLTIPS = QueryParser.parse("span.tooltipShow");
  private static final Evaluator BREAKS = QueryParser.parse("br");

  private CardTables() {}

  /**
   * @param name the block's title in capitals ({@code ДЕЛО}, {@code ДВИЖЕНИЕ ДЕЛА}); empty when none is known
   * @param pairs label → value, for a block of labelled rows
   * @param rows header label → cell, for a block with a header row
   */
  record Block(String name, Map<String, String> pairs, List<Map<String, String>> rows) {
    boolean isPairs() {
      return !pairs.isEmpty();
    }

    /** The value of the first label that starts with one of {@code labels} (case-insensitive). */
    String pair(String... labels) {
      return find(pairs, labels);
    }
  }

  static String find(Map<String, String> map, String... labels) {
    for (String label : labels) {
      String l = label.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> e : map.entrySet()) {
        if (e.getKey().toLowerCase(Locale.ROOT).startsWith(l)) {
          String v = e.getValue();
          return v == null || v.isBlank() ? null : v;
        }
      }
    }
    return null;
  }

  private static final Evaluator COPIES = QueryParser.parse("[id^=cont_doc], .block-mobile, .mobile-lawcase-item, [id^=printVersion]");

  static List<Block> read(Document doc) {
    Map<String, String> tabTitles = tabTitles(doc);
    List<Block> blocks = new ArrayList<>();
    for (Element table : doc.select(TABLE)) {
      if (!table.select(NESTED_TABLE).isEmpty() || table.closest(COPIES) != null) {
        continue; // layout tables around the card, an act's own tables, the mobile and print copies of the tabs
      }
      String name = blockName(table, tabTitles);
      List<Element> rows = new ArrayList<>();
      for (Element tr : table.select(ROW)) {
        if (tr.closest(TABLE) == table) {
          rows.add(tr);
        }
      }
      Map<String, String> pairs = new LinkedHashMap<>();
      List<String> header = null;
      List<Map<String, String>> data = new ArrayList<>();
      for (Element tr : rows) {
        Elements cells = tr.select(OWN_CELLS);
        if (cells.isEmpty()) {
          continue;
        }
        boolean inHead = tr.parent() != null && tr.parent().tagName().equals("thead");
        if (header == null && cells.size() >= 3 && (inHead || cells.stream().allMatch(CardTables::bold))) {
          header = new ArrayList<>();
          for (Element c : cells) {
            header.add(clean(withoutTooltips(c).text()));
          }
          continue;
        }
        if (header != null) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < cells.size() && i < header.size(); i++) {
            row.put(header.get(i), cellText(cells.get(i)));
          }
          data.add(row);
        } else if (cells.size() == 2 && !cells.get(0).select(BOLD).isEmpty()) {
          String label = clean(cells.get(0).text());
          if (!label.isEmpty()) {
            pairs.putIfAbsent(label, cellText(cells.get(1)));
          }
        }
      }
      if (!pairs.isEmpty() || !data.isEmpty()) {
        blocks.add(new Block(name, pairs, data));
      }
    }
    return blocks;
  }

  private static Map<String, String> tabTitles(Document doc) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (Element li : doc.select(TABS)) {
      String id = li.id();
      String body = id.startsWith("tab_id_") ? "tab_content_" + id.substring("tab_id_".length()) : "cont" + id.substring(3);
      titles.put(body, clean(li.text()).toUpperCase(Locale.ROOT));
    }
    return titles;
  }

  private static String blockName(Element table, Map<String, String> tabTitles) {
    Element th = table.selectFirst(HEADER);
    if (th != null && !th.text().isBlank()) {
      return clean(th.text()).toUpperCase(Locale.ROOT);
    }
    for (Element p = table.parent(); p != null; p = p.parent()) {
      String title = tabTitles.get(p.id());
      if (title != null) {
        return title;
      }
    }
    return "";
  }

  private static boolean bold(Element cell) {
    Element c = withoutTooltips(cell);
    Elements bold = c.select(BOLD);
    return !bold.isEmpty() && clean(bold.text()).equals(clean(c.text()));
  }

  private static Element withoutTooltips(Element cell) {
    Element c = cell.clone();
    c.select(TOOLTIPS).remove();
    return c;
  }

  /** A cell's text with its line breaks kept ({@code <br>} between result lines), spaces collapsed. */
  static String cellText(Element cell) {
    Element c = withoutTooltips(cell);
    c.select(BREAKS).after("\n");
    StringBuilder out = new StringBuilder();
    for (String line : c.wholeText().split("\n")) {
      String l = clean(line);
      if (!l.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
  }

  static String clean(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }
}
