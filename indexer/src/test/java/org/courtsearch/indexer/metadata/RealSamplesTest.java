package org.courtsearch.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Sentence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published acts (samples/real, provenance in samples/real-MANIFEST.tsv), through real extraction, against what the acts say. */
class RealSamplesTest {
  static final Path DIR = Path.of(System.getProperty("courtsearch.root", ".."), "samples", "real");
  static DocumentExtractor extractor;
  static final MetadataExtractor metadata = new MetadataExtractor(CourtDirectory.shared());

  @BeforeAll
  static void open() {
    extractor = new DocumentExtractor(ExtractionLimits.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      02_crim_postanovlenie_prekrashchenie_ufa_1-151-2026.txt | Республика Башкортостан | 2026-05-06 | 1-151/2026 | постановление | УК РФ 173.1 ч.2 | termination | Ардуванова Д.Р.
      03_crim_kassac_opredelenie_5kas_77-655-2026.txt | Ставропольский край | 2026-05-19 | 77-655/2026 | определение | УК РФ 183 ч.3;УК РФ 290 ч.3 | quashed | Бурухина М.Н.
      04_crim_kassac_card_5kas_7U-1297-2026.html | Ставропольский край | 2026-05-19 | 77-655/2026 | определение | УК РФ 183 ч.3;УК РФ 290 ч.3 | quashed | Бурухина М.Н.
      05_koap_postanovlenie_kirov_leninsky_5-174-2026.txt | Кировская область | 2026-06-05 | 5-174/2026 | постановление | КоАП РФ 19.34 ч.1 | conviction | Глушков А.С.
      06_koap_kassac_postanovlenie_5kas_16-721-2026.txt | Ставропольский край | 2026-05-05 | 16-721/2026 | постановление | КоАП РФ 12.15 ч.4 | changed | Фархутдинова Ф.Ф.
      08_civ_zaochnoe_reshenie_syktyvkar_2-7212-2025.txt | Республика Коми | 2025-08-18 | 2-7212/2025 | решение | - | other | Машкалева О.А.
      10_civ_apell_opredelenie_vs_komi_33-4818-2025.txt | Республика Коми | 2025-10-06 | 33-4818/2025 | определение | - | upheld | Костенко Е.Л.
      11_civ_kassac_opredelenie_3kas_88-4097-2026.txt | Город Санкт-Петербург | 2026-03-02 | 88-4097/2026 | определение | - | quashed | Козлова Е.В.
      14_koap_postanovlenie_berezniki_5-422-2024.txt | Пермский край | 2024-09-27 | 5-422/2024 | постановление | КоАП РФ 20.3 ч.1 | conviction | -
      15_koap_postanovlenie_anadyr_5-34-2024.txt | Чукотский автономный округ | 2024-06-19 | 5-34/2024 | постановление | КоАП РФ 20.3 ч.1 | conviction | -
      16_koap_opredelenie_peredacha_taganrog_5-656-2025.txt | Ростовская область | 2025-09-18 | 5-656/2025 | определение | КоАП РФ 6.21 ч.3 | other | -
      17_koap_postanovlenie_krasnodar_leninsky_5-145-2025.txt | Краснодарский край | 2025-02-01 | - | постановление | КоАП РФ 6.21 ч.7 | - | Залесный С.А.
      22_arb_vas_opredelenie_A04-1588-2013.pdf | - | 2014-06-10 | А04-1588/2013 | определение | - | - | -
      """)
  void readsWhatTheActSays(String file, String region, String date, String caseNumber, String docType, String parts,
      String outcome, String judge) throws Exception {
    ExtractResult r = extractor.extract(Source.of(file, Files.readAllBytes(DIR.resolve(file))));
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, file + ": " + r);
    DecisionMetadata m = metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
    assertEquals(region, m.region(), file + " region");
    assertEquals(date, String.valueOf(m.decisionDate()), file + " date");
    assertEquals(caseNumber, m.caseNumber(), file + " case number");
    assertEquals(docType, ValueLabel.valueOf(m.docType()), file + " type");
    assertEquals(parts == null ? List.of() : List.of(parts.split(";")), m.articlesPart().stream().sorted().toList(), file + " articles");
    if (outcome != null) {
      assertEquals(outcome, ValueLabel.valueOf(m.outcome()), file + " outcome");
    }
    if (judge != null) {
      assertEquals(judge, m.judge(), file + " judge");
    }
  }

  /**
   * A sentence as numbers, where a real act gives one: the КоАП rulings' fines (digits with words in brackets, «руб.»,
   * the person unnamed, as «Т.» or behind «[...]»); the acts that give none (a termination, reviews, civil and
   * arbitration acts) give no sentence, not a wrong one.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      02_crim_postanovlenie_prekrashchenie_ufa_1-151-2026.txt | - | -
      03_crim_kassac_opredelenie_5kas_77-655-2026.txt | - | -
      05_koap_postanovlenie_kirov_leninsky_5-174-2026.txt | - | 100000
      06_koap_kassac_postanovlenie_5kas_16-721-2026.txt | - | -
      08_civ_zaochnoe_reshenie_syktyvkar_2-7212-2025.txt | - | -
      10_civ_apell_opredelenie_vs_komi_33-4818-2025.txt | - | -
      14_koap_postanovlenie_berezniki_5-422-2024.txt | Т. | 1000
      15_koap_postanovlenie_anadyr_5-34-2024.txt | ФИО5 | 1000
      16_koap_opredelenie_peredacha_taganrog_5-656-2025.txt | - | -
      22_arb_vas_opredelenie_A04-1588-2013.pdf | - | -
      """)
  void aSentenceIsReadAsNumbersWhereTheActGivesOne(String file, String person, Long fine) throws Exception {
    ExtractResult r = extractor.extract(Source.of(file, Files.readAllBytes(DIR.resolve(file))));
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, file + ": " + r);
    DecisionMetadata m = metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
    if (fine == null) {
      assertEquals(List.of(), m.sentences(), file);
      return;
    }
    assertEquals(1, m.sentences().size(), file + ": " + m.sentences());
    Sentence s = m.sentences().get(0);
    assertEquals(new Sentence(person, null, null, null, Punishment.FINE, null, false, null, fine, null, List.of(), false, false), s, file);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      10_civ_apell_opredelenie_vs_komi_33-4818-2025.txt | appeal | Сыктывкарский городской суд | 2-7212/2025 | 2025-08-18
      03_crim_kassac_opredelenie_5kas_77-655-2026.txt | cassation | Промышленный районный суд г. Ставрополя | - | 2025-08-25
      06_koap_kassac_postanovlenie_5kas_16-721-2026.txt | cassation | Мировой судья судебного участка № 98 Советского района г. Махачкалы Республики Дагестан | - | 2023-12-19
      07_kas_kassac_opredelenie_5kas_88a-4989-2026.txt | cassation | Дербентский районный суд | 2а-1281/2025 | 2025-10-16
      """)
  void aReviewKeepsTheCaseBelowApart(String file, String instance, String court, String number, String date) throws Exception {
    ExtractResult r = extractor.extract(Source.of(file, Files.readAllBytes(DIR.resolve(file))));
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, file + ": " + r);
    DecisionMetadata m = metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
    assertEquals(instance, ValueLabel.valueOf(m.instance()), file);
    org.junit.jupiter.api.Assertions.assertNotNull(m.firstInstance(), file);
    assertEquals(court, m.firstInstance().court(), file);
    assertEquals(number, m.firstInstance().caseNumber(), file);
    assertEquals(date, String.valueOf(m.firstInstance().date()), file);
    org.junit.jupiter.api.Assertions.assertNotEquals(court, m.court(), file + ": the act is the reviewing court's");
  }

  /** Every real act's instance and court: reviews of every proceeding (КоАП, КАС, ГПК, УПК) belong to the reviewing court. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      02_crim_postanovlenie_prekrashchenie_ufa_1-151-2026.txt | first | Ленинский районный суд г. Уфы Республики Башкортостан
      03_crim_kassac_opredelenie_5kas_77-655-2026.txt | cassation | Пятый кассационный суд общей юрисдикции
      05_koap_postanovlenie_kirov_leninsky_5-174-2026.txt | first | Ленинский районный суд г. Кирова
      06_koap_kassac_postanovlenie_5kas_16-721-2026.txt | cassation | Пятый кассационный суд общей юрисдикции
      07_kas_kassac_opredelenie_5kas_88a-4989-2026.txt | cassation | Пятый кассационный суд общей юрисдикции
      08_civ_zaochnoe_reshenie_syktyvkar_2-7212-2025.txt | first | Сыктывкарский городской суд
      10_civ_apell_opredelenie_vs_komi_33-4818-2025.txt | appeal | Верховный Суд Республики Коми
      11_civ_kassac_opredelenie_3kas_88-4097-2026.txt | cassation | Третий кассационный суд общей юрисдикции
      12_civ_kassac_opredelenie_2kas_88-14715-2026.txt | cassation | Второй кассационный суд общей юрисдикции
      13_kas_apell_opredelenie_samara_33a-647-2026.txt | appeal | Самарский областной суд
      14_koap_postanovlenie_berezniki_5-422-2024.txt | first | Березниковский городской суд
      22_arb_vas_opredelenie_A04-1588-2013.pdf | first | Высший Арбитражный Суд Российской Федерации
      """)
  void everyActBelongsToTheCourtThatDecidedIt(String file, String instance, String court) throws Exception {
    ExtractResult r = extractor.extract(Source.of(file, Files.readAllBytes(DIR.resolve(file))));
    ExtractResult.Extracted x = assertInstanceOf(ExtractResult.Extracted.class, r, file + ": " + r);
    DecisionMetadata m = metadata.extract(x.acts().get(0).text(), x.acts().get(0).card());
    assertEquals(instance, ValueLabel.valueOf(m.instance()), file);
    assertEquals(court, m.court(), file);
  }
}
