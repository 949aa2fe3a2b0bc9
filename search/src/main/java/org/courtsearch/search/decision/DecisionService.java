package org.courtsearch.search.decision;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.index.Fields;
import org.courtsearch.query.QueryText;
import org.courtsearch.query.UserError;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.Highlights;
import org.courtsearch.search.SearchResult;
import org.courtsearch.search.original.OriginalFiles;

/** One decision: by id, with its text highlighted for a query, its related decisions and its original file. */
public final class DecisionService {
  private final ElasticsearchClient client;
  private final String index;

  public DecisionService(DecisionIndex ix) {
    this.client = ix.client();
    this.index = ix.alias();
  }

  public Decision get(String id) {
    checkId(id);
    try {
      GetResponse<Decision> r = client.get(g -> g.index(index).id(id), Decision.class);
      if (!r.found() || r.source() == null) {
        throw UserError.notFound("Нет решения с идентификатором " + id + ".");
      }
      return r.source();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The decision with its whole text highlighted for {@code q} (empty: no highlights), with
   * {@code related}, the related forms the search found too.
   */
  public DecisionView view(String id, String q, boolean related) {
    Decision d = get(id);
    String marked = d.text();
    String text = QueryText.parse(q == null ? "" : q).text();
    if (!text.isBlank()) {
      try {
        SearchResponse<Void> r = client.search(s -> s.index(index)
            .query(x -> x.ids(i -> i.values(id)))
            .source(src -> src.fetch(false))
            .highlight(h -> h.type(HighlighterType.Unified).preTags(Highlights.PRE).postTags(Highlights.POST)
                .highlightQuery(QueryText.fullText(text, related))
                .fields(Fields.TEXT, f -> f.numberOfFragments(0))
                .fields("text.exact", f -> f.numberOfFragments(0))), Void.class);
        if (!r.hits().hits().isEmpty()) {
          Hit<Void> hit = r.hits().hits().get(0);
          List<String> exact = hit.highlight().getOrDefault("text.exact", List.of());
          List<String> stemmed = hit.highlight().getOrDefault(Fields.TEXT, List.of());
          if (!exact.isEmpty()) {
            marked = exact.get(0);
          } else if (!stemmed.isEmpty()) {
            marked = stemmed.get(0);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<SearchResult.Hit> sameCase = d.caseKey() == null ? List.of()
        : related(id, Fields.CASE_KEY, d.caseKey(), 20);
    List<SearchResult.Hit> sameCourt = d.court() == null ? List.of() : related(id, Fields.COURT, d.court(), 5);
    return new DecisionView(id, d, Highlights.toHtmlWithAnchors(marked, d.evidence()), Highlights.count(marked), sameCase,
        sameCourt);
  }

  private List<SearchResult.Hit> related(String id, String field, String value, int size) {
    try {
      SearchResponse<Decision> r = client.search(s -> s.index(index).size(size)
          .query(x -> x.bool(b -> b.filter(f -> f.term(t -> t.field(field).value(value))).mustNot(m -> m.ids(i -> i.values(id)))))
          .source(src -> src.filter(f -> f.excludes(Fields.TEXT)))
          .sort(o -> o.field(f -> f.field(Fields.DECISION_DATE).order(SortOrder.Desc).missing("_last"))), Decision.class);
      List<SearchResult.Hit> out = new ArrayList<>();
      for (Hit<Decision> h : r.hits().hits()) {
        out.add(SearchResult.Hit.of(h.id(), h.source(), List.of()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The original file's bytes, from the first recorded path that still exists. */
  public Optional<byte[]> original(Decision d) {
    return OriginalFiles.of(d);
  }

  static void checkId(String id) {
    if (id == null || !id.matches("[0-9a-f]{64}(-\\d{1,4})?")) {
      throw UserError.notFound("Нет решения с идентификатором " + id + ".");
    }
  }
}
