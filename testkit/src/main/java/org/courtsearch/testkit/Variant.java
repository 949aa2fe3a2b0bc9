package org.courtsearch.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One way of writing the same decision: the real forms of citations, case numbers, dates, place
 * lines and court lines found in published acts (shared/docs/domain.md) and in independent
 * corpora. A decision rendered in any variant must read as the same metadata as its plain
 * rendering; {@link #PLAIN} is the generator's own style, unchanged.
 *
 * @param codeForm the code's spelling, index into {@link #UK_FORMS} / {@link #KOAP_FORMS}; -1 plain
 * @param order citation order and spelling, index into {@link Order}; -1 plain
 * @param omitCode where the code is left out: 0 nowhere, 1 in the verdict, 2 everywhere after the charge line
 * @param sharedParts a list of parts of one article written once ({@code ч.ч. 1, 5 ст. 337})
 * @param caseNumberForm 0 plain ({@code Дело № 1-44/2024}), 1 {@code Дело№1-44/2024}, 2 {@code ДЕЛО № 1 - 44/2024},
 *     3 short year {@code 1-44/24}, 4 backslash {@code 1-44\24}, 5 only mid-sentence
 * @param dateForm -1 plain (the generator's own mix), else index into the date forms
 * @param placeForm 0 no place line, 1 {@code <адрес>}, 2 Moscow's {@code адрес}, 3 {@code г.о. <адрес>}
 * @param courtForm 0 plain, 1 a heading in capitals above the title, 2 genitive ({@code Судья Оренбургского
 *     гарнизонного военного суда Иванов И.И.}), 3 {@code в составе:} with a colon
 * @param repeatCode every citation of a multi-charge list with its own full code name ({@code ч. 1 ст. 337 УК Российской
 *     Федерации, ч. 5 ст. 337 УК Российской Федерации})
 * @param reviewForm how an appeal or cassation act cites the conviction it reviews: 0 {@code которым … осужден по …},
 *     1 a sentence of its own ({@code Этим приговором … несудимый, осужден по …}), 2 only in its reasons ({@code
 *     Квалификация действий осужденного по … является правильной})
 * @param historyCourt the person's history names another court ({@code судимого приговором Оренбургского гарнизонного
 *     военного суда}) before the charge
 * @param sentenceForm how a sentence writes the service, the term, the suspension and the fine: -1 each decision its own
 *     form, drawn from its facts' random; else one of {@link Sentencing#FORMS} kinds of writing for every decision
 */
public record Variant(int codeForm, int order, int omitCode, boolean sharedParts, int caseNumberForm, int dateForm,
    int placeForm, int courtForm, boolean repeatCode, int reviewForm, boolean historyCourt, int sentenceForm) {
  public static final Variant PLAIN = new Variant(-1, -1, 0, false, 0, -1, 0, 0, false, 0, false, -1);

  Variant(int codeForm, int order, int omitCode, boolean sharedParts, int caseNumberForm, int dateForm, int placeForm,
      int courtForm, boolean repeatCode, int reviewForm, boolean historyCourt) {
    this(codeForm, order, omitCode, sharedParts, caseNumberForm, dateForm, placeForm, courtForm, repeatCode, reviewForm, historyCourt, -1);
  }

  Variant(int codeForm, int order, int omitCode, boolean sharedParts, int caseNumberForm, int dateForm, int placeForm,
      int courtForm) {
    this(codeForm, order, omitCode, sharedParts, caseNumberForm, dateForm, placeForm, courtForm, false, 0, false);
  }

  static final String[] UK_FORMS = {
    "УК РФ", "УК Российской Федерации", "Уголовного кодекса РФ", "Уголовного кодекса Российской Федерации", "УК России"
  };
  static final String[] KOAP_FORMS = {
    "КоАП РФ", "КРФоАП", "КоАП", "Кодекса РФ об административных правонарушениях",
    "Кодекса Российской Федерации об административных правонарушениях"
  };

  /**
   * Citation orders: forward, compact, in words, card order, compact card order, and the part as an ordinal word
   * ({@code частью пятой статьи 337}, {@code ч. пятой ст. 337}).
   */
  enum Order { FORWARD, COMPACT, WORDS, CARD, CARD_COMPACT, ORDINAL_WORDS, ORDINAL_COMPACT }

  static final int REVIEW_FORMS = 3;

  static final int DATE_FORMS = 5;
  static final int CASE_NUMBER_FORMS = 6;
  static final int PLACE_FORMS = 4;
  static final int COURT_FORMS = 4;

  /** The catalogue: every form of every field, one dimension at a time, plus citations crossed with code forms. */
  public static List<Variant> catalogue() {
    List<Variant> out = new ArrayList<>();
    for (int code = 0; code < UK_FORMS.length; code++) {
      for (int order = 0; order < Order.values().length; order++) {
        for (int omit = 0; omit <= 2; omit++) {
          out.add(new Variant(code, order, omit, (code + order + omit) % 2 == 0, 0, -1, 0, 0));
        }
      }
    }
    for (int n = 1; n < CASE_NUMBER_FORMS; n++) {
      out.add(new Variant(-1, -1, 0, false, n, -1, 0, 0));
    }
    for (int d = 0; d < DATE_FORMS; d++) {
      out.add(new Variant(-1, -1, 0, false, 0, d, 0, 0));
    }
    for (int p = 1; p < PLACE_FORMS; p++) {
      out.add(new Variant(-1, -1, 0, false, 0, -1, p, 0));
    }
    for (int c = 1; c < COURT_FORMS; c++) {
      out.add(new Variant(-1, -1, 0, false, 0, -1, 0, c));
    }
    for (int code = 0; code < UK_FORMS.length; code++) {
      int order = new int[] {0, 1, 2, 5, 6}[code];
      out.add(new Variant(code, order, 0, false, 0, -1, 0, 0, true, 0, false));
    }
    for (int r = 1; r < REVIEW_FORMS; r++) {
      out.add(new Variant(-1, -1, 0, false, 0, -1, 0, 0, false, r, false));
      out.add(new Variant(r, 5, 1, false, 0, -1, 0, 0, false, r, false));
    }
    out.add(new Variant(-1, -1, 0, false, 0, -1, 0, 0, false, 0, true));
    out.add(new Variant(-1, -1, 0, false, 0, -1, 2, 1, false, 0, true));
    for (int f = 0; f < Sentencing.FORMS; f++) {
      out.add(new Variant(-1, -1, 0, false, 0, -1, 0, 0, false, 0, false, f));
    }
    return out;
  }

  /** Every dimension drawn at random: the "all variants switched on" corpus. */
  public static Variant random(Random r) {
    return new Variant(r.nextInt(UK_FORMS.length), r.nextInt(Order.values().length), r.nextInt(3), r.nextBoolean(),
        r.nextInt(CASE_NUMBER_FORMS), r.nextInt(DATE_FORMS), r.nextInt(PLACE_FORMS), r.nextInt(COURT_FORMS), r.nextBoolean(),
        r.nextInt(REVIEW_FORMS), r.nextBoolean(), r.nextInt(Sentencing.FORMS));
  }

  @Override
  public String toString() {
    return "code=" + codeForm + " order=" + order + " omit=" + omitCode + " shared=" + sharedParts + " number=" + caseNumberForm
        + " date=" + dateForm + " place=" + placeForm + " court=" + courtForm + " repeatCode=" + repeatCode + " review=" + reviewForm
        + " history=" + historyCourt + " sentence=" + sentenceForm;
  }
}
