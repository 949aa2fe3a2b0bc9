package org.courtsearch.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.web.search.Facet;

/** Russian names for stored values, and dates as Russian readers write them. */
public final class Labels {
  private static final Map<String, String> OUTCOMES = new HashMap<>();
  private static final Map<String, String> PUNISHMENTS = new HashMap<>();
  private static final Map<String, String> KINDS = new HashMap<>();
  private static final Map<String, String> TYPES = new HashMap<>();
  private static final Map<String, String> INSTANCES = Map.of(
      "first", "Первая инстанция", "appeal", "Апелляция", "cassation", "Кассация", "supervisory", "Надзор");
  private static final String[] MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
      "сентябрь", "октябрь", "ноябрь", "декабрь"};
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  static {
    for (Outcome o : Outcome.values()) {
      OUTCOMES.put(o.value(), o.label());
    }
    for (Punishment p : Punishment.values()) {
      PUNISHMENTS.put(p.value(), p.label());
    }
    for (CourtKind k : CourtKind.values()) {
      KINDS.put(k.value(), k.label());
    }
    for (DocType t : DocType.values()) {
      TYPES.put(t.value(), t.label());
    }
  }

  private Labels() {}

  public static String of(Facet facet, String value) {
    if (value == null) {
      return "—";
    }
    return switch (facet) {
      case OUTCOME -> OUTCOMES.getOrDefault(value, value);
      case PUNISHMENT -> PUNISHMENTS.getOrDefault(value, value);
      case COURT_KIND -> KINDS.getOrDefault(value, value);
      case TYPE -> TYPES.getOrDefault(value, value);
      case INSTANCE -> INSTANCES.getOrDefault(value, value);
      case MONTH -> month(value);
      default -> value;
    };
  }

  public static String outcome(String value) {
    return of(Facet.OUTCOME, value);
  }

  public static String type(String value) {
    return of(Facet.TYPE, value);
  }

  public static String punishment(String value) {
    return of(Facet.PUNISHMENT, value);
  }

  public static String kind(String value) {
    return of(Facet.COURT_KIND, value);
  }

  public static String instance(String value) {
    return of(Facet.INSTANCE, value);
  }

  /** {@code 2024-03} → «март 2024». */
  public static String month(String yearMonth) {
    if (yearMonth == null || yearMonth.length() != 7) {
      return yearMonth;
    }
    int m = Integer.parseInt(yearMonth.substring(5));
    return MONTHS[m - 1] + " " + yearMonth.substring(0, 4);
  }

  /** ISO date → 01.02.2024. */
  public static String date(String iso) {
    if (iso == null || iso.isEmpty()) {
      return "дата не указана";
    }
    return RU.format(LocalDate.parse(iso));
  }

  public static String date(LocalDate d) {
    return d == null ? "дата не указана" : RU.format(d);
  }
}
