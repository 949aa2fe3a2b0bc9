package org.courtsearch.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Rank;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.decision.ServiceBasis;

/**
 * One convicted person's sentence and service, drawn as facts and written in one of the forms courts write them in:
 * the basis of service (по мобилизации, призванного по мобилизации, мобилизованного, в порядке частичной мобилизации,
 * only in the facts, по контракту, заключившего контракт, военнослужащего по контракту, по призыву, добровольческое
 * формирование, людской резерв), the rank in the genitive before the name, after it, or «в воинском звании «…»», the unit
 * with and without «№», as «в/ч», masked two ways; the term with the number in words in brackets, digits alone, words
 * alone, «сроком», before the punishment («в виде 5 (пяти) лет лишения свободы», «назначить ему 5 (пять) лет …»),
 * «полтора года»; the suspension as its own paragraph, inline, «установив испытательный срок», «продолжительностью»; the fine
 * with words in brackets (genitive or nominative), digits run together, «тыс.», words alone, «руб.». The facts are drawn
 * by a random of their own, so a form changes only the writing.
 */
final class Sentencing {
  /** How many kinds of writing a {@link Variant#sentenceForm()} chooses among. */
  static final int FORMS = 7;

  private static final Rank[] RANKS = {Rank.PRIVATE, Rank.PRIVATE, Rank.PRIVATE, Rank.PRIVATE, Rank.PRIVATE, Rank.LANCE_CORPORAL,
    Rank.LANCE_CORPORAL, Rank.JUNIOR_SERGEANT, Rank.SERGEANT, Rank.SENIOR_SERGEANT, Rank.SEAMAN, Rank.SENIOR_SEAMAN, Rank.STARSHINA,
    Rank.PETTY_OFFICER_2, Rank.PRAPORSHCHIK, Rank.MICHMAN, Rank.LIEUTENANT, Rank.SENIOR_LIEUTENANT, Rank.CAPTAIN, Rank.MAJOR,
    Rank.CAPTAIN_3, Rank.JUNIOR_LIEUTENANT};
  private static final long[] FINES = {5_000, 10_000, 20_000, 25_000, 30_000, 40_000, 50_000, 100_000, 150_000, 200_000};
  private static final String[] FINES_GENITIVE = {"пяти тысяч", "десяти тысяч", "двадцати тысяч", "двадцати пяти тысяч",
    "тридцати тысяч", "сорока тысяч", "пятидесяти тысяч", "ста тысяч", "ста пятидесяти тысяч", "двухсот тысяч"};
  private static final String[] FINES_NOMINATIVE = {"пять тысяч", "десять тысяч", "двадцать тысяч", "двадцать пять тысяч",
    "тридцать тысяч", "сорок тысяч", "пятьдесят тысяч", "сто тысяч", "сто пятьдесят тысяч", "двести тысяч"};

  /** The facts of one sentence. */
  record Facts(ServiceBasis basis, Rank rank, String unit, Punishment main, Integer termMonths, boolean suspended,
      Integer probationMonths, Long fine, int fineIndex, boolean art64, boolean aggregate, int firstCountMonths, boolean withFine) {

    Sentence truth(String person) {
      return new Sentence(person, basis, unit, rank, main, termMonths, suspended, suspended ? probationMonths : null, fine, null,
          withFine ? List.of(Punishment.FINE) : List.of(), art64, suspended);
    }
  }

  /** The service of a defendant whose act gives no sentence. */
  static final Facts UNCOUNTED = new Facts(ServiceBasis.MOBILISED, Rank.PRIVATE, Sentence.MASKED_UNIT, null, null, false, null, null, -1,
      false, false, 0, false);

  private Sentencing() {}

  /**
   * @param kind the generator's own draw: 0 real prison, 1 suspended prison, 2 a fine, 3 a military punishment
   * @param years the term's years the generator drew
   */
  static Facts draw(Random r, boolean military, int kind, int years, boolean aggregate) {
    ServiceBasis basis = null;
    Rank rank = null;
    String unit = null;
    if (military) {
      int b = r.nextInt(100);
      basis = b < 55 ? ServiceBasis.MOBILISED : b < 88 ? ServiceBasis.CONTRACT : b < 96 ? ServiceBasis.CONSCRIPT : ServiceBasis.OTHER;
      rank = RANKS[r.nextInt(RANKS.length)];
      unit = r.nextInt(10) < 4 ? Sentence.MASKED_UNIT : String.valueOf(10_000 + r.nextInt(89_999));
    }
    boolean masked = r.nextInt(20) == 0;
    boolean art64 = r.nextInt(10) == 0;
    int months = r.nextInt(4) == 0 ? 6 : 0;
    Integer probation = new int[] {12, 18, 24, 30, 36}[r.nextInt(5)];
    int fineIndex = r.nextInt(FINES.length);
    boolean withFine = !military && r.nextInt(3) == 0; // a prison term with a fine beside it (ч. 2 ст. 158, ст. 290 …)
    return switch (kind) {
      case 0 -> new Facts(basis, rank, unit, Punishment.IMPRISONMENT, masked ? null : years * 12 + months, false, null,
          withFine ? FINES[fineIndex] : null, withFine ? fineIndex : -1, art64, aggregate, 12, withFine);
      case 1 -> new Facts(basis, rank, unit, Punishment.IMPRISONMENT, years * 12 + months, true, probation, null, -1, false, aggregate, 12, false);
      case 2 -> new Facts(basis, rank, unit, Punishment.FINE, null, false, null, FINES[fineIndex], fineIndex, false, false, 0, false);
      default -> r.nextBoolean()
          ? new Facts(basis, rank, unit, Punishment.MILITARY_SERVICE_RESTRICTION, new int[] {6, 12, 18, 24}[r.nextInt(4)], false, null,
              null, -1, false, false, 0, false)
          : new Facts(basis, rank, unit, Punishment.DISCIPLINARY_UNIT, new int[] {3, 6, 12, 18}[r.nextInt(4)], false, null, null, -1,
              false, false, 0, false);
    };
  }

  /** The serviceman in the description of the person: unit, rank and name, then (per form) the basis. */
  static String serviceman(Facts f, int form, String rest) {
    String unit = unit(f, form);
    String basis = basisInHead(f, form);
    String name = switch (form % 3) {
      case 1 -> "ФИО1, родившегося ДД.ММ.ГГГГ в <адрес>, военнослужащего " + unit + ", " + genitive(f.rank()) + ", ";
      case 2 -> "ФИО1, родившегося ДД.ММ.ГГГГ в <адрес>, проходящего службу в " + unit
          + " в воинском звании «" + f.rank().value() + "», ";
      default -> "военнослужащего " + unit + " " + genitive(f.rank()) + " ФИО1, родившегося ДД.ММ.ГГГГ в <адрес>, ";
    };
    return name + rest + (basis.isEmpty() ? "" : ", " + basis) + ",";
  }

  private static String unit(Facts f, int form) {
    if (Sentence.MASKED_UNIT.equals(f.unit())) {
      return form % 2 == 0 ? "войсковой части <данные изъяты>" : "войсковой части *****";
    }
    return switch (form % 3) {
      case 1 -> "войсковой части № " + f.unit();
      case 2 -> "в/ч " + f.unit();
      default -> "войсковой части " + f.unit();
    };
  }

  /** Whether this form names the basis in the facts rather than in the description. */
  static boolean basisInFacts(int form) {
    return form % FORMS == 4;
  }

  private static String basisInHead(Facts f, int form) {
    if (basisInFacts(form)) {
      return "";
    }
    return switch (f.basis()) {
      case MOBILISED -> switch (form % 4) {
        case 1 -> "призванного на военную службу по мобилизации ДД.ММ.ГГГГ";
        case 2 -> "мобилизованного ДД.ММ.ГГГГ";
        case 3 -> "призванного на военную службу в порядке частичной мобилизации";
        default -> "проходящего военную службу по мобилизации с ДД.ММ.ГГГГ";
      };
      case CONTRACT -> switch (form % 3) {
        case 1 -> "заключившего контракт о прохождении военной службы ДД.ММ.ГГГГ";
        case 2 -> "военнослужащего по контракту";
        default -> "проходящего военную службу по контракту с ДД.ММ.ГГГГ";
      };
      case CONSCRIPT -> switch (form % 3) {
        case 1 -> "призванного на военную службу по призыву ДД.ММ.ГГГГ";
        case 2 -> "военнослужащего по призыву";
        default -> "проходящего военную службу по призыву с ДД.ММ.ГГГГ";
      };
      case OTHER -> form % 2 == 0 ? "пребывающего в добровольческом формировании" : "состоящего в мобилизационном людском резерве";
    };
  }

  /** The facts' first words where the basis is named there: «ФИО1, проходящий военную службу по контракту, …». */
  static String basisInFactsPhrase(Facts f, int form) {
    if (f.basis() == null || !basisInFacts(form)) {
      return "ФИО1";
    }
    return "ФИО1, " + switch (f.basis()) {
      case MOBILISED -> "призванный на военную службу по мобилизации";
      case CONTRACT -> "проходящий военную службу по контракту";
      case CONSCRIPT -> "проходящий военную службу по призыву";
      case OTHER -> "пребывающий в добровольческом формировании";
    } + ",";
  }

  /** «назначить ему наказание …»: the operative part after the verdict, ending with a full stop. */
  static String punishment(Facts f, int form, List<String> counts) {
    StringBuilder s = new StringBuilder();
    String intro = f.art64() ? "назначить ему наказание с применением ст. 64 УК РФ " : "назначить ему наказание ";
    if (f.aggregate() && counts.size() > 1) {
      s.append("назначить ему наказание:\n");
      for (int i = 0; i < counts.size(); i++) {
        int months = i == 0 ? f.firstCountMonths() : f.termMonths() == null ? 48 : Math.max(12, f.termMonths() - 6);
        s.append("– по ").append(counts.get(i)).append(" в виде лишения свободы на срок ").append(term(months, 0, false)).append(";\n");
      }
      s.append("На основании ч. 2 ст. 69 УК РФ по совокупности преступлений путем частичного сложения назначенных наказаний окончательно ")
          .append("назначить ФИО1 наказание ");
      intro = f.art64() ? "с применением ст. 64 УК РФ " : "";
    }
    s.append(intro);
    switch (f.main()) {
      case IMPRISONMENT -> s.append(prison(f, form));
      case FINE -> s.append("в виде штрафа в размере ").append(fine(f, form));
      case MILITARY_SERVICE_RESTRICTION -> s.append("в виде ограничения по военной службе ").append(termAfter(f.termMonths(), form))
          .append(" с удержанием в доход государства 10 процентов денежного довольствия");
      case DISCIPLINARY_UNIT -> s.append("в виде содержания в дисциплинарной воинской части ").append(termAfter(f.termMonths(), form));
      default -> throw new IllegalStateException(f.main().toString());
    }
    if (f.suspended()) {
      s.append(switch (form % 4) {
        case 1 -> " условно с испытательным сроком " + term(f.probationMonths(), 1, false) + ".";
        case 2 -> ".\nВ соответствии со ст. 73 УК РФ назначенное ФИО1 наказание в виде лишения свободы считать условным, установив "
            + "испытательный срок " + term(f.probationMonths(), 1, false) + ".";
        case 3 -> ".\nНа основании ст. 73 УК РФ назначенное наказание считать условным с испытательным сроком продолжительностью "
            + term(f.probationMonths(), 0, false) + ".";
        default -> ".\nНа основании ст. 73 УК РФ назначенное ФИО1 наказание считать условным с испытательным сроком "
            + term(f.probationMonths(), 0, false) + ".";
      });
    } else if (f.main() == Punishment.IMPRISONMENT) {
      s.append(" с отбыванием наказания в исправительной колонии общего режима")
          .append(f.withFine() ? " со штрафом в размере " + fine(f, form) : "").append('.');
    } else {
      s.append('.');
    }
    return s.toString();
  }

  private static String prison(Facts f, int form) {
    if (f.termMonths() == null) {
      return "в виде лишения свободы на срок <данные изъяты>";
    }
    return switch (form % FORMS) {
      case 4 -> "в виде " + term(f.termMonths(), 0, true) + " лишения свободы";
      case 5 -> "в виде " + term(f.termMonths(), 2, true) + " лишения свободы";
      default -> "в виде лишения свободы " + termAfter(f.termMonths(), form);
    };
  }

  /** «на срок 5 (пять) лет», «на срок 5 лет», «на срок пять лет», «сроком на 5 лет», «на срок полтора года». */
  private static String termAfter(int months, int form) {
    return switch (form % FORMS) {
      case 1 -> "на срок " + term(months, 1, false);
      case 2 -> "на срок " + term(months, 2, false);
      case 3 -> "сроком на " + term(months, 1, false);
      case 6 -> months == 18 ? "на срок полтора года" : "на срок " + term(months, 2, false);
      default -> "на срок " + term(months, 0, false);
    };
  }

  /**
   * A term in years and months.
   *
   * @param style 0 digits with words in brackets, 1 digits, 2 words
   * @param genitive «пяти лет» rather than «пять лет»
   */
  static String term(int months, int style, boolean genitive) {
    List<String> parts = new ArrayList<>();
    if (months >= 12) {
      parts.add(quantity(months / 12, style, genitive) + " " + yearWord(months / 12, genitive));
    }
    if (months % 12 != 0) {
      parts.add(quantity(months % 12, style, genitive) + " " + monthWord(months % 12, genitive));
    }
    return String.join(" ", parts);
  }

  private static final String[] NOMINATIVE = {"", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
    "одиннадцать", "двенадцать"};
  private static final String[] GENITIVE = {"", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти",
    "десяти", "одиннадцати", "двенадцати"};

  private static String quantity(int n, int style, boolean genitive) {
    String words = (genitive ? GENITIVE : NOMINATIVE)[n];
    return switch (style) {
      case 1 -> String.valueOf(n);
      case 2 -> words;
      default -> n + " (" + words + ")";
    };
  }

  private static String yearWord(int n, boolean genitive) {
    if (genitive) {
      return n == 1 ? "года" : "лет";
    }
    return n == 1 ? "год" : n < 5 ? "года" : "лет";
  }

  private static String monthWord(int n, boolean genitive) {
    if (genitive) {
      return n == 1 ? "месяца" : "месяцев";
    }
    return n == 1 ? "месяц" : n < 5 ? "месяца" : "месяцев";
  }

  /** «30 000 (тридцати тысяч) рублей», «30000 рублей», «30 тыс. рублей», «тридцати тысяч рублей», «30 000 руб.», nominative words. */
  private static String fine(Facts f, int form) {
    long n = f.fine();
    String grouped = String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    return switch (form % 6) {
      case 1 -> n + " рублей";
      case 2 -> n / 1000 + " тыс. рублей";
      case 3 -> FINES_GENITIVE[f.fineIndex()] + " рублей";
      case 4 -> grouped + " руб";
      case 5 -> grouped + " (" + FINES_NOMINATIVE[f.fineIndex()] + ") рублей";
      default -> grouped + " (" + FINES_GENITIVE[f.fineIndex()] + ") рублей";
    };
  }

  /** A rank in the genitive: «рядового», «старшего сержанта», «старшины 2 статьи», «капитана 3 ранга». */
  static String genitive(Rank r) {
    List<String> out = new ArrayList<>();
    String[] words = r.value().split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean tail = i > 0 && (w.matches("\\d") || w.equals("статьи") || w.equals("ранга"));
      if (tail) {
        out.add(w);
      } else if (w.endsWith("ой") || w.endsWith("ый")) {
        out.add(w.substring(0, w.length() - 2) + "ого");
      } else if (w.endsWith("ий")) {
        out.add(w.substring(0, w.length() - 2) + (w.endsWith("жий") || w.endsWith("ший") ? "его" : "ого"));
      } else if (w.endsWith("а")) {
        out.add(w.substring(0, w.length() - 1) + "ы");
      } else {
        out.add(w + "а");
      }
    }
    return String.join(" ", out);
  }
}
