package org.courtsearch.core.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identities of a case at one court. A case is the same case when two sources share one:
 * its УИД at that court ({@code u|28RS0004-01-2025-018120-67|28RS0004}), else the court and a
 * case number it carries ({@code n|28RS0004|2-5/2026}). The court is part of both because the
 * instances of one case share the УИД but are separate cases of separate courts.
 */
public final class CaseKeys {
  private CaseKeys() {}

  /** @param court a court's code, else its name folded (see {@link #court}) */
  public static String uid(String uid, String court) {
    return "u|" + uid.trim().toUpperCase(Locale.ROOT) + "|" + court;
  }

  /** @param number a case number, normalised (no spaces, hyphen-minus, four-digit year) */
  public static String number(String court, String number) {
    return "n|" + court + "|" + number.toUpperCase(Locale.ROOT);
  }

  /** A court's part of a key: its code when known, else its name, lower-cased with ё folded and spaces collapsed. */
  public static String court(String code, String name) {
    if (code != null && !code.isBlank()) {
      return code.trim().toUpperCase(Locale.ROOT);
    }
    return name == null ? "?" : name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\"«»]+", " ").trim();
  }

  /**
   * A decision's own case key ({@code case_key}: the court as the decision names it, and its number), which reports
   * count cases by among the texts found; the case records of {@code <index>-cases} are keyed by {@link #uid} and
   * {@link #number} instead, by the court's code where the registry knows it.
   */
  public static String decisionKey(String court, String caseNumber) {
    return court != null && caseNumber != null ? court + " | " + caseNumber : null;
  }

  /** The chain id of cases that share a УИД. */
  public static String chain(String uid) {
    return "uid:" + uid.trim().toUpperCase(Locale.ROOT);
  }

  /** The stored id of the case whose strongest key is {@code key}: short, URL-safe, stable. */
  public static String id(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      return "c" + HexFormat.of().formatHex(digest, 0, 9);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Which of two keys names a case more strongly: a УИД key over a number key, then the smaller. */
  public static int strength(String a, String b) {
    boolean ua = a.startsWith("u|");
    boolean ub = b.startsWith("u|");
    if (ua != ub) {
      return ua ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
