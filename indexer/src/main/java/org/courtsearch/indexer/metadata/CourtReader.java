package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.indexer.metadata.CourtDirectory.Court;
import org.courtsearch.indexer.metadata.CourtDirectory.Found;
import org.courtsearch.indexer.metadata.Stems.Token;

/**
 * The court that decided an act, read from its head: the opening line's court, never one of the person's history or
 * of the act under review; the registry's court where it has it, else the name as written with its region from its
 * seat (the place line, else the town in its name), marked as derived.
 */
final class CourtReader {
  private static final Pattern ARBITRATION = Pattern.compile("(?:Высший\\s+)?Арбитражный\\s+суд(?:\\s+[А-ЯЁ][а-яё-]+(?:ой|ого|и)?\\s+(?:области|края|округа|Республики\\s+[А-ЯЁ][а-яё-]+)|\\s+Российской\\s+Федерации|\\s+города\\s+[А-ЯЁ][а-яё-]+)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COURT_PHRASE = Pattern.compile(
      "(?:\\d{1,3}(?:-?(?:й|го|му|м|ый|ого))?\\s+(?:[А-ЯЁ][а-яё]+\\s+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\\s+)(?:(?:районн|городск|гарнизонн|окружн|флотск|областн|краев|межрайонн|кассационн|апелляционн)\\w*\\s+)+(?:военн\\w+\\s+)?суд\\w*(?:\\s+(?:г\\.|города|общей)\\s*[А-ЯЁа-яё-]+)?(?:\\s+[А-ЯЁ][а-яё-]+(?:ой|ого|ей|и)\\s+(?:области|края|округа)|\\s+Республики\\s+[А-ЯЁ][а-яё-]+)?",
      Pattern.UNICODE_CHARACTER_CLASS);

  private final CourtDirectory courts;

  CourtReader(CourtDirectory courts) {
    this.courts = courts;
  }

  /**
   * The court that decided, and where the text names it ({@code start} -1 where it does not).
   *
   * @param regionSource how the region was known, when there is one
   */
  record CourtMatch(String name, String asWritten, String code, String kind, String region, String regionCode,
      RegionSource regionSource, int start, int end) {
    static CourtMatch none() {
      return new CourtMatch(null, null, null, null, null, null, null, -1, -1);
    }
  }

  /** A court named in the head: where, and the table's court (null for a name the table does not have or has twice). */
  private record Mention(int start, int end, Found found, boolean history, boolean bench) {}

  /** A mention, judged once: is it in the person's history, is it the opening line's. */
  private static Mention mention(String head, int start, int end, Found found) {
    boolean history = HISTORY.matcher(head.substring(Math.max(0, start - 50), start)).find();
    boolean bench = BENCH_AFTER.matcher(head).region(end, Math.min(head.length(), end + 40)).lookingAt()
        || BENCH_BEFORE.matcher(head.substring(Math.max(0, start - 40), start)).find();
    return new Mention(start, end, found, history, bench);
  }

  /**
   * Words before a court's name that make it another act's court: the person's history («судимого приговором
   * Оренбургского гарнизонного военного суда»), the act under review («на приговор …», «постановление судьи …»).
   */
  private static final Pattern HISTORY = Pattern.compile(
      "(?:приговор|Приговором|постановлени|Постановлением|решени|Решением|определени|Определением|судим|осужд)[а-яё]*"
          + "(?:\\s+(?:от\\s+)?[\\d.]+(?:\\s*г(?:ода|\\.)?)?|\\s+судьи|\\s+мирового\\s+судьи)?[\\s,]*$");

  /** The opening line: «<суд> в составе председательствующего», «<суд> (далее – суд) в составе:». */
  private static final Pattern BENCH_AFTER = Pattern.compile("[\\s,]*(?:\\([^)]{0,30}\\)\\s*)?в\\s+составе");
  /** «Судья Оренбургского гарнизонного военного суда Иванов И.И.», «… коллегия по уголовным делам <суда>». */
  private static final Pattern BENCH_BEFORE = Pattern.compile("(?:[Сс]удья|делам)\\s*$");

  /**
   * @param firstInstance whether the act is a first-instance one, whose УИД names the deciding
   *     court (an appeal or cassation carries the УИД of the case, from the court below)
   */
  CourtMatch read(String head, String uid, boolean firstInstance, List<String> warnings) {
    List<Token> tokens = Stems.tokens(head);
    List<String> stems = tokens.stream().map(Token::stem).toList();
    // the table's courts in order, up to the first that opens the act («… суд в составе», «Судья … суда»): no court
    // after it can be the act's
    List<Mention> mentions = new ArrayList<>();
    Mention registryBench = null;
    for (int from = 0; registryBench == null; ) {
      Optional<Found> f = courts.findFrom(stems, from);
      if (f.isEmpty()) {
        break;
      }
      Mention m = mention(head, tokens.get(f.get().start()).start(), tokens.get(f.get().end() - 1).end(), f.get());
      mentions.add(m);
      if (!m.history && m.bench) {
        registryBench = m;
      }
      from = f.get().end();
    }
    // names the table does not know are looked for only where they could still be the opening line: before the
    // table's court that is (the phrase pattern is the costliest step of reading a court)
    Matcher phrase = COURT_PHRASE.matcher(head).region(0, registryBench != null ? registryBench.start : head.length());
    while (phrase.find()) {
      int s = phrase.start();
      int e = phrase.end();
      if (mentions.stream().noneMatch(m -> m.start < e && s < m.end)) {
        mentions.add(mention(head, s, e, null));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    // the deciding court is the one of the opening line; else the first the table knows, else the first named; one
    // named in the person's history or as the court of the act under review never is
    Mention bench = null;
    Mention registered = null;
    Mention first = null;
    for (Mention m : mentions) {
      if (m.history) {
        continue;
      }
      if (bench == null && m.bench) {
        bench = m;
      }
      if (registered == null && m.found != null) {
        registered = m;
      }
      if (first == null) {
        first = m;
      }
    }
    Mention deciding = bench != null ? bench : registered != null ? registered : first;
    if (deciding != null && deciding.found != null && deciding.found.court() != null) {
      Court c = deciding.found.court();
      String asWritten = head.substring(deciding.start, deciding.end).replaceAll("\\s+", " ");
      if (c.region() == null) {
        warnings.add("region unknown for court " + c.name());
      }
      return new CourtMatch(c.name(), asWritten, c.code(), c.kind(), c.region(), c.region() == null ? null : c.regionCode(),
          courts.fromUserTable(c) ? RegionSource.COURTS_FILE : RegionSource.REGISTRY, deciding.start, deciding.end);
    }
    String asWritten = null;
    int after = -1;
    int start = -1;
    int end = -1;
    if (deciding != null) {
      asWritten = readable(head.substring(deciding.start, deciding.end));
      start = deciding.start;
      end = deciding.end;
      // an ambiguous name of the table is settled only by a region stated right after it
      after = deciding.found != null ? deciding.end : -1;
    }
    Matcher arbitration = ARBITRATION.matcher(head);
    if (asWritten == null && arbitration.find()) {
      asWritten = readable(arbitration.group());
      after = arbitration.end();
      start = arbitration.start();
      end = arbitration.end();
    }
    if (asWritten == null && firstInstance && uid != null) {
      Optional<Court> byUid = courts.byCode(uid.substring(0, 8));
      if (byUid.isPresent()) {
        Court c = byUid.get();
        warnings.add("court taken from the УИД " + uid + " (the text does not name it)");
        return new CourtMatch(c.name(), null, c.code(), c.kind(), c.region(), c.region() == null ? null : c.regionCode(),
            RegionSource.REGISTRY, -1, -1);
      }
    }
    if (asWritten == null) {
      warnings.add("court not found in the text");
      return CourtMatch.none();
    }
    String stated = after >= 0 ? head.substring(after, Math.min(head.length(), after + 60)) : asWritten;
    Optional<String> regionCode = courts.regionIn(Stems.of(stated));
    String name = courts.nominative(asWritten);
    String kind = kindOf(name);
    if (regionCode.isPresent()) {
      warnings.add("court not in the reference table; region from its name: " + name);
      return new CourtMatch(name, asWritten, null, kind, courts.region(regionCode.get()).orElse(null), regionCode.get(),
          RegionSource.COURT_NAME, start, end);
    }
    if (deciding != null && deciding.found == null) {
      // a court the table does not know: its region from its seat, the act's place line, else the town in its name
      Optional<String> seat = placeLine(head).flatMap(courts::townRegion);
      RegionSource source = RegionSource.PLACE_LINE;
      if (seat.isEmpty() && seatedInTown(kind, name)) {
        seat = courts.townRegionOfName(name);
        source = RegionSource.COURT_NAME;
      }
      if (seat.isPresent()) {
        warnings.add("court not in the reference table; region derived from its seat: " + name);
        return new CourtMatch(name, asWritten, null, kind, courts.region(seat.get()).orElse(null), seat.get(), source, start,
            end);
      }
    }
    warnings.add("court not in the reference table and region unknown: " + name);
    return new CourtMatch(name, asWritten, null, kind, null, null, null, start, end);
  }

  /** A garrison or town court is named after the town it sits in; a district court after its district. */
  private static boolean seatedInTown(String kind, String name) {
    return CourtKind.GARRISON_MILITARY.value().equals(kind) || name.toLowerCase(Locale.ROOT).contains("городск");
  }

  /**
   * The town of the act's place line: «г. Подольск 01 февраля 2023 г.», «город Подольск», «г.Подольск» on the line of
   * the date (a date glued to it, as HTML to text leaves it, too).
   */
  private static final Pattern PLACE = Pattern.compile(
      "(?<![А-Яа-яЁё])(?:г\\.|гор\\.|город)\\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?![а-яё])");

  static Optional<String> placeLine(String head) {
    Matcher m = PLACE.matcher(head);
    while (m.find()) {
      int lineStart = head.lastIndexOf('\n', m.start()) + 1;
      int lineEnd = head.indexOf('\n', m.end());
      String line = head.substring(lineStart, lineEnd < 0 ? head.length() : lineEnd);
      if (line.length() < 120 && (Dates.firstFound(line).isPresent() || line.contains("ДД.ММ.ГГГГ") || line.matches("(?s).*20\\d\\d.*"))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Whitespace folded; a name in capitals (a heading) in ordinary case: ВЫСШИЙ АРБИТРАЖНЫЙ СУД → Высший Арбитражный Суд. */
  static String readable(String name) {
    String s = name.replaceAll("\\s+", " ").trim();
    if (!s.equals(s.toUpperCase())) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (String word : s.toLowerCase().split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  static String kindOf(String name) {
    String n = name.toLowerCase();
    if (n.contains("гарнизонн")) {
      return CourtKind.GARRISON_MILITARY.value();
    }
    if (n.contains("окружн") && n.contains("военн") || n.contains("флотск")) {
      return CourtKind.DISTRICT_MILITARY.value();
    }
    if (n.contains("кассационн")) {
      return n.contains("военн") ? CourtKind.MILITARY_CASSATION.value() : CourtKind.CASSATION.value();
    }
    if (n.contains("апелляционн")) {
      return n.contains("военн") ? CourtKind.MILITARY_APPEAL.value() : CourtKind.APPEAL.value();
    }
    if (n.contains("районн") || n.contains("городск") && !n.contains("московск") || n.contains("межрайонн")) {
      return CourtKind.DISTRICT.value();
    }
    if (n.contains("областн") || n.contains("краев") || n.contains("верховн") && n.contains("республик")) {
      return CourtKind.REGIONAL.value();
    }
    if (n.contains("мирово")) {
      return CourtKind.MAGISTRATE.value();
    }
    if (n.contains("арбитраж")) {
      return CourtKind.ARBITRATION.value();
    }
    return CourtKind.OTHER.value();
  }
}
