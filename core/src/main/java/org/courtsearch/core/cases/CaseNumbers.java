package org.courtsearch.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.Instance;

/** Case numbers (1-44/2023, 33а-647/2026, 7У-1297/2026, 22К-977/2021, А40-12345/2023) and УИД. */
public final class CaseNumbers {
  private static final Pattern NUMBER = Pattern.compile(
      "(?:№|N|No\\.?|(?<![А-Яа-яЁё])[Дд]ел[оау](?=\\s+\\d))\\s*((?:\\d{1,2}[а-яА-ЯA-Za-z]{0,2}|\\d/\\d{1,2})\\s*[-–—]\\s*\\d{1,6}\\s*[/\\\\]\\s*(?:20)?\\d{2}"
          + "|[АA]\\d{2}\\s*[-–—]\\s*\\d{1,7}\\s*/\\s*20\\d{2})(?![\\d])");
  private static final Pattern UID = Pattern.compile(
      "(?<![\\dA-Z])(\\d{2}(?:RS|OS|GV|OV|MS|KJ|AJ|AV|KV)\\d{4}-\\d{2}-20\\d{2}-\\d{6}-\\d{2})(?![\\d])");

  private CaseNumbers() {}

  /** The first case number in the text, normalised: no spaces, hyphen-minus, four-digit year. */
  public static Optional<String> first(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.find() ? Optional.of(normalise(m.group(1))) : Optional.empty();
  }

  /**
   * Prefixes of numbers given by appeal and cassation courts (33-, 22К-, 88а-, 7У-, 16-, ...; a
   * letter typed in Latin, 22K-, as scrapers' tables have it). Which instance a prefix names, where
   * it names one, is {@code Proceeding.instanceOfCaseNumber}.
   */
  private static final Pattern REVIEW = Pattern.compile("^(?:10|11|12|16|21|22|33|44|55|66|77|88|7|8)[а-яА-ЯA-Za-z]{0,2}-",
      Pattern.UNICODE_CASE);

  /**
   * The case number of this act: the first one, except that an appeal or cassation act that
   * also cites the number below ({@code Дело № 2-7212/2025 (№ 33-4818/2025)}) gets its own.
   */
  public static Optional<String> forInstance(String text, String instance) {
    return foundForInstance(text, instance).map(Found::number);
  }

  /** A case number read, normalised, and where it stands. */
  public record Found(String number, int start, int end) {}

  /** {@link #forInstance}, with where the number stands. */
  public static Optional<Found> foundForInstance(String text, String instance) {
    Matcher m = NUMBER.matcher(text);
    Found first = null;
    while (m.find()) {
      Found n = new Found(normalise(m.group(1)), m.start(1), m.end(1));
      if (first == null) {
        first = n;
        if (!Instance.isReview(instance)) {
          break;
        }
      }
      if (REVIEW.matcher(n.number()).find()) {
        return Optional.of(n);
      }
    }
    return Optional.ofNullable(first);
  }

  /** Every №-numbered case number in the text, in order, normalised. */
  public static List<String> allNumbered(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(normalise(m.group(1)));
    }
    return out;
  }

  /** Whether the number is one an appeal or cassation court gives (33-, 22К-, 7У-, 88а-…). */
  public static boolean isReview(String number) {
    return REVIEW.matcher(number).find();
  }

  public static String normalise(String number) {
    // Moscow courts' sites print the year after a backslash: 7-15168\\22
    String s = number.replaceAll("\\s+", "").replaceAll("[–—]", "-").replace('\\', '/').replaceFirst("^A", "А");
    int slash = s.lastIndexOf('/');
    if (slash > 0 && s.length() - slash - 1 == 2) {
      s = s.substring(0, slash + 1) + "20" + s.substring(slash + 1);
    }
    return s;
  }

  private static final Pattern BARE = Pattern.compile(
      "(?<![\\dА-Яа-яA-Za-z])((?:\\d{1,2}[а-яА-ЯA-Za-z]{0,2}|\\d/\\d{1,2})-\\d{1,6}[/\\\\](?:20)?\\d{2}|[АA]\\d{2}-\\d{1,7}/20\\d{2})(?![\\d])");

  /** Every case number in a card's field, e.g. both of {@code 7У-1297/2026 [77-655/2026]}. */
  public static List<String> all(String field) {
    List<String> out = new ArrayList<>();
    Matcher m = BARE.matcher(field.replaceAll("\\s*[-–—]\\s*", "-"));
    while (m.find()) {
      out.add(normalise(m.group(1)));
    }
    return out;
  }

  /**
   * A line that is a case number and nothing else ({@code 1-186/23}, {@code 1 - 186/2023}, {@code 7-15168\\22}),
   * normalised as the indexer stores it ({@code 1-186/2023}); empty for anything else.
   */
  public static Optional<String> exactly(String line) {
    String s = line == null ? "" : line.strip();
    Matcher m = BARE.matcher(s.replaceAll("\\s*[-–—]\\s*", "-"));
    return m.matches() ? Optional.of(normalise(m.group(1))) : Optional.empty();
  }

  /** A line that is a УИД and nothing else, as written (they have one form); empty for anything else. */
  public static Optional<String> uidExactly(String line) {
    String s = line == null ? "" : line.strip();
    Matcher m = UID.matcher(s);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static Optional<String> uid(String text) {
    Matcher m = UID.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
