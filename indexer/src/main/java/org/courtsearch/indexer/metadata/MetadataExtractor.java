package org.courtsearch.indexer.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.FirstInstance;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.law.Code;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.indexer.metadata.CourtDirectory.Court;
import org.courtsearch.indexer.metadata.CourtDirectory.Found;
import org.courtsearch.indexer.metadata.Stems.Token;

/**
 * Reads a decision's text (and the case card of the page it came from, if any) into
 * {@link DecisionMetadata}. Nothing is guessed: what the text does not tell stays null and is
 * named in the warnings.
 */
public final class MetadataExtractor {
  private static final Pattern ESTABLISHED = Pattern.compile("У\\s?С\\s?Т\\s?А\\s?Н\\s?О\\s?В\\s?И\\s?Л|установил\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARBITRATION = Pattern.compile("(?:Высший\\s+)?Арбитражный\\s+суд(?:\\s+[А-ЯЁ][а-яё-]+(?:ой|ого|и)?\\s+(?:области|края|округа|Республики\\s+[А-ЯЁ][а-яё-]+)|\\s+Российской\\s+Федерации|\\s+города\\s+[А-ЯЁ][а-яё-]+)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COURT_PHRASE = Pattern.compile(
      "(?:\\d{1,3}(?:-?(?:й|го|му|м|ый|ого))?\\s+(?:[А-ЯЁ][а-яё]+\\s+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\\s+)(?:(?:районн|городск|гарнизонн|окружн|флотск|областн|краев|межрайонн|кассационн|апелляционн)\\w*\\s+)+(?:военн\\w+\\s+)?суд\\w*(?:\\s+(?:г\\.|города|общей)\\s*[А-ЯЁа-яё-]+)?(?:\\s+[А-ЯЁ][а-яё-]+(?:ой|ого|ей|и)\\s+(?:области|края|округа)|\\s+Республики\\s+[А-ЯЁ][а-яё-]+)?",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** A review on a complaint: «рассмотрев жалобу … на постановление …». */
  private static final Pattern COMPLAINT = Pattern.compile(
      "рассмотр\\w*[^.]{0,250}?жалоб\\w*[^.]{0,250}?на\\s+(?:постановлени|решени|приговор|определени)"
          + "|жалоб\\w*\\s+на\\s+(?:постановлени|решени)\\w*\\s+(?:по\\s+делу\\s+об\\s+административном|мирового|должностного|инспектора|начальника)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CASSATION = Pattern.compile("кассационн", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final CourtDirectory courts;
  private final FirstInstances firstInstances;

  public MetadataExtractor(CourtDirectory courts) {
    this.courts = courts;
    this.firstInstances = new FirstInstances(courts);
  }

  public DecisionMetadata extract(String text, Map<String, String> card) {
    List<String> warnings = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    sources.add("text");
    Matcher established = ESTABLISHED.matcher(text);
    String head = established.find() ? text.substring(0, established.start()) : text.substring(0, Math.min(text.length(), 3000));

    Optional<Titles.Title> title = Titles.find(text);
    DocType docType = title.map(Titles.Title::type).orElse(null);
    String instance = title.map(Titles.Title::instance).orElse(null);

    String uid = CaseNumbers.uid(text.substring(0, Math.min(text.length(), 6000))).orElse(null);
    CourtMatch court = court(head, uid, title.map(Titles.Title::instance).orElse(null) == null, warnings);
    if (instance == null && court.kind != null) {
      instance = switch (court.kind) {
        case "cassation", "military_cassation" -> Instance.CASSATION.value();
        case "appeal", "military_appeal" -> Instance.APPEAL.value();
        default -> null;
      };
    }
    if (instance == null && docType != null) {
      instance = Instance.FIRST.value();
    }

    String dateRegion = title.isPresent() && title.get().position() < head.length()
        ? head.substring(title.get().position()) : head;
    LocalDate date = Dates.first(dateRegion).orElse(null);
    String caseNumber = CaseNumbers.forInstance(head, instance).orElse(null);
    if (caseNumber == null) {
      caseNumber = CaseNumbers.forInstance(text.substring(0, Math.min(text.length(), 4000)), instance).orElse(null);
    }
    if (Instance.FIRST.value().equals(instance) && title.map(Titles.Title::instance).isEmpty() && COMPLAINT.matcher(head).find()) {
      // a review on a complaint (КоАП ст. 30.1–30.7, a city court's решение) whose title names no instance
      instance = (CASSATION.matcher(head).find() ? Instance.CASSATION : Instance.APPEAL).value();
      caseNumber = CaseNumbers.forInstance(head, instance).orElse(caseNumber);
    }
    FirstInstance below = Instance.isReview(instance)
        ? firstInstances.find(text, title.map(Titles.Title::position).orElse(0), caseNumber, court.name) : null;
    Code actCode = Proceeding.ofCaseNumber(caseNumber).or(() -> Proceeding.ofText(head)).map(Proceeding::code).orElse(null);
    Articles.Result articles = Articles.extract(text, actCode);
    String judge = Judges.find(text).orElse(null);
    String operative = Outcomes.operative(text);
    Outcome outcome = Outcomes.outcome(docType, Instance.isReview(instance) ? instance : null, operative);
    List<String> punishment = Outcomes.punishments(outcome, operative);

    List<String> articleValues = articles.articles();
    List<String> partValues = articles.articleParts();
    if (!card.isEmpty()) {
      sources.add("card");
      for (Map.Entry<String, String> e : card.entrySet()) {
        String label = e.getKey().toLowerCase();
        String value = e.getValue();
        if (label.contains("идентификатор") && uid == null) {
          uid = CaseNumbers.uid(value).orElse(uid);
        } else if (label.equals("судья") && judge == null && !value.isBlank()) {
          judge = Judges.normalise(value);
        } else if (label.contains("дата рассмотрения") && date == null) {
          date = Dates.parse(value).orElse(null);
        } else if (label.equals("перечень статей") && articleValues.isEmpty()) {
          CardArticles.Parsed parsed = CardArticles.parse(value);
          articleValues = parsed.articles();
          partValues = parsed.parts();
        }
      }
    }
    if (date == null) {
      warnings.add("decision date not found (masked or missing)");
    }
    if (docType == null) {
      warnings.add("document type not found");
    }
    return new DecisionMetadata(
        title(docType, caseNumber, court.name, date),
        court.name, court.asWritten, court.code, court.kind, court.region, court.regionCode,
        date, caseNumber, uid,
        docType == null ? null : docType.value(), instance, below,
        articleValues, partValues, articles.mentioned(),
        judge, outcome == null ? null : outcome.value(), punishment,
        List.copyOf(sources), warnings);
  }

  private record CourtMatch(String name, String asWritten, String code, String kind, String region, String regionCode) {}

  /**
   * @param firstInstance whether the act is a first-instance one, whose УИД names the deciding
   *     court (an appeal or cassation carries the УИД of the case, from the court below)
   */
  private CourtMatch court(String head, String uid, boolean firstInstance, List<String> warnings) {
    List<Token> tokens = Stems.tokens(head);
    List<String> stems = tokens.stream().map(Token::stem).toList();
    Optional<Found> found = courts.findFirst(stems);
    if (found.isPresent() && found.get().court() != null) {
      Found f = found.get();
      Court c = f.court();
      String asWritten = head.substring(tokens.get(f.start()).start(), tokens.get(f.end() - 1).end()).replaceAll("\\s+", " ");
      if (c.region() == null) {
        warnings.add("region unknown for court " + c.name());
      }
      return new CourtMatch(c.name(), asWritten, c.code(), c.kind(), c.region(), c.region() == null ? null : c.regionCode());
    }
    Matcher phrase = COURT_PHRASE.matcher(head);
    String asWritten = null;
    int after = -1;
    if (found.isPresent()) {
      Found f = found.get();
      asWritten = readable(head.substring(tokens.get(f.start()).start(), tokens.get(f.end() - 1).end()));
      after = tokens.get(f.end() - 1).end();
    } else if (phrase.find()) {
      asWritten = readable(phrase.group());
      after = -1; // a court the table does not know: its region only where its own name states it
    }
    Matcher arbitration = ARBITRATION.matcher(head);
    if (asWritten == null && arbitration.find()) {
      asWritten = readable(arbitration.group());
      after = arbitration.end();
    }
    if (asWritten == null && firstInstance && uid != null) {
      Optional<Court> byUid = courts.byCode(uid.substring(0, 8));
      if (byUid.isPresent()) {
        Court c = byUid.get();
        warnings.add("court taken from the УИД " + uid + " (the text does not name it)");
        return new CourtMatch(c.name(), null, c.code(), c.kind(), c.region(), c.region() == null ? null : c.regionCode());
      }
    }
    if (asWritten == null) {
      warnings.add("court not found in the text");
      return new CourtMatch(null, null, null, null, null, null);
    }
    // an ambiguous name of the table is settled only by a region stated right after it
    String stated = after >= 0 ? head.substring(after, Math.min(head.length(), after + 60)) : asWritten;
    Optional<String> regionCode = courts.regionIn(Stems.of(stated));
    String name = CourtNames.nominative(asWritten);
    String kind = kindOf(name);
    if (regionCode.isEmpty()) {
      warnings.add("court not in the reference table and region unknown: " + name);
      return new CourtMatch(name, asWritten, null, kind, null, null);
    }
    warnings.add("court not in the reference table; region from its name: " + name);
    return new CourtMatch(name, asWritten, null, kind, courts.region(regionCode.get()).orElse(null), regionCode.get());
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

  private static String title(DocType type, String caseNumber, String court, LocalDate date) {
    StringBuilder t = new StringBuilder(type == null ? "Судебный акт" : type.label());
    if (caseNumber != null) {
      t.append(" по делу № ").append(caseNumber);
    }
    if (court != null) {
      t.append(", ").append(court);
    }
    if (date != null) {
      t.append(", ").append(RU.format(date));
    }
    return t.toString();
  }
}
