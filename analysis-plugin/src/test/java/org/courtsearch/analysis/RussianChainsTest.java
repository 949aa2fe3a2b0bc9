package org.courtsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class RussianChainsTest {

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return collect(analyzer, text, CharTermAttribute.class, Object::toString);
  }

  /** One value of attribute {@code type} per token. */
  static <A extends org.apache.lucene.util.Attribute, T> List<T> collect(Analyzer analyzer, String text, Class<A> type,
      java.util.function.Function<A, T> value) throws IOException {
    List<T> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      A attribute = ts.addAttribute(type);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(value.apply(attribute));
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

  @Test
  void lemmasKeepCourtAndJudgeApartWhereSnowballMergesThem() throws IOException {
    Analyzer snowball = RussianChains.fullText(Morphology.SNOWBALL, false);
    assertEquals(terms(snowball, "суд"), terms(snowball, "судья"));
    Analyzer lemma = RussianChains.fullText(Morphology.MORFOLOGIK, false);
    assertEquals(List.of("суд"), terms(lemma, "суде"));
    assertEquals(List.of("судья"), terms(lemma, "судьи"));
  }

  @Test
  void ambiguousFormsStackEveryLemmaOnceAtOnePosition() throws IOException {
    Analyzer lemma = RussianChains.fullText(Morphology.MORFOLOGIK, false);
    assertEquals(List.of("суд", "судно"), terms(lemma, "суда"));
    assertEquals(List.of(1, 0), increments(lemma, "суда"));
  }

  @Test
  void lemmaChainKeepsTheWrittenFormAndStemsUnknownWords() throws IOException {
    Analyzer lemma = RussianChains.fullText(Morphology.LEMMA, false);
    assertEquals(List.of("мобилизации", "мобилизация"), terms(lemma, "Мобилизации"));
    // not in the dictionary: the light stemmer still joins the case forms
    assertEquals(terms(lemma, "шмырдяковой").get(1), terms(lemma, "шмырдяковым").get(1));
    // numbers and Latin are left alone, once
    assertEquals(List.of("337"), terms(lemma, "337"));
  }

  @Test
  void yoSpellingsMeetInLemmas() throws IOException {
    Analyzer lemma = RussianChains.fullText(Morphology.MORFOLOGIK, false);
    assertEquals(terms(lemma, "осуждённого"), terms(lemma, "осужденного"));
    assertEquals(List.of("осужденный", "осудить"), terms(lemma, "осуждённый"));
  }

  @Test
  void relatedFormsJoinVerbsAndTheirActionNounsOnlyWhenAsked() throws IOException {
    Analyzer plain = RussianChains.fullText(Morphology.LEMMA, false);
    Analyzer related = RussianChains.fullText(Morphology.LEMMA, true);
    assertEquals(List.of("оставил", "оставить"), terms(plain, "оставил"));
    assertEquals(List.of("оставил", "оставить", "оставление"), terms(related, "оставил"));
    assertTrue(terms(related, "осуждение").contains("осудить"));
    assertTrue(terms(related, "уклонился").contains("уклонение"));
    assertTrue(terms(related, "лишения").contains("лишить"));
    // no invented words: a candidate the dictionary does not know is dropped
    assertEquals(List.of("стол"), terms(RussianChains.fullText(Morphology.MORFOLOGIK, true), "столом"));
  }

  @Test
  void relatedFormsNeedADictionary() {
    assertThrows(IllegalArgumentException.class, () -> RussianChains.fullText(Morphology.SNOWBALL, true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Morphology.parse("porter"));
    assertTrue(e.getMessage().contains("snowball, light, morfologik, lemma"), e.getMessage());
  }

  static List<Integer> increments(Analyzer analyzer, String text) throws IOException {
    return collect(analyzer, text, PositionIncrementAttribute.class, PositionIncrementAttribute::getPositionIncrement);
  }

  @Test
  void aWomansSurnameKeepsItsFeminineLemma() throws IOException {
    Analyzer lemma = RussianChains.fullText(Morphology.MORFOLOGIK, false);
    assertEquals(List.of("смирнова"), terms(lemma, "Смирновой"));
    assertEquals(List.of("смирнов"), terms(lemma, "Смирновым"));
    // the man's genitive and the woman's nominative are one word: both readings stay
    assertTrue(terms(lemma, "Смирнова").containsAll(List.of("смирнов", "смирнова")));
  }

  @Test
  void foldingLowersEveryCharacterAsLuceneDoesAndFoldsYo() {
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      char[] buffer = {(char) c};
      FoldFilter.fold(buffer, 1);
      int lower = Character.toLowerCase(c);
      char expected = lower == 'ё' ? 'е' : Character.charCount(lower) == 1 ? (char) lower : (char) c;
      assertEquals(expected, buffer[0], "U+" + Integer.toHexString(c));
    }
    char[] supplementary = Character.toChars(0x10400); // DESERET CAPITAL LONG I → U+10428
    FoldFilter.fold(supplementary, 2);
    assertEquals(0x10428, Character.codePointAt(supplementary, 0));
  }
}
