package org.courtsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class RussianChainsTest {

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void inflectedFormsOfCourtShareOneStem() throws IOException {
    Analyzer stemmed = RussianChains.stemmed();
    List<String> forms = terms(stemmed, "суд суда судом судами суде");
    assertEquals(List.of("суд", "суд", "суд", "суд", "суд"), forms);
  }

  @Test
  void leavingAndItsGenitiveShareOneStem() throws IOException {
    Analyzer stemmed = RussianChains.stemmed();
    assertEquals(terms(stemmed, "оставление"), terms(stemmed, "оставления"));
  }

  @Test
  void yoIsFoldedInBothChains() throws IOException {
    assertEquals(terms(RussianChains.stemmed(), "елка"), terms(RussianChains.stemmed(), "Ёлка"));
    assertEquals(List.of("осужденный"), terms(RussianChains.exact(), "Осуждённый"));
  }

  @Test
  void stemmedChainDropsStopWordsExactChainKeepsThem() throws IOException {
    assertEquals(List.of("виновн"), terms(RussianChains.stemmed(), "не виновным"));
    assertEquals(List.of("не", "виновным"), terms(RussianChains.exact(), "Не виновным"));
  }

  @Test
  void caseNumbersAndArticlesAreSplitByTheTokenizer() throws IOException {
    // why case numbers and article codes also live in keyword fields
    assertEquals(List.of("ст", "337"), terms(RussianChains.exact(), "ст.337"));
  }
}
