package org.courtsearch.core.law;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.Instance;

/**
 * The kind of proceeding an act belongs to, and the code that defines its offences: what an
 * article cited with no code at all belongs to.
 */
public enum Proceeding {
  CRIMINAL(Code.UK),
  ADMINISTRATIVE_OFFENCE(Code.KOAP),
  CIVIL(Code.GPK),
  ADMINISTRATIVE(Code.KAS),
  ARBITRATION(Code.APK);

  private final Code code;

  Proceeding(Code code) {
    this.code = code;
  }

  /** The code whose articles an uncoded citation of this proceeding names. */
  public Code code() {
    return code;
  }

  private static final Pattern CRIMINAL_WORDS = Pattern.compile(
      "уголовн(?:ое|ого|ому|ым)\\s+дел|обвиняемого\\s+в\\s+совершении\\s+преступлени|П\\s?Р\\s?И\\s?Г\\s?О\\s?В\\s?О\\s?Р\\b");
  /** A civil or administrative (КАС) claim: such an act may recount a conviction, it never charges anyone. */
  private static final Pattern CIVIL_WORDS = Pattern.compile(
      "гражданск(?:ое|ого|ому)\\s+дел|по\\s+иску\\s|исков(?:ое|ому)\\s+заявлени|по\\s+исковому");
  private static final Pattern KAS_WORDS = Pattern.compile(
      "административн(?:ое|ому)\\s+дел[оу]\\s+по\\s+административн|административн(?:ому|ое)\\s+исков|административного\\s+истца");
  private static final Pattern OFFENCE_WORDS = Pattern.compile(
      "административн(?:ом|ого|ых)\\s+правонарушени|административной\\s+ответственности");

  /**
   * The proceeding a case number's prefix names (1-44/2023 criminal, 5-636/2023 КоАП, 2-…
   * civil, 2а-… administrative, 22-/22К-/7У-/77- criminal appeal and cassation, 7-/12-/16- КоАП
   * reviews, 33-/88- civil, 33а-/88а- administrative, А40-… arbitration).
   */
  public static Optional<Proceeding> ofCaseNumber(String caseNumber) {
    if (caseNumber == null || caseNumber.indexOf('-') <= 0) {
      return Optional.empty();
    }
    String prefix = caseNumber.substring(0, caseNumber.indexOf('-')).toUpperCase(Locale.ROOT).replaceFirst("^0+(?=\\d)", "");
    if (prefix.matches("[АA]\\d{2}")) {
      return Optional.of(ARBITRATION);
    }
    return Optional.ofNullable(switch (prefix) {
      case "1", "22", "22К", "22K", "7У", "77", "10", "4/17", "4/1", "3/1" -> CRIMINAL;
      case "5", "7", "12", "16", "3" -> ADMINISTRATIVE_OFFENCE;
      case "2", "33", "88", "8Г", "13", "9" -> CIVIL;
      case "2А", "2A", "33А", "33A", "88А", "88A", "8А", "3А" -> ADMINISTRATIVE;
      default -> null;
    });
  }

  /**
   * The instance a case number's prefix names, where it names one: 22-/22К- criminal and 33-/33а- civil and
   * administrative appeals, 7- a regional court's review of a КоАП decision (ст. 30.9 КоАП), 7У-/77-, 8Г-/88-/88а-
   * and 16- cassation. A first-instance prefix (1-, 2-, 5-…) names none: an act may still review.
   */
  public static Optional<Instance> instanceOfCaseNumber(String caseNumber) {
    if (caseNumber == null || caseNumber.indexOf('-') <= 0) {
      return Optional.empty();
    }
    String prefix = caseNumber.substring(0, caseNumber.indexOf('-')).toUpperCase(Locale.ROOT).replace('A', 'А').replace('K', 'К');
    return Optional.ofNullable(switch (prefix) {
      case "22", "22К", "22А", "22И", "33", "33А", "7" -> Instance.APPEAL;
      case "7У", "77", "8Г", "88", "88А", "8А", "16" -> Instance.CASSATION;
      default -> null;
    });
  }

  /** The proceeding an act's opening words name, for an act without a case number we know. */
  public static Optional<Proceeding> ofText(String head) {
    if (KAS_WORDS.matcher(head).find()) {
      return Optional.of(ADMINISTRATIVE);
    }
    if (CIVIL_WORDS.matcher(head).find()) {
      return Optional.of(CIVIL);
    }
    if (OFFENCE_WORDS.matcher(head).find()) {
      return Optional.of(ADMINISTRATIVE_OFFENCE);
    }
    if (CRIMINAL_WORDS.matcher(head).find()) {
      return Optional.of(CRIMINAL);
    }
    return Optional.empty();
  }
}
