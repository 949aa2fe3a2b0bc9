package org.courtsearch.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.courtsearch.core.es.LowLevel;
import org.courtsearch.core.index.IndexContract;

/**
 * Whether an index can take the related-forms search ({@code related=1}): indices built with a
 * dictionary morphology have its query analyzer, the others do not. Every entry point asks the
 * same question before it runs such a query, so the reader gets one clear refusal, never
 * Elasticsearch's raw error, whether they searched, counted or exported.
 */
public final class RelatedFormsCheck {
  private static final long RECHECK_NANOS = 60_000_000_000L;
  private final ElasticsearchClient client;
  private final String index;
  private volatile long checkedAt;
  private volatile boolean available;

  public RelatedFormsCheck(ElasticsearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /** Looked up at most once a minute, so a reindex is noticed. */
  public boolean available() {
    long now = System.nanoTime();
    if (checkedAt == 0 || now - checkedAt > RECHECK_NANOS) {
      try {
        JsonNode settings = LowLevel.get(client,
            "/" + index + "/_settings?filter_path=*.settings.index.analysis.analyzer." + IndexContract.RELATED_ANALYZER);
        available = settings.size() > 0;
      } catch (IOException | RuntimeException e) {
        available = false;
      }
      checkedAt = now;
    }
    return available;
  }

  /** Refuses a related-forms query the index cannot run, with what to do about it. */
  public void require(SearchQuery q) {
    if (q.related() && !available()) {
      throw new QueryException("Поиск однокоренных форм недоступен: индекс построен без словаря русского языка "
          + "(морфология snowball или light). Перестройте его: COURTSEARCH_MORPHOLOGY=lemma courtsearch reindex.");
    }
  }
}
