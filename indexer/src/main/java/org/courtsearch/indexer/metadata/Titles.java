package org.courtsearch.indexer.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;

/**
 * The act's title: ПРИГОВОР / ПОСТАНОВЛЕНИЕ / РЕШЕНИЕ / ОПРЕДЕЛЕНИЕ, upper case or letter-spaced
 * (П Р И Г О В О Р), possibly glued to the next line by HTML conversion (Р Е Ш Е Н И ЕИменем),
 * with the instance it names (АПЕЛЛЯЦИОННОЕ, КАССАЦИОННОЕ). The operative verb ПРИГОВОРИЛ is
 * not a title.
 */
final class Titles {
  record Title(DocType type, String instance, int position) {}

  private static final Pattern TITLE = Pattern.compile(
      "(?<![А-ЯЁа-яё])(?:(?<inst>(?:А\\s?П\\s?Е\\s?Л\\s?Л\\s?Я\\s?Ц\\s?И\\s?О\\s?Н\\s?Н\\s?(?:О\\s?Е|Ы\\s?Й)"
          + "|К\\s?А\\s?С\\s?С\\s?А\\s?Ц\\s?И\\s?О\\s?Н\\s?Н\\s?(?:О\\s?Е|Ы\\s?Й)|Н\\s?А\\s?Д\\s?З\\s?О\\s?Р\\s?Н\\s?О\\s?Е"
          + "|З\\s?А\\s?О\\s?Ч\\s?Н\\s?О\\s?Е))\\s+)?"
          + "(?<word>П\\s?Р\\s?И\\s?Г\\s?О\\s?В\\s?О\\s?Р|П\\s?О\\s?С\\s?Т\\s?А\\s?Н\\s?О\\s?В\\s?Л\\s?Е\\s?Н\\s?И\\s?Е"
          + "|Р\\s?Е\\s?Ш\\s?Е\\s?Н\\s?И\\s?Е|О\\s?П\\s?Р\\s?Е\\s?Д\\s?Е\\s?Л\\s?Е\\s?Н\\s?И\\s?Е)"
          + "(?![А-ЯЁ](?![а-яё]))");
  /** The portal's header: «Судебный акт #1 (Приговор)». */
  private static final Pattern PORTAL = Pattern.compile("Судебный акт #\\d+ \\((Приговор|Постановлени|Решени|Определени)");
  /** A title in sentence case alone on its line. */
  private static final Pattern LINE = Pattern.compile(
      "(?m)^\\s*(?:(Апелляционн(?:ое|ый)|Кассационн(?:ое|ый)|Заочное)\\s+)?(Приговор|Постановление|Решение|Определение)\\s*$");

  private Titles() {}

  static Optional<Title> find(String text) {
    String head = text.length() > 6000 ? text.substring(0, 6000) : text;
    Matcher m = TITLE.matcher(head);
    while (m.find()) {
      String word = m.group("word").replaceAll("\\s", "");
      String inst = m.group("inst") == null ? "" : m.group("inst").replaceAll("\\s", "");
      return Optional.of(new Title(type(word), instance(inst), m.start()));
    }
    Matcher line = LINE.matcher(head);
    if (line.find()) {
      String inst = line.group(1) == null ? "" : line.group(1).toUpperCase();
      return Optional.of(new Title(type(line.group(2).toUpperCase()), instance(inst), line.start()));
    }
    Matcher portal = PORTAL.matcher(head);
    if (portal.find()) {
      return Optional.of(new Title(type(portal.group(1).toUpperCase()), null, portal.start()));
    }
    return Optional.empty();
  }

  private static DocType type(String upper) {
    if (upper.startsWith("ПРИГОВОР")) {
      return DocType.SENTENCE;
    }
    if (upper.startsWith("ПОСТАНОВЛЕНИ")) {
      return DocType.RULING;
    }
    if (upper.startsWith("РЕШЕНИ")) {
      return DocType.DECISION;
    }
    return DocType.DETERMINATION;
  }

  private static String instance(String inst) {
    if (inst.startsWith("АПЕЛЛЯЦИОНН")) {
      return Instance.APPEAL.value();
    }
    if (inst.startsWith("КАССАЦИОНН")) {
      return Instance.CASSATION.value();
    }
    if (inst.startsWith("НАДЗОРН")) {
      return Instance.SUPERVISORY.value();
    }
    return null;
  }
}
