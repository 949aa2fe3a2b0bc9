package org.courtsearch.indexer.metadata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;

/** What the operative part decides, and the kinds of punishment it names. */
public final class Outcomes {
  private static final Pattern OPERATIVE = Pattern.compile(
      "(?:П\\s?Р\\s?И\\s?Г\\s?О\\s?В\\s?О\\s?Р\\s?И\\s?Л|П\\s?О\\s?С\\s?Т\\s?А\\s?Н\\s?О\\s?В\\s?И\\s?Л|Р\\s?Е\\s?Ш\\s?И\\s?Л"
          + "|О\\s?П\\s?Р\\s?Е\\s?Д\\s?Е\\s?Л\\s?И\\s?Л\\s?А?)\\s*:",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern ACQUITTAL = Pattern.compile("невиновн|оправда", FLAGS);
  private static final Pattern GUILTY = Pattern.compile("призна\\w*\\s+[^;]{0,150}?виновн", FLAGS);
  private static final Pattern TERMINATED = Pattern.compile("(?:дело|преследование|производство\\s+по\\s+делу)[^;]{0,300}?прекрат|прекратить[^;]{0,200}?(?:дело|преследование|производство)", FLAGS);
  private static final Pattern RETURNED = Pattern.compile("возвратить\\s+[^.;]{0,80}?прокурор", FLAGS);
  private static final Pattern UPHELD = Pattern.compile("оставить\\s+без\\s+изменения", FLAGS);
  private static final Pattern QUASHED = Pattern.compile("\\bотменить\\b", FLAGS);
  private static final Pattern CHANGED = Pattern.compile("\\bизменить\\b", FLAGS);
  private static final Pattern PENALTY = Pattern.compile("наказани\\w*\\s+в\\s+виде\\s+([^;]{0,220})", FLAGS);
  // PDF text wraps lines anywhere, so the patterns above allow line breaks inside a clause
  private static final Pattern SUSPENDED = Pattern.compile("считать\\s+условн|условн\\w*\\s+с\\s+испытательн|ст(?:атьи|\\.)\\s*73\\s+УК", FLAGS);

  private Outcomes() {}

  /**
   * The operative part: what follows the last ПРИГОВОРИЛ: / ПОСТАНОВИЛ: / РЕШИЛ: / ОПРЕДЕЛИЛ:.
   * Every such verb ends at a colon, so the colons are visited from the end and the verb looked for
   * just before each (a case-blind search of the whole text cost a tenth of the metadata).
   */
  static String operative(String text) {
    for (int colon = text.lastIndexOf(':'); colon >= 0; colon = colon == 0 ? -1 : text.lastIndexOf(':', colon - 1)) {
      int word = colon;
      while (word > 0 && isRegexSpace(text.charAt(word - 1))) {
        word--;
      }
      Matcher m = OPERATIVE.matcher(text).region(Math.max(0, word - LONGEST_VERB), colon + 1);
      while (m.find()) {
        if (m.end() == colon + 1) {
          return text.substring(colon + 1);
        }
      }
    }
    return "";
  }

  /** «О П Р Е Д Е Л И Л А» letter-spaced, with a character to spare. */
  private static final int LONGEST_VERB = 20;

  /** What {@code \\s} matches in {@link #OPERATIVE}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  static Outcome outcome(DocType type, String instance, String operative) {
    if (operative.isEmpty()) {
      return null;
    }
    boolean review = instance != null;
    if (review) {
      if (UPHELD.matcher(operative).find() && !QUASHED.matcher(firstSentence(operative)).find()) {
        return CHANGED.matcher(firstSentence(operative)).find() ? Outcome.CHANGED : Outcome.UPHELD;
      }
      if (QUASHED.matcher(operative).find()) {
        return Outcome.QUASHED;
      }
      if (CHANGED.matcher(operative).find()) {
        return Outcome.CHANGED;
      }
    }
    if (ACQUITTAL.matcher(operative).find()) {
      return Outcome.ACQUITTAL;
    }
    if (GUILTY.matcher(operative).find()) {
      return Outcome.CONVICTION;
    }
    if (TERMINATED.matcher(operative).find()) {
      return Outcome.TERMINATION;
    }
    if (RETURNED.matcher(operative).find()) {
      return Outcome.RETURNED_TO_PROSECUTOR;
    }
    if (UPHELD.matcher(operative).find()) {
      return Outcome.UPHELD;
    }
    return Outcome.OTHER;
  }

  private static String firstSentence(String s) {
    int end = s.indexOf(';');
    int dot = s.indexOf(".\n");
    int cut = end < 0 ? dot : dot < 0 ? end : Math.min(end, dot);
    return cut < 0 ? s : s.substring(0, cut);
  }

  static List<Punishment> punishments(Outcome outcome, String operative) {
    Set<Punishment> found = new LinkedHashSet<>();
    if (outcome == Outcome.TERMINATION && operative.toLowerCase().contains("судебн") && operative.toLowerCase().contains("штраф")) {
      found.add(Punishment.COURT_FINE);
    }
    if (outcome == Outcome.CONVICTION) {
      Matcher m = PENALTY.matcher(operative);
      while (m.find()) {
        classify(m.group(1).toLowerCase(), found);
      }
      if (found.contains(Punishment.IMPRISONMENT) && SUSPENDED.matcher(operative).find()) {
        found.remove(Punishment.IMPRISONMENT); // the prison term is suspended (ст. 73 УК РФ)
        found.add(Punishment.SUSPENDED);
      }
    }
    return List.copyOf(found);
  }

  private static void classify(String phrase, Set<Punishment> found) {
    if (phrase.matches("(?sU)^лишени\\w*\\s+свобод.*")) {
      found.add(Punishment.IMPRISONMENT);
    } else if (phrase.matches("(?sU)^(?:административн\\w*\\s+|судебн\\w*\\s+)?штраф.*")) {
      found.add(phrase.startsWith("судебн") ? Punishment.COURT_FINE : Punishment.FINE);
    } else if (phrase.startsWith("обязательн")) {
      found.add(Punishment.COMPULSORY_WORK);
    } else if (phrase.startsWith("исправительн")) {
      found.add(Punishment.CORRECTIONAL_WORK);
    } else if (phrase.startsWith("принудительн")) {
      found.add(Punishment.FORCED_LABOUR);
    } else if (phrase.matches("(?sU)^ограничени\\w*\\s+по\\s+военной.*")) {
      found.add(Punishment.MILITARY_SERVICE_RESTRICTION);
    } else if (phrase.matches("(?sU)^ограничени\\w*\\s+свобод.*")) {
      found.add(Punishment.RESTRICTION_OF_FREEDOM);
    } else if (phrase.contains("дисциплинарн")) {
      found.add(Punishment.DISCIPLINARY_UNIT);
    } else if (phrase.startsWith("лишени") && phrase.contains("прав")) {
      found.add(Punishment.DEPRIVATION_OF_RIGHT);
    }
    if (phrase.contains("с лишением права") || phrase.contains("с лишением его права")) {
      found.add(Punishment.DEPRIVATION_OF_RIGHT);
    }
  }
}
