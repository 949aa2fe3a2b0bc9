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
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Evidence;
import org.courtsearch.core.decision.FirstInstance;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.law.Code;
import org.courtsearch.core.law.Proceeding;
import org.courtsearch.core.text.ValueLabel;

/**
 * Reads a decision's text (and the case card of the page it came from, if any) into
 * {@link DecisionMetadata}. Nothing is guessed: what the text does not tell stays null and is
 * named in the warnings.
 */
public final class MetadataExtractor {
  private static final Pattern ESTABLISHED = Pattern.compile("У\\s?С\\s?Т\\s?А\\s?Н\\s?О\\s?В\\s?И\\s?Л|установил\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** A review on a complaint: «рассмотрев жалобу … на постановление …». */
  private static final Pattern COMPLAINT = Pattern.compile(
      "рассмотр\\w*[^.]{0,250}?жалоб\\w*[^.]{0,250}?на\\s+(?:постановлени|решени|приговор|определени)"
          + "|жалоб\\w*\\s+на\\s+(?:постановлени|решени)\\w*\\s+(?:по\\s+делу\\s+об\\s+административном|мирового|должностного|инспектора|начальника)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CASSATION = Pattern.compile("кассационн", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final CourtReader reader;
  private final FirstInstances firstInstances;

  public MetadataExtractor(CourtDirectory courts) {
    this.reader = new CourtReader(courts);
    this.firstInstances = new FirstInstances(courts);
  }

  public DecisionMetadata extract(String text, Map<String, String> card) {
    List<String> warnings = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    sources.add("text");
    Matcher established = ESTABLISHED.matcher(text);
    String head = established.find() ? text.substring(0, established.start()) : text.substring(0, Math.min(text.length(), 3000));

    Optional<Titles.Title> title = Titles.find(text);
    DocType docType = title.map(Titles.Title::type).orElse(null);
    String instance = title.map(Titles.Title::instance).orElse(null);

    String uid = CaseNumbers.uid(text.substring(0, Math.min(text.length(), 6000))).orElse(null);
    boolean titleNamesInstance = instance != null;
    CourtReader.CourtMatch court = reader.read(head, uid, !titleNamesInstance, warnings);
    if (court.start() >= 0) {
      evidence.add(new Evidence(Fields.COURT, court.name(), court.start(), court.end()));
    }
    if (instance == null && court.kind() != null) {
      instance = switch (court.kind()) {
        case "cassation", "military_cassation" -> Instance.CASSATION.value();
        case "appeal", "military_appeal" -> Instance.APPEAL.value();
        default -> null;
      };
    }
    if (instance == null && docType != null) {
      instance = Instance.FIRST.value();
    }

    int dateFrom = title.isPresent() && title.get().position() < head.length() ? title.get().position() : 0;
    Optional<Dates.Found> dateFound = Dates.firstFound(head.substring(dateFrom));
    LocalDate date = dateFound.map(Dates.Found::date).orElse(null);
    dateFound.ifPresent(d -> evidence.add(new Evidence(Fields.DECISION_DATE, d.date().toString(), dateFrom + d.start(),
        dateFrom + d.end())));
    Optional<CaseNumbers.Found> number = caseNumber(text, head, instance);
    if (!titleNamesInstance && !Instance.isReview(instance) && number.isPresent()) {
      // the number's prefix names a review (7-… a regional court on a КоАП complaint, 22-…, 33-…, 16-…)
      Optional<Instance> byNumber = Proceeding.instanceOfCaseNumber(number.get().number());
      if (byNumber.isPresent()) {
        instance = byNumber.get().value();
        number = caseNumber(text, head, instance);
      }
    }
    if (Instance.FIRST.value().equals(instance) && !titleNamesInstance && COMPLAINT.matcher(head).find()) {
      // a review on a complaint (КоАП ст. 30.1–30.7, a city court's решение) whose title names no instance
      instance = (CASSATION.matcher(head).find() ? Instance.CASSATION : Instance.APPEAL).value();
      number = caseNumber(text, head, instance).or(() -> caseNumber(text, head, Instance.FIRST.value()));
    }
    String caseNumber = number.map(CaseNumbers.Found::number).orElse(null);
    number.ifPresent(n -> evidence.add(new Evidence(Fields.CASE_NUMBER, n.number(), n.start(), n.end())));
    boolean review = Instance.isReview(instance);
    FirstInstance below = review ? firstInstances.find(text, title.map(Titles.Title::position).orElse(0), caseNumber, court.name()) : null;
    Optional<Proceeding> byNumber = Proceeding.ofCaseNumber(caseNumber);
    Optional<Proceeding> proceeding = byNumber.or(() -> Proceeding.ofText(head));
    Code actCode = proceeding.map(Proceeding::code).orElse(null);
    Articles.Result articles = Articles.extract(text, actCode, proceeding.isPresent(), review);
    Evidence list = null; // one entry per list of articles, its values joined: «УК РФ 337 ч.1; УК РФ 337 ч.5»
    for (Articles.Citation c : articles.citations()) {
      if (c.charged()) {
        String value = c.part() != null ? c.partValue() : c.articleValue();
        if (list != null && list.start() == c.position() && list.end() == c.end()) {
          list = new Evidence(Fields.ARTICLES, list.value() + "; " + value, list.start(), list.end());
          evidence.set(evidence.size() - 1, list);
        } else {
          list = new Evidence(Fields.ARTICLES, value, c.position(), c.end());
          evidence.add(list);
        }
      }
    }
    String judge = Judges.find(text).orElse(null);
    String operative = Outcomes.operative(text);
    Outcome outcome = Outcomes.outcome(docType, review ? instance : null, operative);
    List<Sentence> sentences = List.of();
    if (outcome == Outcome.CONVICTION) {
      int operativeAt = text.length() - operative.length();
      int bodyAt = head.length();
      sentences = Sentences.read(head, () -> bodyAt < operativeAt ? text.substring(bodyAt, operativeAt) : "", operative, warnings);
    }
    // the kinds of punishment are the sentences' where they were read: one rule for both, and it reads the forms
    // «в виде 5 (пяти) лет лишения свободы» and a count-by-count list as well; the phrase classifier only where they were not
    List<Punishment> punishment = Sentences.kinds(sentences).orElseGet(() -> Outcomes.punishments(outcome, operative));

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
        title(docType, caseNumber, court.name(), date),
        court.name(), court.asWritten(), court.code(), ValueLabel.of(CourtKind.class, court.kind()).orElse(null), court.region(), court.regionCode(),
        date, caseNumber, uid,
        docType, Instance.ofValue(instance).orElse(null), below,
        articleValues, partValues, articles.mentioned(),
        judge, outcome, punishment, sentences,
        List.copyOf(sources), warnings, court.region() == null ? null : court.regionSource(), List.copyOf(evidence));
  }

  /** The act's number: from its head, else from its first 4,000 characters. */
  private static Optional<CaseNumbers.Found> caseNumber(String text, String head, String instance) {
    return CaseNumbers.foundForInstance(head, instance)
        .or(() -> CaseNumbers.foundForInstance(text.substring(0, Math.min(text.length(), 4000)), instance));
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
