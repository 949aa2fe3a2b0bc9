package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Rank;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.decision.ServiceBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences written in forms the generator does not write: several persons, an additional fine and deprivation of rank,
 * a masked term, hours of work, terms and fines in words, ст. 70, the ranks of other services beside the defendant's,
 * and clauses copied from published acts (samples/real).
 */
class SentencesTest {
  private static final String HEAD = "рассмотрев в открытом судебном заседании уголовное дело в отношении\n";

  private static Sentence one(String head, String body, String operative) {
    List<String> warnings = new ArrayList<>();
    List<Sentence> s = Sentences.read(head, () -> body, operative, warnings);
    assertEquals(1, s.size(), "one convicted person: " + s);
    return s.get(0);
  }

  private static Sentence one(String operative) {
    return one(HEAD + "ФИО1, несудимого,", "", operative);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "в виде лишения свободы на срок 5 (пять) лет с отбыванием наказания в исправительной колонии общего режима|60",
    "в виде лишения свободы на срок 1 (один) год 6 (шесть) месяцев|18",
    "в виде лишения свободы на срок два года и шесть месяцев|30",
    "в виде лишения свободы сроком на 3 года с отбыванием наказания в колонии-поселении|36",
    "в виде лишения свободы на срок полтора года|18",
    "в виде 4 лет 6 месяцев лишения свободы с отбыванием в исправительной колонии общего режима|54",
    "в виде одного года десяти месяцев лишения свободы|22",
    "в виде лишения свободы на срок 8 (восемь) месяцев|8",
    "в виде лишения свободы на срок 10 лет 1 месяц|121",
    "в виде содержания в дисциплинарной воинской части на срок 1 год 6 месяцев|18",
    "в виде ограничения по военной службе на срок 2 (два) года с удержанием в доход государства 15 процентов|24",
    "в виде исправительных работ на срок 1 год с удержанием 10 % заработной платы в доход государства|12",
  })
  void termsAreReadInMonthsWhateverTheirWriting(String punishment, int months) {
    Sentence s = one("Признать ФИО1 виновным в совершении преступления, предусмотренного ч. 1 ст. 337 УК РФ, и назначить ему наказание "
        + punishment + ".\nМеру пресечения оставить прежней.");
    assertEquals(months, s.termMonths());
    assertFalse(s.suspended());
    assertFalse(s.art64());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "в виде штрафа в размере 40 000 рублей|40000",
    "в виде штрафа в размере 100 000 (сто тысяч) руб.|100000",
    "в виде штрафа в доход государства в размере 25000 (двадцати пяти тысяч) рублей|25000",
    "в виде штрафа в размере двухсот пятидесяти тысяч рублей|250000",
    "в виде штрафа в размере 40 тыс. рублей|40000",
    "в виде административного штрафа в размере 1 000 (одна тысяча) рублей без конфискации|1000",
    "в виде штрафа в размере 1 500 000 рублей|1500000",
  })
  void finesAreReadInRoubles(String punishment, long roubles) {
    Sentence s = one("Признать ФИО1 виновным и назначить ему наказание " + punishment + ".");
    assertEquals(Punishment.FINE, s.punishment());
    assertEquals(roubles, s.fineRoubles());
    assertNull(s.termMonths());
  }

  @Test
  void severalPersonsEachHaveTheirSentenceAndTheirService() {
    String head = "при секретаре ФИО7, с участием государственного обвинителя – помощника военного прокурора гарнизона лейтенанта юстиции "
        + "ФИО8, защитников ФИО9 и ФИО10,\nрассмотрев уголовное дело в отношении военнослужащего войсковой части 12345 младшего сержанта "
        + "ФИО1, проходящего военную службу по контракту, и военнослужащего войсковой части <данные изъяты> рядового ФИО2, призванного "
        + "на военную службу по мобилизации,";
    String operative = "Признать ФИО1 виновным в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ, и назначить ему наказание "
        + "в виде лишения свободы на срок 6 (шесть) лет с отбыванием наказания в исправительной колонии общего режима.\n"
        + "Признать ФИО2 виновным в совершении преступления, предусмотренного ч. 5 ст. 337 УК РФ, и назначить ему наказание в виде "
        + "лишения свободы на срок 5 (пять) лет.\nНа основании ст. 73 УК РФ назначенное ФИО2 наказание считать условным с "
        + "испытательным сроком 4 (четыре) года.\nМеру пресечения осужденным оставить прежней.";
    List<Sentence> s = Sentences.read(head, () -> "", operative, new ArrayList<>());
    assertEquals(2, s.size());
    assertEquals(new Sentence("ФИО1", ServiceBasis.CONTRACT, "12345", Rank.JUNIOR_SERGEANT, Punishment.IMPRISONMENT, 72, false, null,
        null, null, List.of(), false, false), s.get(0));
    assertEquals(new Sentence("ФИО2", ServiceBasis.MOBILISED, Sentence.MASKED_UNIT, Rank.PRIVATE, Punishment.IMPRISONMENT, 60, true, 48,
        null, null, List.of(), false, true), s.get(1));
  }

  @Test
  void aPrisonTermWithAFineAndTheLossOfRankKeepsTheTermAndCountsTheRest() {
    Sentence s = one("Признать ФИО1 виновным в совершении преступления, предусмотренного ч. 3 ст. 290 УК РФ, и назначить ему наказание в "
        + "виде лишения свободы на срок 7 (семь) лет с отбыванием наказания в исправительной колонии строгого режима со штрафом в размере "
        + "1 200 000 рублей, с лишением права занимать должности на государственной службе на срок 3 года.\n"
        + "На основании ст. 48 УК РФ лишить ФИО1 воинского звания «майор».\nЗачесть в срок лишения свободы время содержания под стражей.");
    assertEquals(Punishment.IMPRISONMENT, s.punishment());
    assertEquals(84, s.termMonths());
    assertEquals(1_200_000L, s.fineRoubles());
    assertEquals(List.of(Punishment.FINE, Punishment.DEPRIVATION_OF_RIGHT, Punishment.DEPRIVATION_OF_RANK), s.additional());
  }

  @Test
  void theFinalPunishmentOfSeveralChargesOrSentencesIsThePersons() {
    Sentence s = one("Признать ФИО1 виновным в совершении преступлений, предусмотренных ч. 1 ст. 337, ч. 5 ст. 337 УК РФ, и назначить ему "
        + "наказание:\n– по ч. 1 ст. 337 УК РФ в виде лишения свободы на срок 1 год;\n– по ч. 5 ст. 337 УК РФ в виде лишения свободы на "
        + "срок 5 лет.\nНа основании ч. 3 ст. 69 УК РФ по совокупности преступлений путем частичного сложения наказаний назначить ФИО1 "
        + "наказание в виде лишения свободы на срок 5 лет 6 месяцев.\nНа основании ст. 70 УК РФ по совокупности приговоров путем частичного "
        + "присоединения неотбытой части наказания по приговору от ДД.ММ.ГГГГ окончательно назначить ФИО1 наказание в виде лишения свободы "
        + "на срок 6 (шесть) лет с отбыванием наказания в исправительной колонии общего режима.");
    assertEquals(72, s.termMonths());
  }

  @Test
  void aMaskedTermIsNullAndCounted() {
    List<String> warnings = new ArrayList<>();
    List<Sentence> s = Sentences.read(HEAD + "ФИО1,", () -> "", "Признать ФИО1 виновным и назначить ему наказание в виде <данные изъяты> "
        + "лишения свободы с отбыванием наказания в исправительной колонии общего режима.", warnings);
    assertEquals(Punishment.IMPRISONMENT, s.get(0).punishment());
    assertNull(s.get(0).termMonths());
    assertTrue(warnings.contains("sentence: term masked"), warnings.toString());
  }

  @Test
  void compulsoryWorkIsCountedInHours() {
    Sentence s = one("Признать ФИО1 виновным и назначить ему наказание в виде обязательных работ на срок 240 (двести сорок) часов.");
    assertEquals(Punishment.COMPULSORY_WORK, s.punishment());
    assertEquals(240, s.workHours());
  }

  @Test
  void article64IsReadFromTheOperativePartNotFromTheReasons() {
    String body = "Оснований для применения ст. 64 УК РФ суд не усматривает.";
    Sentence refused = one(HEAD + "ФИО1,", body, "Признать ФИО1 виновным и назначить ему наказание в виде лишения свободы на срок 2 года.");
    assertFalse(refused.art64());
    Sentence applied = one("Признать ФИО1 виновным и назначить ему наказание с применением ст. 64 УК РФ в виде штрафа в размере 30 000 "
        + "рублей.");
    assertTrue(applied.art64());
  }

  @Test
  void theRanksOfProsecutorsPoliceAndWitnessesAreNotTheDefendants() {
    String head = "с участием государственного обвинителя старшего лейтенанта юстиции ФИО5,\nрассмотрев уголовное дело в отношении бывшего "
        + "военнослужащего войсковой части 54321 по контракту старшины 1 статьи ФИО1, ранее не судимого,";
    String body = "Допрошенный в качестве свидетеля командир роты капитан ФИО6 показал, что старший лейтенант полиции ФИО7 доставил ФИО1 в часть.";
    Sentence s = one(head, body, "Признать ФИО1 виновным и назначить ему наказание в виде лишения свободы на срок 3 года.");
    assertEquals(Rank.PETTY_OFFICER_1, s.rank());
    assertEquals(ServiceBasis.CONTRACT, s.serviceBasis());
    assertEquals("54321", s.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "военнослужащего войсковой части 12345 гвардии рядового ФИО1, проходящего военную службу по мобилизации|MOBILISED|PRIVATE|12345",
    "ФИО1, призванного на военную службу в ходе частичной мобилизации, в/ч № 98765, ефрейтора|MOBILISED|LANCE_CORPORAL|98765",
    "военнослужащего по призыву войсковой части ХХХХХ матроса ФИО1|CONSCRIPT|SEAMAN|masked",
    "военнослужащего войсковой части 11111 капитана 3 ранга ФИО1, проходящего службу по контракту|CONTRACT|CAPTAIN_3|11111",
    "ФИО1, пребывающего в добровольческом формировании, рядового|OTHER|PRIVATE|",
    "военнослужащего войсковой части 70001-Б старшего лейтенанта ФИО1, мобилизованного|MOBILISED|SENIOR_LIEUTENANT|70001-Б",
    "военнослужащего войсковой части N 44042 (a file in KOI8-R: no №) рядового ФИО1, мобилизованного|MOBILISED|PRIVATE|44042",
  })
  void serviceRankAndUnitAreReadFromTheDescription(String described, String basis, String rank, String unit) {
    Sentence s = one(HEAD + described + ",", "", "Признать ФИО1 виновным и назначить ему наказание в виде лишения свободы на срок 5 лет.");
    assertEquals(ServiceBasis.valueOf(basis), s.serviceBasis());
    assertEquals(Rank.valueOf(rank), s.rank());
    assertEquals(unit, s.unit());
  }

  @Test
  void theDeclarationOfMobilisationAndTheChargeAreNotTheBasis() {
    String body = "Указом Президента Российской Федерации от 21 сентября 2022 года № 647 объявлена частичная мобилизация. ФИО1 в период "
        + "мобилизации самовольно оставил место службы.";
    Sentence s = one(HEAD + "ФИО1, ранее не судимого,", body, "Признать ФИО1 виновным и назначить ему наказание в виде лишения свободы "
        + "на срок 5 лет.");
    assertNull(s.serviceBasis());
    assertNull(s.rank());
    assertNull(s.unit());
  }

  /** Clauses copied from samples/real/03_crim_kassac_opredelenie_5kas_77-655-2026.txt (Пятый кассационный суд, 2026). */
  @Test
  void realClausesFromAPublishedCassationRuling() {
    Sentence s = one("Признать Пересыпкина виновным и назначить окончательное наказание в виде 4 лет 6 месяцев лишения свободы с "
        + "отбыванием в исправительной колонии общего режима со штрафом в размере <данные изъяты> рублей в доход государства, с лишением "
        + "права занимать должности в государственных органах (организациях) и в органах местного самоуправления, связанные с выполнением "
        + "организационно-распорядительных функций, на срок <данные изъяты>;");
    assertEquals(54, s.termMonths());
    assertNull(s.fineRoubles(), "the amount is masked");
    assertEquals(List.of(Punishment.FINE, Punishment.DEPRIVATION_OF_RIGHT), s.additional());
    Sentence masked = one("Признать Пересыпкина виновным, назначенное наказание по ч. 3 ст. 290 УК РФ с применением ст. 64 УК РФ смягчено "
        + "до <данные изъяты> месяцев лишения свободы со штрафом в размере десятикратной суммы взятки - № рублей");
    assertNull(masked.termMonths());
    assertTrue(masked.art64());
    assertNull(masked.fineRoubles(), "a multiple of the bribe is no sum");
  }
}
