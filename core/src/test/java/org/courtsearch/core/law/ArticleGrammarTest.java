package org.courtsearch.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.courtsearch.core.law.ArticleGrammar.Citation;
import org.courtsearch.core.law.ArticleGrammar.CodeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue of real citation forms (shared/docs/domain.md, «The same article, written many ways»). */
class ArticleGrammarTest {
  static List<String> parts(String text, Code act) {
    return ArticleGrammar.parse(text, act).stream().map(c -> c.part() == null ? c.articleValue() : c.partValue()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "предусмотренного ч. 5 ст. 337 УК РФ,",
    "предусмотренного ч.5 ст.337 УК РФ,",
    "предусмотренного ч. 5 ст. 337 УК Российской Федерации,",
    "предусмотренного ч. 5 ст. 337 Уголовного кодекса РФ,",
    "предусмотренного ч. 5 ст. 337 Уголовного кодекса Российской Федерации,",
    "предусмотренного частью 5 статьи 337 Уголовного кодекса Российской Федерации,",
    "предусмотренного ч 5 ст 337 УК РФ",
    "предусмотренного ст. 337 ч. 5 УК РФ,",
    "предусмотренного ст.337 ч.5 УК РФ,",
    "предусмотренного ч. 5 ст. 337 УК России,",
    "предусмотренного ч. 5 ст. 337 уголовного кодекса Российской Федерации,",
    "предусмотренного ч. 5 ст. 337 УК,",
    "УК РФ: ст. 337 ч. 5",
    "Статья 337 Часть 5 УК РФ",
  })
  void everyFormOfOneCriminalArticle(String text) {
    assertEquals(List.of("УК РФ 337 ч.5"), parts(text, null), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "в совершении административного правонарушения, предусмотренного ч. 1 ст. 20.3 КоАП РФ",
    "в совершении административного правонарушения, предусмотренного ч. 1 ст. 20.3 КРФоАП",
    "в совершении административного правонарушения, предусмотренного ч. 1 ст. 20.3 КоАП",
    "в совершении административного правонарушения, предусмотренного ч. 1 ст. 20.3 Кодекса РФ об административных правонарушениях",
    "в совершении административного правонарушения, предусмотренного частью 1 статьи 20.3 Кодекса Российской Федерации об административных правонарушениях",
    "в совершении административного правонарушения, предусмотренного ч. 1 ст. 20.3 Кодекса об административных правонарушениях Российской Федерации",
    "предусмотренного ст. 20.3 ч. 1 КоАП РФ",
  })
  void everyFormOfOneAdministrativeOffence(String text) {
    assertEquals(List.of("КоАП РФ 20.3 ч.1"), parts(text, null), text);
  }

  @Test
  void threeLevelNumbersDecimalPartsAndPoints() {
    assertEquals(List.of("КоАП РФ 6.21.2 ч.1"), parts("по ч. 1 ст. 6.21.2 КоАП РФ", null));
    assertEquals(List.of("КоАП РФ 20.3.3"), parts("по ст. 20.3.3 КоАП РФ.", null));
    assertEquals(List.of("УК РФ 337 ч.3.1"), parts("по ч. 3.1 ст. 337 УК РФ", null));
    assertEquals(List.of("УК РФ 337 ч.2.1"), parts("по ст. 337 ч. 2.1 УК РФ", null));
    assertEquals(List.of("УК РФ 158 ч.2"), parts("по п. «в» ч. 2 ст. 158 УК РФ", null));
    assertEquals(List.of("УК РФ 158 ч.2"), parts("по пп. «а», «б» ч. 2 ст. 158 УК РФ", null));
    assertEquals(List.of("УК РФ 158 ч.2"), parts("ст.158 ч.2 п.п.а,б УК РФ", null));
    assertEquals(List.of("УК РФ 264.1 ч.1"), parts("по ч. 1 ст. 264.1 УК РФ", null));
    // real forms from shared/data/real-cases: a card's list and its act's charge
    assertEquals(List.of("УК РФ 173.1 ч.2"), parts("ст.173.1 ч.2 п.б УК РФ", null));
    assertEquals(List.of("УК РФ 173.1 ч.2"), parts("предусмотренного п. «б» ч. 2 ст. 173.1 УК РФ,", null));
    assertEquals(List.of("КоАП РФ 12.15 ч.4"), parts("ст.12.15 ч.4 КоАП РФ", null));
  }

  @Test
  void listsShareOneCode() {
    assertEquals(List.of("УК РФ 337 ч.3.1", "УК РФ 337 ч.5"), parts("по ч.ч. 3.1, 5 ст. 337 УК РФ", null));
    assertEquals(List.of("УК РФ 337 ч.1", "УК РФ 337 ч.5"), parts("по ч. 1 ст. 337, ч. 5 ст. 337 УК РФ", null));
    assertEquals(List.of("УК РФ 158 ч.2", "УК РФ 337 ч.5"), parts("по п. «в» ч. 2 ст. 158, ч. 5 ст. 337 УК РФ", null));
    assertEquals(List.of("УК РФ 337 ч.1", "УК РФ 337 ч.5"), parts("по частям 1 и 5 статьи 337 УК РФ", null));
    assertEquals(List.of("УПК РФ 307", "УПК РФ 309"), parts("руководствуясь ст.ст. 307–309 УПК РФ,", null));
    assertEquals(List.of("УПК РФ 25.1", "УПК РФ 446.3"), parts("Руководствуясь ст. 25.1, 446.3 УПК РФ, суд", null));
    assertEquals(List.of("УК РФ 158 ч.2", "УК РФ 161 ч.1", "УК РФ 163 ч.2"),
        parts("предусмотренных п. «а», «б» ч. 2 ст. 158, ч. 1 ст. 161, п. «в» ч.2 ст.163 УК РФ", null));
    assertEquals(List.of("УК РФ 183 ч.4", "УК РФ 290 ч.3"), parts("ст.183 ч.4; ст.290 ч.3 УК РФ", null));
  }

  @Test
  void anOffenceWithoutItsCodeTakesThePunitiveCodeBeforeIt() {
    String text = "обвиняемого в совершении преступления, предусмотренного ч. 4 ст. 337 УК РФ.\n"
        + "На основании изложенного и руководствуясь ст.ст. 307–309 УПК РФ, суд\nПРИГОВОРИЛ:\n"
        + "Признать ФИО1 виновным в совершении преступления, предусмотренного ч. 4 ст. 337, и назначить ему наказание";
    List<Citation> all = ArticleGrammar.parse(text, null);
    Citation verdict = all.get(all.size() - 1);
    assertEquals("УК РФ 337 ч.4", verdict.partValue());
    assertEquals(CodeSource.INHERITED, verdict.codeSource());
  }

  @Test
  void anOffenceNoCitationNamesTakesTheActsCode() {
    List<Citation> c = ArticleGrammar.parse("признать виновным в совершении преступления, предусмотренного ч. 5 ст. 337, и назначить", Code.UK);
    assertEquals("УК РФ 337 ч.5", c.get(0).partValue());
    assertEquals(CodeSource.ACT, c.get(0).codeSource());
    assertEquals(List.of(), parts("признать виновным в совершении преступления, предусмотренного ч. 5 ст. 337, и назначить", null));
  }

  @Test
  void otherLawsArticlesAreNotACodes() {
    assertEquals(List.of("УК РФ 337 ч.5"),
        parts("по ч. 5 ст. 337 УК РФ, воспользовавшись ст. 51 Конституции Российской Федерации, и ст. 2 Федерального закона", null));
    assertEquals(List.of("ГПК РФ 194", "ГПК РФ 199"), parts("Руководствуясь ст. ст. 194-199 ГПК РФ", null));
  }

  @Test
  void theSearchBoxNamesACode() {
    assertEquals(Code.UK, ArticleGrammar.code("Уголовного кодекса РФ").orElseThrow());
    assertEquals(Code.KOAP, ArticleGrammar.code("КРФоАП").orElseThrow());
    assertEquals(Code.KOAP, ArticleGrammar.code("Кодекса Российской Федерации об административных правонарушениях").orElseThrow());
  }

  @Test
  void partsWrittenAsOrdinalWordsInEveryCase() {
    String[][] ordinals = {
      {"1", "первая", "первой", "первую", "первою"}, {"2", "вторая", "второй", "вторую", "второю"},
      {"3", "третья", "третьей", "третью", "третьею"}, {"4", "четвертая", "четвёртой", "четвертую", "четвертою"},
      {"5", "пятая", "пятой", "пятую", "пятою"}, {"6", "шестая", "шестой", "шестую", "шестою"},
      {"7", "седьмая", "седьмой", "седьмую", "седьмою"}, {"8", "восьмая", "восьмой", "восьмую", "восьмою"},
      {"9", "девятая", "девятой", "девятую", "девятою"}, {"10", "десятая", "десятой", "десятую", "десятою"}};
    for (String[] o : ordinals) {
      for (int form = 1; form < o.length; form++) {
        String word = o[form];
        assertEquals(List.of("УК РФ 337 ч." + o[0]), parts("предусмотренного частью " + word + " статьи 337 УК РФ", null), word);
        assertEquals(List.of("УК РФ 228 ч." + o[0]), parts("по ч. " + word + " ст. 228 УК РФ", null), word);
        assertEquals(List.of("УК РФ 158 ч." + o[0]), parts("ст. 158 ч. " + word.toUpperCase() + " УК РФ", null), word);
      }
    }
    assertEquals(List.of("УК РФ 337 ч.1", "УК РФ 337 ч.5"), parts("по частям первой и пятой статьи 337 УК РФ", null));
    assertEquals(List.of("УК РФ 337 ч.3.1"), parts("по ч. 3.1 ст. 337 УК РФ", null), "decimal parts still read");
  }
}
