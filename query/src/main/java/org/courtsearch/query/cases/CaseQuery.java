package org.courtsearch.query.cases;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.geo.Regions;
import org.courtsearch.core.index.CaseFields;
import org.courtsearch.core.law.ArticleGrammar;
import org.courtsearch.query.QueryException;

/**
 * A selection of cases, the way courts' records are counted: by article (read by the one article
 * grammar, so {@code ч. 5 ст. 337 УК РФ} and {@code УК РФ 337 ч.5} are one filter), result,
 * instance, proceeding, court, region, whether a text is indexed, and words of the court, judge or
 * category. With {@link Unit#DEFENDANTS} the article and result filters apply to each person, so
 * a case of two defendants, one under ст. 337 and one under ст. 338, counts one defendant under each.
 */
public record CaseQuery(
    Unit unit,
    String text,
    List<String> articles,
    List<String> results,
    List<String> instances,
    List<String> proceedings,
    List<String> courts,
    List<String> regions,
    Boolean hasText) {

  /** What is counted. */
  public enum Unit {
    CASES, DEFENDANTS;

    static Unit of(String value) {
      if (value == null || value.isBlank() || value.equals("cases")) {
        return CASES;
      }
      if (value.equals("defendants")) {
        return DEFENDANTS;
      }
      throw new QueryException("Параметр unit: cases (дела) или defendants (лица), а не «" + value + "» "
          + "(документы считает /api/report).");
    }

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The same selection, counting cases (the filters on a person apply to the case's own fields). */
  public CaseQuery asCases() {
    return new CaseQuery(Unit.CASES, text, articles, results, instances, proceedings, courts, regions, hasText);
  }

  /** Reads the parameters of a request ({@code unit, q, article, result, instance, proceeding, court, region, has_text}). */
  public static CaseQuery parse(Map<String, List<String>> params) {
    List<String> articles = new ArrayList<>();
    for (String a : values(params, "article")) {
      articles.add(article(a));
    }
    List<String> results = values(params, "result");
    for (String r : results) {
      if (CaseResult.ofValue(r).isEmpty()) {
        throw new QueryException("Параметр result: один из " + resultValues() + ", а не «" + r + "».");
      }
    }
    List<String> instances = values(params, "instance");
    for (String i : instances) {
      if (Instance.ofValue(i).isEmpty()) {
        throw new QueryException("Параметр instance: first, appeal, cassation или supervisory, а не «" + i + "».");
      }
    }
    String hasText = first(params, "has_text");
    if (hasText != null && !hasText.equals("true") && !hasText.equals("false")) {
      throw new QueryException("Параметр has_text: true или false, а не «" + hasText + "».");
    }
    String text = first(params, "q");
    return new CaseQuery(Unit.of(first(params, "unit")), text == null ? "" : text.trim(), articles, results, instances,
        values(params, "proceeding"), values(params, "court"), values(params, "region"),
        hasText == null ? null : Boolean.valueOf(hasText));
  }

  private static List<String> resultValues() {
    List<String> out = new ArrayList<>();
    for (CaseResult r : CaseResult.values()) {
      out.add(r.value());
    }
    return out;
  }

  /** An article filter as the index holds it: {@code УК РФ 337} or {@code УК РФ 337 ч.5}. */
  static String article(String written) {
    if (written.matches("^[А-ЯA-Z][А-ЯA-Za-zа-я ]* \\d+(?:\\.\\d+)*(?: ч\\.\\d+(?:\\.\\d+)?)?$")) {
      return written;
    }
    List<ArticleGrammar.Citation> cited = ArticleGrammar.parse(written, null);
    if (cited.size() != 1) {
      throw new QueryException("Параметр article: «" + written + "» — не одна статья с кодексом "
          + "(например, «ч. 5 ст. 337 УК РФ» или «УК РФ 337»).");
    }
    ArticleGrammar.Citation c = cited.get(0);
    return c.part() == null ? c.articleValue() : c.partValue();
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String part : v.split("\\|")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The words of {@code q} over a case's court, judge, category, number, УИД and result, all of them required. */
  public static Query textQuery(String text) {
    return Query.of(m -> m.simpleQueryString(s -> s.query(text).defaultOperator(Operator.And)
        .fields(CaseFields.COURT_TEXT, CaseFields.JUDGE_TEXT, CaseFields.CATEGORY_TEXT, CaseFields.CASE_NUMBER, CaseFields.UID,
            CaseFields.RESULT)));
  }

  /** The cases selected: every filter on the case, article and result on a defendant when counting defendants. */
  public Query cases() {
    BoolQuery.Builder b = new BoolQuery.Builder();
    terms(b, CaseFields.INSTANCE, instances);
    terms(b, CaseFields.PROCEEDING, proceedings);
    terms(b, CaseFields.COURT, courts);
    terms(b, CaseFields.REGION, regions.stream().flatMap(r -> Regions.labels(r).stream()).distinct().toList());
    if (hasText != null) {
      b.filter(f -> f.term(t -> t.field(CaseFields.HAS_TEXT).value(hasText)));
    }
    if (!text.isEmpty()) {
      b.must(textQuery(text));
    }
    if (unit == Unit.DEFENDANTS) {
      Query person = defendant();
      b.filter(f -> f.nested(n -> n.path(CaseFields.DEFENDANTS).query(person)));
    } else {
      articleTerms(b, CaseFields.ARTICLES, CaseFields.ARTICLES_PART);
      terms(b, CaseFields.RESULT_KIND, results);
    }
    return Query.of(q -> q.bool(b.build()));
  }

  /** The defendants selected, inside {@code defendants}: by their own articles and result. */
  public Query defendant() {
    BoolQuery.Builder b = new BoolQuery.Builder();
    articleTerms(b, CaseFields.DEFENDANT_ARTICLES, CaseFields.DEFENDANT_ARTICLES_PART);
    terms(b, CaseFields.DEFENDANT_RESULT_KIND, results);
    b.filter(f -> f.matchAll(m -> m));
    return Query.of(q -> q.bool(b.build()));
  }

  private void articleTerms(BoolQuery.Builder b, String articleField, String partField) {
    if (articles.isEmpty()) {
      return;
    }
    List<Query> any = new ArrayList<>();
    for (String a : articles) {
      String field = a.contains(" ч.") ? partField : articleField;
      any.add(Query.of(q -> q.term(t -> t.field(field).value(a))));
    }
    b.filter(f -> f.bool(x -> x.should(any).minimumShouldMatch("1")));
  }

  private static void terms(BoolQuery.Builder b, String field, List<String> values) {
    if (!values.isEmpty()) {
      List<FieldValue> v = values.stream().map(FieldValue::of).toList();
      b.filter(f -> f.terms(t -> t.field(field).terms(x -> x.value(v))));
    }
  }
}
