package org.courtsearch.core.text;

import java.time.LocalDate;
import java.time.YearMonth;

/** Russian month names, in the two cases texts and pages use them. */
public final class Months {
  /** январь … декабрь. */
  public static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь"};
  /** января … декабря, as dates are written ({@code 21 января 2025 года}). */
  public static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
    "сентября", "октября", "ноября", "декабря"};

  private Months() {}

  /** {@code 2024-03} → «март 2024»; anything else as it is. */
  public static String label(String yearMonth) {
    if (yearMonth == null || !yearMonth.matches("\\d{4}-\\d{2}")) {
      return yearMonth;
    }
    int m = Integer.parseInt(yearMonth.substring(5));
    return NOMINATIVE[m - 1] + " " + yearMonth.substring(0, 4);
  }

  /** The month a genitive or nominative name begins (январ…, мая, май, марта…), 1–12; 0 when none. */
  public static int number(String word) {
    String w = word.toLowerCase();
    if (w.startsWith("мар")) {
      return 3;
    }
    if (w.startsWith("ма")) {
      return 5;
    }
    for (int i = 0; i < 12; i++) {
      String stem = NOMINATIVE[i].substring(0, Math.min(NOMINATIVE[i].length(), 4));
      if (w.startsWith(stem.replaceAll("[ьй]$", ""))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The month of a date, as a key ({@code 2024-03}). */
  public static String key(LocalDate date) {
    return YearMonth.from(date).toString();
  }
}
