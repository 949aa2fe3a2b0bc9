package org.courtsearch.indexer.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.text.Months;

/** Dates as decisions write them: «21» января 2025 года, 01 февраля 2023 г., 01.02.2025, 1.2.25. */
public final class Dates {
  private static final Pattern WORDS = Pattern.compile(
      "(?<![\\d.])[«\"“]?\\s*(\\d{1,2})\\s*[»\"”]?\\s+(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d])");

  private Dates() {}

  /** A date read, and where its words stand. */
  public record Found(LocalDate date, int start, int end) {}

  /** The first date in the text, either style, that is a real date between 1991 and 2100. */
  public static Optional<LocalDate> first(String text) {
    return firstFound(text).map(Found::date);
  }

  /** The first date in the text, with where it stands. */
  public static Optional<Found> firstFound(String text) {
    Found best = null;
    Matcher w = WORDS.matcher(text);
    while (w.find()) {
      LocalDate d = of(w.group(3), month(w.group(2)), w.group(1));
      if (d != null) {
        int start = w.start();
        while (Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        best = new Found(d, start, w.end());
        break;
      }
    }
    Matcher n = NUMERIC.matcher(text);
    while (n.find() && n.start() < (best == null ? Integer.MAX_VALUE : best.start())) {
      LocalDate d = of(n.group(3), Integer.parseInt(n.group(2)), n.group(1));
      if (d != null) {
        return Optional.of(new Found(d, n.start(), n.end()));
      }
    }
    return Optional.ofNullable(best);
  }

  /** A date such as {@code 21.01.2025} or {@code 2025-01-21} (case cards, sidecars). */
  public static Optional<LocalDate> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.trim();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return Optional.of(LocalDate.parse(t.substring(0, 10)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return first(t);
  }

  private static int month(String word) {
    return Months.number(word);
  }

  private static LocalDate of(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 2000;
    }
    if (y < 1991 || y > 2100 || month < 1) {
      return null;
    }
    try {
      return LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
