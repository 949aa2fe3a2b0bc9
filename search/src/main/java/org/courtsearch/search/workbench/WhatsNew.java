package org.courtsearch.search.workbench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.workbench.SavedSearch;
import org.courtsearch.query.Queries;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.DecisionIndex;

/**
 * What is new for saved searches: the decisions of a saved search's result set indexed after a
 * moment (its last visit, its last watch). A report's parameters are read as a search's; its
 * grouping does not change which decisions it counts.
 */
public final class WhatsNew {
  /** How many are new, or why that could not be counted (a saved query the current version refuses). */
  public record Count(SavedSearch search, Instant since, Long count, String error) {}

  private final ElasticsearchClient client;
  private final String index;

  public WhatsNew(DecisionIndex ix) {
    this.client = ix.client();
    this.index = ix.alias();
  }

  /** The search a saved search stands for. */
  public static SearchQuery queryOf(SavedSearch s) {
    return SearchQuery.of(SearchQuery.parseQueryString(s.queryString()));
  }

  /** How many decisions are new for each saved search since {@code since} of it ({@code lastSeenAt} or {@code watchedAt}), in one request. */
  public List<Count> count(List<SavedSearch> searches, boolean forWatch) {
    List<Count> out = new ArrayList<>();
    List<RequestItem> items = new ArrayList<>();
    List<Integer> asked = new ArrayList<>();
    for (SavedSearch s : searches) {
      Instant since = forWatch ? s.watchedAt() : s.lastSeenAt();
      try {
        Query q = Queries.resultSet(queryOf(s).withNewSince(since));
        items.add(RequestItem.of(r -> r.header(h -> h.index(index)).body(b -> b.query(q).size(0).trackTotalHits(t -> t.enabled(true)))));
        asked.add(out.size());
        out.add(new Count(s, since, null, null));
      } catch (QueryException e) {
        out.add(new Count(s, since, null, e.getMessage()));
      }
    }
    if (items.isEmpty()) {
      return out;
    }
    MsearchResponse<Void> r;
    try {
      r = client.msearch(m -> m.searches(items), Void.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int k = 0; k < r.responses().size(); k++) {
      int i = asked.get(k);
      Count c = out.get(i);
      MultiSearchResponseItem<Void> item = r.responses().get(k);
      out.set(i, item.isFailure()
          ? new Count(c.search(), c.since(), null, "поиск не выполнен: " + item.failure().error().reason())
          : new Count(c.search(), c.since(), item.result().hits().total().value(), null));
    }
    return out;
  }

  /** The latest {@code n} decisions of a saved search by the time they were indexed, newest first, without their text. */
  public List<Decision> latest(SavedSearch s, int n) {
    return latest(queryOf(s), n);
  }

  /** The decisions new for {@code s} since {@code since}, newest first, at most {@code n}, without their text. */
  public List<Decision> newSince(SavedSearch s, Instant since, int n) {
    return latest(queryOf(s).withNewSince(since), n);
  }

  private List<Decision> latest(SearchQuery search, int n) {
    Query q = Queries.resultSet(search);
    try {
      List<Decision> out = new ArrayList<>();
      for (Hit<Decision> h : client.search(x -> x.index(index).query(q).size(n).source(src -> src.filter(f -> f.excludes(Fields.TEXT)))
          .sort(o -> o.field(f -> f.field(Fields.INDEXED_AT).order(SortOrder.Desc)))
          .sort(o -> o.field(f -> f.field(Fields.DOC_ID).order(SortOrder.Asc))), Decision.class).hits().hits()) {
        out.add(h.source());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
