package org.courtsearch.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.courtsearch.analysis.FoldFilter;
import org.courtsearch.analysis.RussianChains;
import org.courtsearch.core.text.RussianText;
import org.junit.jupiter.api.Test;

/**
 * One set of Russian text rules: core's {@link RussianText} is the home; the analysis plugin's
 * copies (it runs inside Elasticsearch, in a class loader of its own) must agree with it, and
 * the stop words with Lucene's list that Elasticsearch's {@code _russian_} names.
 */
class TextRulesAgreeTest {
  @Test
  void theStopWordsAreLucenesFoldedAndThePluginsAlike() {
    Set<String> lucene = new TreeSet<>();
    for (Object w : RussianAnalyzer.getDefaultStopSet()) {
      lucene.add(new String((char[]) w).replace('ё', 'е'));
    }
    assertEquals(lucene, new TreeSet<>(RussianText.STOP_WORDS));
    Set<String> plugin = new TreeSet<>();
    for (Object w : RussianChains.STOP_WORDS) {
      plugin.add(new String((char[]) w));
    }
    assertEquals(new TreeSet<>(RussianText.STOP_WORDS), plugin);
  }

  @Test
  void thePluginFoldsAsCoreDoes() throws IOException {
    String text = "Осуждённый ОСУЖДЁННОГО Ёлка ёж Суд суда СУДОМ Петров-Водкин ЁЁ";
    List<String> plugin = new ArrayList<>();
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    try (TokenStream folded = new FoldFilter(tokenizer)) {
      CharTermAttribute term = folded.addAttribute(CharTermAttribute.class);
      folded.reset();
      while (folded.incrementToken()) {
        plugin.add(term.toString());
      }
      folded.end();
    }
    assertEquals(List.of(RussianText.fold(text).split(" ")), plugin);
  }
}
