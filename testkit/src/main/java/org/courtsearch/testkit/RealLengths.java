package org.courtsearch.testkit;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives generated decisions the lengths real ones have. Published acts run from a page to a few
 * hundred: measured on an office corpus of real shape, median 3.9k characters, mean 12k, the
 * largest 3.4M — a log-normal with median 3,900 and σ 1.5 (its mean is then 12k). The generator's
 * own texts are a few kilobytes each, kinder to the node than real ones (issue 22). The length is
 * made up of what makes real acts long: the testimony, documents and evidence recited in the
 * reasons, inserted before the operative part, so no field the ground truth holds changes.
 */
final class RealLengths {
  private static final double MU = Math.log(3900);
  private static final double SIGMA = 1.5;
  /** Longer acts exist (3.4M); the index's text limit cuts them at 2M, and a corpus of them would be gigabytes. */
  static final int MAX = 400_000;

  private static final List<String> RECITALS = List.of(
      "Из оглашенных в судебном заседании показаний свидетеля ФИО%d следует, что %s он находился по месту службы, "
          + "где ему стало известно об отсутствии военнослужащего на построении; о причинах неявки ему ничего не известно. ",
      "Допрошенный в судебном заседании свидетель ФИО%d показал, что %s около 9 часов прибыл в расположение подразделения, "
          + "проверил наличие личного состава и доложил командиру о результатах проверки. ",
      "Согласно протоколу осмотра места происшествия от %2$s, осмотрено помещение, описаны обстановка и изъятые предметы, "
          + "составлена фототаблица, замечаний от участвующих лиц ФИО%1$d не поступило. ",
      "Из выписки из приказа командира войсковой части от %2$s следует, что военнослужащий зачислен в списки личного "
          + "состава части и назначен на воинскую должность; копия приказа приобщена к материалам дела ФИО%1$d. ",
      "Заключением эксперта от %2$s установлено, что подсудимый каким-либо психическим расстройством не страдал и не "
          + "страдает, мог осознавать фактический характер своих действий и руководить ими; эксперт ФИО%1$d. ",
      "Оценивая исследованные доказательства, суд находит их относимыми, допустимыми и достоверными, согласующимися "
          + "между собой и с показаниями свидетеля ФИО%d, данными %s, а в совокупности достаточными для разрешения дела. ",
      "Из рапорта должностного лица ФИО%d от %s следует, что по указанному адресу проведены мероприятия по розыску, "
          + "опрошены соседи и родственники, о месте нахождения разыскиваемого сведений не получено. ");
  /** The operative part's heading, however a variant writes it (capitals, spaced letters, lower case). */
  private static final Pattern OPERATIVE = Pattern.compile(
      "(?iu)\\n\\s*(?:п\\s?р\\s?и\\s?г\\s?о\\s?в\\s?о\\s?р\\s?и\\s?л|п\\s?о\\s?с\\s?т\\s?а\\s?н\\s?о\\s?в\\s?и\\s?л|"
          + "о\\s?п\\s?р\\s?е\\s?д\\s?е\\s?л\\s?и\\s?л\\s?а?|р\\s?е\\s?ш\\s?и\\s?л)\\s*:");

  private RealLengths() {}

  /** Where the recitals go: before the operative part; where none is found, at a line break halfway, never after the signature. */
  static int operativePart(String text) {
    Matcher m = OPERATIVE.matcher(text);
    int at = -1;
    while (m.find()) {
      at = m.start() + 1;
    }
    if (at > 0) {
      return at;
    }
    int half = text.indexOf('\n', text.length() / 2);
    return half < 0 ? text.length() / 2 : half + 1;
  }

  /** A length drawn from the real distribution, at least {@code floor}. */
  static int draw(Random random, int floor) {
    double length = Math.exp(MU + SIGMA * random.nextGaussian());
    return (int) Math.min(MAX, Math.max(floor, length));
  }

  /** {@code d} with recitals before its operative part up to a length drawn from the real distribution. */
  static GeneratedDecision lengthen(GeneratedDecision d, Random random) {
    String text = d.text();
    int target = draw(random, text.length());
    if (target <= text.length()) {
      return d;
    }
    int at = operativePart(text);
    StringBuilder pad = new StringBuilder(target - text.length() + 200);
    int witness = 10;
    while (text.length() + pad.length() < target) {
      String date = String.format("%02d.%02d.20%02d", 1 + random.nextInt(28), 1 + random.nextInt(12), 20 + random.nextInt(5));
      pad.append(String.format(RECITALS.get(random.nextInt(RECITALS.size())), witness++, date));
      if (random.nextInt(4) == 0) {
        pad.append("\n");
      }
    }
    pad.append("\n");
    return d.withText(text.substring(0, at) + pad + text.substring(at));
  }
}
