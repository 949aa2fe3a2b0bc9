package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courtsearch.core.law.Code;
import org.junit.jupiter.api.Test;

class ArticlesTest {
  static Articles.Result of(String text) {
    return Articles.extract(text);
  }

  @Test
  void everyCitationStyleOfOneCharge() {
    String[] styles = {
      "обвиняемого в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ,",
      "обвиняемого в совершении преступления, предусмотренного ч.5 ст.337 УК РФ,",
      "обвиняемого в совершении преступления, предусмотренного частью 5 статьи 337 Уголовного кодекса Российской Федерации,",
      "обвиняемого в совершении преступления, предусмотренного ст. 337 ч. 5 УК РФ,",
      "обвиняемого в совершении преступления, предусмотренного ч. 5 ст. 337 УК России,",
    };
    for (String s : styles) {
      Articles.Result r = of(s);
      assertEquals(List.of("УК РФ 337"), r.articles(), s);
      assertEquals(List.of("УК РФ 337 ч.5"), r.articleParts(), s);
    }
  }

  @Test
  void decimalPartsAndArticles() {
    assertEquals(List.of("УК РФ 337 ч.3.1"), of("обвиняемого в совершении преступления, предусмотренного ст. 337 ч. 3.1 УК РФ").articleParts());
    assertEquals(List.of("УК РФ 264.1 ч.1"), of("обвиняемого в совершении преступления, предусмотренного ч. 1 ст. 264.1 УК РФ").articleParts());
    assertEquals(List.of("КоАП РФ 6.21.2"), of("в совершении административного правонарушения, предусмотренного ст. 6.21.2 КоАП РФ").articles());
  }

  @Test
  void pointsAndListsShareTheCodeNamedAfterThem() {
    Articles.Result r = of("обвиняемого в совершении преступлений, предусмотренных п. «а», «б» ч. 2 ст. 158, ч. 1 ст. 161, п. «в» ч.2 ст.163 УК РФ");
    assertEquals(List.of("УК РФ 158", "УК РФ 161", "УК РФ 163"), r.articles());
    assertEquals(List.of("УК РФ 158 ч.2", "УК РФ 161 ч.1", "УК РФ 163 ч.2"), r.articleParts());
  }

  @Test
  void priorConvictionsAreOnlyMentioned() {
    Articles.Result r = of("ранее судимого приговором Оренбургского гарнизонного военного суда по ч. 5 ст. 337 УК РФ к 5 годам "
        + "лишения свободы условно,\nобвиняемого в совершении преступления, предусмотренного п. «в» ч. 2 ст. 158 УК РФ,");
    assertEquals(List.of("УК РФ 158"), r.articles());
    assertEquals(List.of("УК РФ 337"), r.mentioned());
  }

  @Test
  void generalPartProceduralAndArgumentsAreOnlyMentioned() {
    Articles.Result r = of("Суд квалифицирует действия по ч. 5 ст. 337 УК РФ. С учетом ст. 60, ч. 2 ст. 61 УК РФ и руководствуясь "
        + "ст.ст. 307-309 УПК РФ. Защитник просил переквалифицировать действия на ч. 3.1 ст. 337 УК РФ.");
    assertEquals(List.of("УК РФ 337"), r.articles());
    assertEquals(List.of("УК РФ 337 ч.5"), r.articleParts());
    assertTrue(r.mentioned().containsAll(List.of("УК РФ 60", "УК РФ 61", "УПК РФ 307")), r.mentioned().toString());
  }

  @Test
  void anArticleOnlyCitedInPassingIsNotCharged() {
    Articles.Result r = of("Преступление, предусмотренное статьей 275 УК РФ, отнесено к преступлениям против государственной власти.");
    assertEquals(List.of(), r.articles());
    assertEquals(List.of("УК РФ 275"), r.mentioned());
  }

  @Test
  void theConvictionAnAppealReviewsIsCharged() {
    Articles.Result r = of("по апелляционной жалобе на приговор Сочинского гарнизонного военного суда, которым ФИО1 осужден по ч. 5 ст. 337 УК РФ к лишению свободы");
    assertEquals(List.of("УК РФ 337"), r.articles());
  }

  @Test
  void administrativeOffences() {
    Articles.Result r = of("рассмотрев дело об административном правонарушении, предусмотренном частью 1 статьи 20.3 Кодекса Российской "
        + "Федерации об административных правонарушениях, ... в соответствии со ст. 29.10 КоАП РФ");
    assertEquals(List.of("КоАП РФ 20.3"), r.articles());
    assertEquals(List.of("КоАП РФ 20.3 ч.1"), r.articleParts());
    assertEquals(List.of("КоАП РФ 29.10"), r.mentioned());
  }

  @Test
  void cardStyleReverseOrder() {
    CardArticles.Parsed p = CardArticles.parse("ст.158 ч.2 п.п.а,б УК РФ; ст.183 ч.4; ст.290 ч.3 УК РФ");
    assertEquals(List.of("УК РФ 158", "УК РФ 183", "УК РФ 290"), p.articles());
    assertEquals(List.of("УК РФ 158 ч.2", "УК РФ 183 ч.4", "УК РФ 290 ч.3"), p.parts());
    assertEquals(List.of("УК РФ 158 ч.1"), CardArticles.parse("Статья 158 Часть 1", "УК РФ").parts());
  }

  @Test
  void everyCitationOfAListThatRepeatsItsFullCodeIsCharged() {
    for (String code : List.of("УК РФ", "УК Российской Федерации", "Уголовного кодекса Российской Федерации")) {
      Articles.Result r = of("признать виновным в совершении преступлений, предусмотренных ч. 2 ст. 228 " + code + ", ч. 1 ст. 158 "
          + code + " и п. «а» ч. 2 ст. 161 " + code + ", и назначить наказание");
      assertEquals(List.of("УК РФ 228 ч.2", "УК РФ 158 ч.1", "УК РФ 161 ч.2"), r.articleParts(), code);
    }
  }

  @Test
  void partsAsOrdinalWordsAreCharged() {
    assertEquals(List.of("УК РФ 337 ч.5"), of("признать виновным в совершении преступления, предусмотренного частью пятой статьи 337 "
        + "Уголовного кодекса Российской Федерации").articleParts());
    assertEquals(List.of("УК РФ 228 ч.1"), of("Действия ФИО1 суд квалифицирует по части первой статьи 228 УК РФ.").articleParts());
  }

  @Test
  void aCivilOrAdministrativeActChargesNobody() {
    String civil = "Приговором суда ответчик ФИО1 признан виновным в совершении преступления, предусмотренного ч. 2 ст. 159 УК РФ.";
    assertEquals(List.of("УК РФ 159"), Articles.extract(civil, null).articles(), "without knowing the proceeding it reads as a charge");
    for (Code code : List.of(Code.GPK, Code.KAS,
        Code.KOAP)) {
      Articles.Result r = Articles.extract(civil, code, true, false);
      assertEquals(List.of(), r.articles(), code.label());
      assertEquals(List.of("УК РФ 159"), r.mentioned(), code.label());
    }
  }

  @Test
  void theAdministrativePenaltyThatMakesAnOffenceRepeatedIsOnlyMentioned() {
    Articles.Result r = Articles.extract("ФИО1, признанный виновным в совершении административного правонарушения, предусмотренного "
        + "ч. 1 ст. 12.8 КоАП РФ, управлял автомобилем в состоянии опьянения. Признать ФИО1 виновным в совершении преступления, "
        + "предусмотренного ч. 1 ст. 264.1 УК РФ.", Code.UK, true, false);
    assertEquals(List.of("УК РФ 264.1"), r.articles());
    assertEquals(List.of("КоАП РФ 12.8"), r.mentioned());
  }

  @Test
  void aReviewIsAboutTheConvictionItReviews() {
    String[] forms = {
      "Этим приговором военнослужащий рядовой ФИО1, несудимый, осужден по ч. 2.1 ст. 337 УК РФ к лишению свободы.",
      "Квалификация действий осужденного по ч. 2.1 ст. 337 УК РФ является правильной.",
      "ФИО1, ранее не судимый, осужден по ч. 2.1 ст. 337 УК РФ к лишению свободы на срок 2 года.",
    };
    for (String f : forms) {
      assertEquals(List.of("УК РФ 337 ч.2.1"), Articles.extract(f, Code.UK, true, true).articleParts(), f);
    }
    Articles.Result prior = Articles.extract("ФИО1, ранее судимый приговором от 10.01.2019 по ч. 1 ст. 158 УК РФ, осужден по ч. 5 "
        + "ст. 337 УК РФ.", Code.UK, true, true);
    assertEquals(List.of("УК РФ 337 ч.5"), prior.articleParts(), "a prior conviction stays a mention in a review too");
  }
}
