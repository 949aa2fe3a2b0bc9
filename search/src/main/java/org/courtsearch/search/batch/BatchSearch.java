package org.courtsearch.search.batch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.courtsearch.core.cases.CaseNumbers;
import org.courtsearch.core.index.CaseFields;
import org.courtsearch.query.Queries;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.RelatedFormsCheck;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.query.cases.CaseQuery;
import org.courtsearch.search.DecisionIndex;

/**
 * A whole list at once (names, case numbers, УИДs, phrases; one query a line): how many
 * decisions each matches under the same filters. A line is read as the search box reads it, except
 * that a bare case number or УИД becomes an exact {@code case:} or {@code uid:} term (typed into
 * the box, {@code 1-44/2024} would be three words). Lines are counted in {@code _msearch} requests
 * of {@link #CHUNK}; a line that cannot run gets its reason in its row, never a failed batch.
 */
public final class BatchSearch {
  public static final int MAX_LINES = 10_000;
  public static final int CHUNK = 200;

  /**
   * One line's answer.
   *
   * @param line as given
   * @param query what was searched (the box's syntax), null for a line that could not run
   * @param count matching decisions, null with an error
   * @param cases matching case records (cards, listings, texts merged), null without a case index
   * @param error why the line could not run, in words
   */
  public record Row(int number, String line, String query, Long count, Long cases, String error) {}

  private final ElasticsearchClient client;
  private final String index;
  private final RelatedFormsCheck related;

  private final String casesIndex;

  public BatchSearch(DecisionIndex ix) {
    this.client = ix.client();
    this.index = ix.alias();
    this.casesIndex = ix.cases();
    this.related = ix.related();
  }

  /**
   * The cases a line names: a case number or УИД exactly, anything else in the case's text fields or
   * as a defendant's name, under the filters cases know (court, region, article, instance).
   */
  static Query caseQuery(String line, Query caseFilter) {
    String s = line.strip();
    Optional<String> number = CaseNumbers.exactly(s);
    Optional<String> uid = CaseNumbers.uidExactly(s);
    Query match;
    if (number.isPresent()) {
      match = Query.of(q -> q.term(t -> t.field(CaseFields.CASE_NUMBER).value(number.get())));
    } else if (uid.isPresent()) {
      match = Query.of(q -> q.term(t -> t.field(CaseFields.UID).value(uid.get())));
    } else {
      Query person = Query.of(q -> q.nested(n -> n.path(CaseFields.DEFENDANTS)
          .query(x -> x.term(t -> t.field(CaseFields.DEFENDANT_LABEL).value(s).caseInsensitive(true)))));
      match = Query.of(q -> q.bool(b -> b.should(CaseQuery.textQuery(s)).should(person).minimumShouldMatch("1")));
    }
    return Query.of(q -> q.bool(b -> b.filter(caseFilter).filter(match)));
  }

  /** The filters cases know (court, region, article, instance), as one query on the case index. */
  static Query caseFilter(Map<String, List<String>> filters) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (String name : List.of("court", "region", "article", "instance")) {
      if (filters.containsKey(name)) {
        known.put(name, filters.get(name));
      }
    }
    return CaseQuery.parse(known).cases();
  }

  private boolean hasCases() {
    try {
      return client.indices().existsAlias(a -> a.name(casesIndex)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query a line stands for: a case number or a УИД exactly, anything else as the box reads it. */
  public static String queryOf(String line) {
    String s = line.strip();
    Optional<String> number = CaseNumbers.exactly(s);
    if (number.isPresent()) {
      return "case:" + number.get(); // as the indexer stores it: 1-186/23 is 1-186/2023
    }
    Optional<String> uid = CaseNumbers.uidExactly(s);
    return uid.map(u -> "uid:" + u).orElse(s);
  }

  /**
   * Counts every line under {@code filters} (the parameters of a search, without {@code q}).
   *
   * @throws QueryException for a bad filter or a list over {@link #MAX_LINES}: the batch as a whole cannot run
   */
  public List<Row> count(List<String> lines, Map<String, List<String>> filters) {
    return count(lines, filters, done -> { });
  }

  /**
   * As {@link #count(List, Map)}, telling {@code progress} how many lines are answered after each
   * request.
   */
  public List<Row> count(List<String> lines, Map<String, List<String>> filters, IntConsumer progress) {
    if (lines.size() > MAX_LINES) {
      throw new QueryException("Список слишком длинный: " + lines.size() + " строк, можно не больше " + MAX_LINES + ".");
    }
    Map<String, List<String>> base = new LinkedHashMap<>(filters);
    base.remove("q");
    related.require(SearchQuery.of(base));
    Row[] rows = new Row[lines.size()];
    List<Integer> pending = new ArrayList<>();
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        rows[i] = new Row(i + 1, line, null, null, null, "пустая строка");
        continue;
      }
      String q = queryOf(line);
      try {
        Map<String, List<String>> params = new LinkedHashMap<>(base);
        params.put("q", List.of(q));
        Query query = Queries.resultSet(SearchQuery.of(params)); // a bad field value fails here, in its own row
        pending.add(i);
        queries.add(query);
      } catch (QueryException e) {
        rows[i] = new Row(i + 1, line, q, null, null, e.getMessage());
      }
    }
    boolean cases = hasCases();
    Query caseFilter = cases ? caseFilter(base) : null;
    int answered = lines.size() - pending.size();
    progress.accept(answered);
    for (int from = 0; from < pending.size(); from += CHUNK) {
      int to = Math.min(pending.size(), from + CHUNK);
      List<RequestItem> searches = new ArrayList<>();
      for (int k = from; k < to; k++) {
        Query query = queries.get(k);
        searches.add(RequestItem.of(r -> r.header(h -> h.index(index))
            .body(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(true)))));
        if (cases) {
          Query caseQuery = caseQuery(lines.get(pending.get(k)), caseFilter);
          searches.add(RequestItem.of(r -> r.header(h -> h.index(casesIndex))
              .body(b -> b.query(caseQuery).size(0).trackTotalHits(t -> t.enabled(true)))));
        }
      }
      MsearchResponse<Void> response;
      try {
        response = client.msearch(m -> m.searches(searches), Void.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int step = cases ? 2 : 1;
      for (int k = 0; k < to - from; k++) {
        int i = pending.get(from + k);
        MultiSearchResponseItem<Void> item = response.responses().get(k * step);
        Long caseCount = null;
        if (cases && !response.responses().get(k * step + 1).isFailure()) {
          caseCount = response.responses().get(k * step + 1).result().hits().total().value();
        }
        String q = queryOf(lines.get(i));
        rows[i] = item.isFailure()
            ? new Row(i + 1, lines.get(i), q, null, null, "поиск не выполнен: " + item.failure().error().reason())
            : new Row(i + 1, lines.get(i), q, item.result().hits().total().value(), caseCount, null);
      }
      answered += to - from;
      progress.accept(answered);
    }
    return List.of(rows);
  }
}
