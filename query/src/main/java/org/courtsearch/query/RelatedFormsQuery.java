package org.courtsearch.query;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.QueryVisitor;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.text.RussianText;

/**
 * The search box with related forms on. Elasticsearch's simple query string can force one
 * analyzer for a whole query, phrases included, so a quoted phrase would match derived forms
 * too. Here the box is split with Lucene's {@link SimpleQueryParser} — the parser Elasticsearch's
 * own simple query string extends, with the same operators — and each part becomes the query
 * Elasticsearch would make of it: a word, with the related-forms analyzer; a "phrase", exactly,
 * on the exact sub-fields; a prefix*, as written. AND, OR, - and parentheses keep their meaning.
 */
final class RelatedFormsQuery {
  /** The flags of the search box (QueryText's), in Lucene's terms. */
  private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
      | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
      | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR;

  /** The index analyzer's stop words (the shared list, folded like the terms). */
  private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(RussianText.STOP_WORDS, false));

  private RelatedFormsQuery() {}

  /**
   * How deep groups may nest once inlined; Elasticsearch refuses more than 30 levels of bool
   * and the search wraps this query in a few of its own.
   */
  static final int MAX_DEPTH = 20;

  static Query of(String text) {
    Splitter parser = new Splitter();
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    org.apache.lucene.search.Query parsed = parser.parse(text);
    if (depth(parsed) > MAX_DEPTH) {
      throw new QueryException("Слишком много вложенных скобок для поиска с однокоренными словами: не больше "
          + MAX_DEPTH + " уровней. Упростите запрос или снимите «и однокоренные».");
    }
    return convert(parsed, BooleanClause.Occur.MUST);
  }

  /** The nesting of bool queries {@link #convert} makes of {@code q}, inlined groups not counted. */
  private static int depth(org.apache.lucene.search.Query q) {
    if (!(q instanceof BooleanQuery bq)) {
      return 0;
    }
    int deepest = 0;
    for (BooleanClause c : inlined(bq)) {
      deepest = Math.max(deepest, depth(c.getQuery()));
    }
    return deepest + 1;
  }

  private static Query convert(org.apache.lucene.search.Query q, BooleanClause.Occur occur) {
    if (q instanceof Part part) {
      return part.toQuery(occur);
    }
    if (q instanceof MatchAllDocsQuery) {
      return Query.of(x -> x.matchAll(m -> m));
    }
    if (q instanceof MatchNoDocsQuery) {
      return Query.of(x -> x.matchNone(m -> m));
    }
    if (q instanceof BooleanQuery bq) {
      BoolQuery.Builder b = new BoolQuery.Builder();
      addClauses(bq, b);
      if (bq.getMinimumNumberShouldMatch() > 0) {
        b.minimumShouldMatch(Integer.toString(bq.getMinimumNumberShouldMatch()));
      }
      return Query.of(x -> x.bool(b.build()));
    }
    throw new IllegalStateException("unexpected part of a simple query: " + q.getClass().getSimpleName());
  }

  /** Adds the clauses of {@code bq} to {@code b}, groups that mean the same pulled up ({@link #inlined}). */
  private static void addClauses(BooleanQuery bq, BoolQuery.Builder b) {
    for (BooleanClause c : inlined(bq)) {
      Query child = convert(c.getQuery(), c.getOccur());
      switch (c.getOccur()) {
        case MUST -> b.must(child);
        case SHOULD -> b.should(child);
        case MUST_NOT -> b.mustNot(child);
        case FILTER -> b.filter(child);
      }
    }
  }

  /**
   * The clauses of {@code bq} with the groups that mean the same inline pulled up: (a b) inside
   * an AND, (a | b) inside an OR. Elasticsearch refuses bool queries nested more than 30 deep,
   * which a box like (a b (a b (...))) would otherwise reach; its own simple query string never
   * builds them as JSON.
   */
  private static List<BooleanClause> inlined(BooleanQuery bq) {
    List<BooleanClause> out = new ArrayList<>();
    boolean parentHasMust = has(bq, BooleanClause.Occur.MUST) || has(bq, BooleanClause.Occur.FILTER);
    for (BooleanClause c : bq.clauses()) {
      if (c.getQuery() instanceof BooleanQuery inner && inner.getMinimumNumberShouldMatch() == 0
          && (c.getOccur() == BooleanClause.Occur.MUST && has(inner, BooleanClause.Occur.MUST)
                  && !has(inner, BooleanClause.Occur.SHOULD)
              || c.getOccur() == BooleanClause.Occur.SHOULD && !parentHasMust && onlyShould(inner))) {
        out.addAll(inlined(inner));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean has(BooleanQuery bq, BooleanClause.Occur occur) {
    return bq.clauses().stream().anyMatch(c -> c.getOccur() == occur);
  }

  private static boolean onlyShould(BooleanQuery bq) {
    return !bq.clauses().isEmpty() && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
  }

  /** Collects words, phrases and prefixes as they are, for {@link #convert}. */
  private static final class Splitter extends SimpleQueryParser {
    Splitter() {
      super(new StandardAnalyzer(STOP_WORDS), Map.of(Fields.TEXT, 1f), FLAGS);
    }

    /** A word the index's analyzer drops entirely (a stop word, a dash) is left out, as Elasticsearch does. */
    @Override
    protected org.apache.lucene.search.Query newDefaultQuery(String text) {
      return hasTerms(text) ? new Part(Kind.WORD, text) : null;
    }

    private boolean hasTerms(String text) {
      try (TokenStream tokens = getAnalyzer().tokenStream(Fields.TEXT, RussianText.foldYo(text))) {
        tokens.reset();
        boolean any = tokens.incrementToken();
        tokens.end();
        return any;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // from a String: does not happen
      }
    }

    @Override
    protected org.apache.lucene.search.Query newPhraseQuery(String text, int slop) {
      return new Part(Kind.PHRASE, text);
    }

    @Override
    protected org.apache.lucene.search.Query newPrefixQuery(String text) {
      return new Part(Kind.PREFIX, text);
    }

    @Override
    protected org.apache.lucene.search.Query newFuzzyQuery(String text, int fuzziness) {
      return new Part(Kind.WORD, text); // fuzziness is not among the box's operators
    }
  }

  private enum Kind { WORD, PHRASE, PREFIX }

  /** A word, phrase or prefix of the box, carried through Lucene's query tree. */
  private static final class Part extends org.apache.lucene.search.Query {
    final Kind kind;
    final String text;

    Part(Kind kind, String text) {
      this.kind = kind;
      this.text = text;
    }

    /**
     * Words without terms are left out already; should an analyzer still find none (a phrase of
     * dashes), the part matches everything where it must match and nothing where it may or must
     * not: it changes no result, as Elasticsearch drops such a part.
     */
    Query toQuery(BooleanClause.Occur occur) {
      ZeroTermsQuery zero = occur == BooleanClause.Occur.MUST ? ZeroTermsQuery.All : ZeroTermsQuery.None;
      return switch (kind) {
        case WORD -> Query.of(x -> x.multiMatch(m -> m.query(text).fields(QueryText.FIELDS)
            .type(TextQueryType.MostFields).operator(Operator.And).analyzer(IndexContract.RELATED_ANALYZER)
            .zeroTermsQuery(zero)));
        case PHRASE -> Query.of(x -> x.multiMatch(m -> m.query(text).fields(QueryText.PHRASE_FIELDS)
            .type(TextQueryType.Phrase).zeroTermsQuery(zero)));
        case PREFIX -> Query.of(x -> x.simpleQueryString(s -> s.query(escape(text) + "*").fields(QueryText.FIELDS)
            .defaultOperator(Operator.And).analyzeWildcard(true)
            .flags(List.of(SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Escape))));
      };
    }

    @Override
    public String toString(String field) {
      return kind + ":" + text;
    }

    @Override
    public void visit(QueryVisitor visitor) {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Part p && p.kind == kind && p.text.equals(text);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, text);
    }
  }

  /** The text as one literal term of a simple query string. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("+|-\"*()~\\".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }
}
