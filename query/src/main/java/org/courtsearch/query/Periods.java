package org.courtsearch.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Time buckets of the decision date, one rule for the search page's month histogram and for
 * reports: a period's key ({@code 2024-03}, {@code 2024-Q1}, {@code 2024}), its first day, the
 * next one, and every period of a range with none left out (a month without decisions is a zero,
 * not a gap).
 */
public final class Periods {
  private Periods() {}

  public static String key(Dimension d, LocalDate date) {
    return switch (d) {
      case YEAR -> String.valueOf(date.getYear());
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case MONTH -> YearMonth.from(date).toString();
      default -> throw new IllegalArgumentException(d + " is not a period");
    };
  }

  public static LocalDate start(Dimension d, String key) {
    return switch (d) {
      case YEAR -> LocalDate.of(Integer.parseInt(key), 1, 1);
      case QUARTER -> LocalDate.of(Integer.parseInt(key.substring(0, 4)), (key.charAt(6) - '1') * 3 + 1, 1);
      case MONTH -> YearMonth.parse(key).atDay(1);
      default -> throw new IllegalArgumentException(d + " is not a period");
    };
  }

  public static LocalDate next(Dimension d, LocalDate start) {
    return switch (d) {
      case YEAR -> start.plusYears(1);
      case QUARTER -> start.plusMonths(3);
      case MONTH -> start.plusMonths(1);
      default -> throw new IllegalArgumentException(d + " is not a period");
    };
  }

  /**
   * Every period from the first to the last: the range's when {@code from} and {@code to} are
   * both given, else the first and last of {@code present}. Empty when there is nothing to span.
   */
  public static List<String> span(Dimension d, Collection<String> present, LocalDate from, LocalDate to) {
    NavigableSet<String> sorted = new TreeSet<>(present);
    List<String> out = new ArrayList<>();
    if (sorted.isEmpty() && (from == null || to == null)) {
      return out;
    }
    LocalDate first = from != null ? from : start(d, sorted.first());
    LocalDate last = to != null ? to : start(d, sorted.last());
    for (LocalDate p = start(d, key(d, first)); !p.isAfter(last); p = next(d, p)) {
      out.add(key(d, p));
    }
    return out;
  }
}
