package org.courtsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.query.RelatedFormsCheck;

/**
 * The one handle every read goes through: the client, the decisions alias, the indices beside it, and one check of
 * whether the index can read related forms (built once, its answer cached, instead of once per service).
 *
 * @param alias the decisions alias ({@code COURTSEARCH_INDEX})
 */
public record DecisionIndex(ElasticsearchClient client, String alias, RelatedFormsCheck related) {
  public static DecisionIndex of(ElasticsearchClient client, String alias) {
    return new DecisionIndex(client, alias, new RelatedFormsCheck(client, alias));
  }

  /** The case records beside the decisions. */
  public String cases() {
    return IndexNames.cases(alias);
  }
}
