package org.courtsearch.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.courtsearch.core.text.Months;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.query.Dimension;

/** Russian names for stored values (from the one vocabulary, {@link Dimension}), and dates as Russian readers write them. */
public final class Labels {
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private Labels() {}

  public static String of(Dimension dimension, String value) {
    return dimension.valueLabel(value);
  }

  /** An enumerated field's name, by its stored value (null: the dimension's word for none). */
  public static String of(Dimension dimension, ValueLabel value) {
    return of(dimension, ValueLabel.valueOf(value));
  }

  public static String outcome(String value) {
    return of(Dimension.OUTCOME, value);
  }

  public static String type(String value) {
    return of(Dimension.TYPE, value);
  }

  public static String punishment(String value) {
    return of(Dimension.PUNISHMENT, value);
  }

  public static String kind(String value) {
    return of(Dimension.COURT_KIND, value);
  }

  public static String instance(String value) {
    return of(Dimension.INSTANCE, value);
  }

  /** {@code 2024-03} → «март 2024». */
  public static String month(String yearMonth) {
    return Months.label(yearMonth);
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

  /** A date in a form's field as Russian readers type it, whatever the browser's language: 01.02.2024; empty for none. */
  public static String dateInput(LocalDate d) {
    return d == null ? "" : RU.format(d);
  }

  /** A moment as the server's clock reads it: 01.12.2026 10:15. */
  public static String instant(Instant i) {
    return i == null ? "никогда" : MOMENT.format(i.atZone(ZoneId.systemDefault()));
  }
}
