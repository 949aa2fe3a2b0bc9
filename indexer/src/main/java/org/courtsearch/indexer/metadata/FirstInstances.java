package org.courtsearch.indexer.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.decision.FirstInstance;
import org.courtsearch.indexer.metadata.CourtDirectory.Found;
import org.courtsearch.indexer.metadata.Stems.Token;

/**
 * The case below, as an appeal or cassation act names it: «на приговор Оренбургского гарнизонного
 * военного суда от 10 января 2024 года», «приговором … суда от …», the lower court's judge on the
 * first line («Судья Иванов Д.М.») or named as «председательствующий в суде первой инстанции», and
 * the lower court's number beside the act's own ({@code Дело № 2-7212/2025 (№ 33-4818/2025)}).
 */
final class FirstInstances {
  private static final Pattern LOWER_ACT = Pattern.compile(
      "(?<![А-Яа-яЁё])(?:приговор|решени[еяю]|постановлени[еяю]|определени[еяю])(?:ом|ем)?\\s+(?!по\\s|от\\s|о\\s|в\\s)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FROM_DATE = Pattern.compile("^[^;\\n]{0,100}?\\sот\\s+([«\"]?\\d[^,;\\n]{5,30})");
  private static final String NAME = "([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\\s+([А-ЯЁ]\\.\\s?[А-ЯЁ]\\.?)";
  private static final Pattern FIRST_LINE_JUDGE = Pattern.compile("^\\s*(?:\\S+\\s+){0,3}?Судья(?:\\s+(?:суда\\s+)?(?:первой|1)(?:-й)?\\s+инстанции)?:?\\s+" + NAME);
  private static final Pattern NAMED_JUDGE = Pattern.compile(
      "(?:[Пп]редседательствующ\\w+|[Сс]удья)\\s+(?:в\\s+)?(?:суде\\s+)?(?:первой|1)(?:-й)?\\s+инстанции:?\\s+" + NAME);
  private static final Pattern COURT_PHRASE = Pattern.compile(
      "(?:\\d{1,3}(?:-?(?:й|го|му|м|ый|ого))?\\s+|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\\s+)(?:(?:районн|городск|гарнизонн|окружн|флотск|областн|краев|межрайонн)\\w*\\s+)+(?:военн\\w+\\s+)?суд\\w*",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** A magistrate's court below: «мирового судьи судебного участка № 98 Советского района г. Махачкалы … от». */
  private static final Pattern MAGISTRATE = Pattern.compile(
      "мирово(?:го|му|й)\\s+судь(?:и|е|я|ей)\\s+судебного\\s+участка\\s+№\\s*(\\d+[^,;\\n]{0,140}?)(?=\\s+от\\s|,|;)",
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private final CourtDirectory courts;

  FirstInstances(CourtDirectory courts) {
    this.courts = courts;
  }

  /**
   * @param text the act
   * @param titleAt where the act's title stands (a first-line judge comes before it)
   * @param ownNumber the act's own case number, which is not the case below's
   * @param ownCourt the court that heard the review, which is not the court below
   */
  FirstInstance find(String text, int titleAt, String ownNumber, String ownCourt) {
    String window = text.substring(0, Math.min(text.length(), 8000));
    String court = null;
    LocalDate date = null;
    Matcher act = LOWER_ACT.matcher(window);
    while (court == null && act.find()) {
      String after = window.substring(act.end(), Math.min(window.length(), act.end() + 220));
      Optional<String> named = courtAtStart(after);
      if (named.isEmpty() || named.get().equals(ownCourt)) {
        continue;
      }
      court = named.get();
      Matcher from = FROM_DATE.matcher(after);
      if (from.find()) {
        date = Dates.first(from.group(1)).orElse(null);
      }
    }
    String number = null;
    for (String n : CaseNumbers.allNumbered(window.substring(0, Math.min(window.length(), 3000)))) {
      if (!n.equals(ownNumber) && !CaseNumbers.isReview(n)) {
        number = n;
        break;
      }
    }
    String judge = null;
    Matcher first = FIRST_LINE_JUDGE.matcher(window.substring(0, Math.max(0, Math.min(titleAt, window.length()))));
    if (first.find()) {
      judge = first.group(1) + " " + first.group(2).replaceAll("\\s", "");
    } else {
      Matcher named = NAMED_JUDGE.matcher(window);
      if (named.find()) {
        judge = Judges.nominative(named.group(1)) + " " + named.group(2).replaceAll("\\s", "");
      }
    }
    FirstInstance f = new FirstInstance(court, number, judge, date);
    return f.isEmpty() ? null : f;
  }

  /** The court named at the start of {@code s}, in the nominative: the table's name, else as written. */
  private Optional<String> courtAtStart(String s) {
    Matcher magistrate = MAGISTRATE.matcher(s);
    if (magistrate.lookingAt()) {
      return Optional.of("Мировой судья судебного участка № " + magistrate.group(1).replaceAll("\\s+", " ").trim());
    }
    List<Token> tokens = Stems.tokens(s);
    List<String> stems = tokens.stream().map(Token::stem).toList();
    Optional<Found> found = courts.findFirst(stems);
    if (found.isPresent() && found.get().start() <= 1 && found.get().court() != null) {
      return Optional.of(found.get().court().name());
    }
    Matcher phrase = COURT_PHRASE.matcher(s);
    if (phrase.lookingAt()) {
      return Optional.of(courts.nominative(phrase.group()));
    }
    return Optional.empty();
  }
}
