package org.courtsearch.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.decision.ServiceBasis;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.law.ArticleGrammar;
import org.courtsearch.core.law.Code;

/**
 * The search box: {@code field:value} terms (judge:Иванов, court:"Оренбургский гарнизонный",
 * article:337, article:"337 ч.5", article:"ч. 5 ст. 337 УК РФ", type:приговор, outcome:conviction, case:1-44/2023, uid:...,
 * basis:mobilised, rank:рядовой, unit:12345, suspended:true, art64:true, and the numbers of a sentence as ranges:
 * term_months:[36 TO 60], term_months:>=36, fine:[* TO 50000], probation_months:24, work_hours:<200)
 * become exact filters; the rest is Elasticsearch's simple query string, which no input can
 * break: Russian morphology by default, "quoted phrases" exactly (no stemming), AND/OR/-, prefix*.
 */
public final class QueryText {
  private static final Pattern FIELD = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.])(-?)(judge|court|region|article|type|outcome|case|uid|ocr|судья|суд|регион|статья|вид|дело"
          + "|basis|rank|unit|suspended|art64|art73|основание|звание|часть|условно|term_months|probation_months|fine|work_hours|срок)"
          + ":(?:\"([^\"]*)\"|([\\[{][^\\]}]*[\\]}])|(\\S+))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARTICLE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2}){0,2})");
  private static final Pattern ARTICLE_PART = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2}){0,2})\\s*ч\\.?\\s*(\\d{1,2}(?:\\.\\d)?)");
  private static final String[] CODES = {"УК РФ", "КоАП РФ"};

  /** The parts of the box: free text, and queries for the field terms (must / must not). */
  public record Parsed(String text, List<Query> must, List<Query> mustNot) {}

  private QueryText() {}

  public static Parsed parse(String q) {
    List<Query> must = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    Matcher m = FIELD.matcher(q);
    int last = 0;
    while (m.find()) {
      rest.append(q, last, m.start()).append(' ');
      last = m.end();
      String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      if (value.isBlank()) {
        continue;
      }
      Query query = field(m.group(2).toLowerCase(), value.trim());
      (m.group(1).isEmpty() ? must : mustNot).add(query);
    }
    rest.append(q.substring(last));
    return new Parsed(rest.toString().trim(), must, mustNot);
  }

  /** The full-text fields of the box, with their weights. */
  static final List<String> FIELDS = List.of(Fields.TEXT, Fields.TITLE + "^2", Fields.COURT_TEXT);
  /** Where "quoted phrases" look: the exact sub-fields (the court name has none; its own is exact enough). */
  static final List<String> PHRASE_FIELDS = List.of(Fields.TEXT_EXACT, Fields.TITLE_EXACT + "^2", Fields.COURT_TEXT);

  /**
   * Full text; with {@code related}, every word is analysed by the index's related-forms
   * analyzer, which adds each lemma's verb/noun derivations (оставил → оставить, оставление),
   * while "quoted phrases" still match only as written ({@link RelatedFormsQuery}).
   */
  public static Query fullText(String text, boolean related) {
    if (related) {
      return RelatedFormsQuery.of(text);
    }
    return Query.of(x -> x.simpleQueryString(s -> s
        .query(text)
        .fields(FIELDS)
        .quoteFieldSuffix(".exact")
        .defaultOperator(Operator.And)
        .analyzeWildcard(true)
        .flags(List.of(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
            SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
            SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape))));
  }

  private static Query field(String name, String value) {
    return switch (name) {
      case "judge", "судья" -> Query.of(x -> x.match(t -> t.field(Fields.JUDGE_TEXT).query(value).operator(Operator.And)));
      case "court", "суд" -> Query.of(x -> x.match(t -> t.field(Fields.COURT_TEXT).query(value).operator(Operator.And)));
      case "region", "регион" -> Query.of(x -> x.prefix(p -> p.field(Fields.REGION).value(value).caseInsensitive(true)));
      case "type", "вид" -> Query.of(x -> x.term(t -> t.field(Fields.DOC_TYPE).value(value.toLowerCase())));
      case "outcome" -> Query.of(x -> x.term(t -> t.field(Fields.OUTCOME).value(value.toLowerCase())));
      // as the indexer stores it: case:1-186/23 is 1-186/2023
      case "case", "дело" -> Query.of(x -> x.term(t -> t.field(Fields.CASE_NUMBER).value(CaseNumbers.exactly(value).orElse(value))));
      case "uid" -> Query.of(x -> x.term(t -> t.field(Fields.UID).value(value)));
      case "ocr" -> Query.of(x -> x.term(t -> t.field(Fields.OCR).value(yesNo(name, value))));
      case "basis", "основание" -> Query.of(x -> x.term(t -> t.field(Fields.SERVICE_BASIS).value(basis(value))));
      case "rank", "звание" -> Query.of(x -> x.term(t -> t.field(Fields.RANK).value(value.toLowerCase())));
      case "unit", "часть" -> Query.of(x -> x.term(t -> t.field(Fields.UNIT).value(value.toLowerCase())));
      case "suspended", "условно" -> Query.of(x -> x.term(t -> t.field(Fields.SUSPENDED).value(yesNo(name, value))));
      case "art64" -> Query.of(x -> x.term(t -> t.field(Fields.ART64).value(yesNo(name, value))));
      case "art73" -> Query.of(x -> x.term(t -> t.field(Fields.ART73).value(yesNo(name, value))));
      case "term_months", "срок" -> Ranges.query(Fields.TERM_MONTHS, name, value);
      case "probation_months" -> Ranges.query(Fields.PROBATION_MONTHS, name, value);
      case "fine" -> Ranges.query(Fields.FINE_ROUBLES, name, value);
      case "work_hours" -> Ranges.query(Fields.WORK_HOURS, name, value);
      default -> article(value);
    };
  }

  /**
   * ocr:true finds decisions whose text was recognised from a scan, ocr:false the others; suspended:, art64:, art73: the
   * sentences that are (or are not) suspended, below the minimum, under ст. 73.
   */
  private static boolean yesNo(String name, String value) {
    return switch (value.toLowerCase()) {
      case "true", "1", "да", "yes" -> true;
      case "false", "0", "нет", "no" -> false;
      default -> throw new QueryException(name + ": true или false (да или нет), а не «" + value + "».");
    };
  }

  /** basis:mobilised, basis:contract, basis:conscript, basis:other — or the Russian: мобилизация, контракт, призыв. */
  private static String basis(String value) {
    String v = value.toLowerCase();
    for (ServiceBasis b : ServiceBasis.values()) {
      if (b.value().equals(v)) {
        return v;
      }
    }
    if (v.startsWith("мобилиз")) {
      return ServiceBasis.MOBILISED.value();
    }
    if (v.startsWith("контракт")) {
      return ServiceBasis.CONTRACT.value();
    }
    if (v.startsWith("призыв")) {
      return ServiceBasis.CONSCRIPT.value();
    }
    throw new QueryException("basis: mobilised (мобилизация), contract (контракт), conscript (призыв) или other, а не «" + value + "».");
  }

  /** article:337 → УК РФ 337 or КоАП РФ 337; article:"337 ч.5" → the part; a full value as stored matches as is. */
  private static Query article(String value) {
    Matcher part = ARTICLE_PART.matcher(value);
    if (part.matches()) {
      List<FieldValue> values = new ArrayList<>();
      for (String code : CODES) {
        values.add(FieldValue.of(code + " " + part.group(1) + " ч." + part.group(2)));
      }
      return Query.of(x -> x.terms(t -> t.field(Fields.ARTICLES_PART).terms(v -> v.value(values))));
    }
    if (ARTICLE.matcher(value).matches()) {
      List<FieldValue> values = new ArrayList<>();
      for (String code : CODES) {
        values.add(FieldValue.of(code + " " + value));
      }
      return Query.of(x -> x.terms(t -> t.field(Fields.ARTICLES).terms(v -> v.value(values))));
    }
    // a citation as acts write it: "ч. 5 ст. 337 УК РФ", "ст.337 ч.5", "частью 1 статьи 20.3 КоАП"
    List<ArticleGrammar.Citation> cited = ArticleGrammar.parseList(value, null);
    if (cited.isEmpty()) {
      cited = new ArrayList<>(ArticleGrammar.parseList(value, Code.UK));
      cited.addAll(ArticleGrammar.parseList(value, Code.KOAP));
    }
    if (!cited.isEmpty()) {
      List<FieldValue> wholes = new ArrayList<>();
      List<FieldValue> parts = new ArrayList<>();
      for (ArticleGrammar.Citation c : cited) {
        (c.part() == null ? wholes : parts).add(FieldValue.of(c.part() == null ? c.articleValue() : c.partValue()));
      }
      return Query.of(x -> x.bool(b -> {
        if (!wholes.isEmpty()) {
          b.should(s -> s.terms(t -> t.field(Fields.ARTICLES).terms(v -> v.value(wholes))));
        }
        if (!parts.isEmpty()) {
          b.should(s -> s.terms(t -> t.field(Fields.ARTICLES_PART).terms(v -> v.value(parts))));
        }
        return b;
      }));
    }
    return Query.of(x -> x.bool(b -> b
        .should(s -> s.term(t -> t.field(Fields.ARTICLES).value(value)))
        .should(s -> s.term(t -> t.field(Fields.ARTICLES_PART).value(value)))));
  }
}
