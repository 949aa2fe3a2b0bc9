package org.courtsearch.indexer.corpus;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.indexer.metadata.CourtDirectory;

/**
 * Loads generated decisions straight into an index, without files, for benchmarks of search,
 * reports and export at scales where writing the files would be the whole cost (1,000,000
 * decisions). The documents are what the indexer would make of the same decisions.
 *
 * <p>Usage: {@code CorpusLoader ES_URL ALIAS COUNT [SEED]}
 */
public final class CorpusLoader {
  private CorpusLoader() {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String alias = args[1];
    int count = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Config config = ConfigLoader.load(Map.of(ConfigLoader.ES_URL, url.toString()), Map.of());
    ElasticsearchClient client = EsClientFactory.create(config, List.of(url));
    new IndexAdmin(client).ensure(alias, IndexContract.DECISIONS, 1, "0",
        System.getenv().getOrDefault("COURTSEARCH_MORPHOLOGY", IndexContract.DEFAULT_MORPHOLOGY));
    DecisionTexts texts = new DecisionTexts(new Random(seed), CourtDirectory.shared());
    long t0 = System.nanoTime();
    try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(client).maxOperations(1000).maxSize(8L << 20)
        .maxConcurrentRequests(2).flushInterval(5, TimeUnit.SECONDS))) {
      for (int i = 0; i < count; i++) {
        GeneratedDecision g = texts.next();
        String id = String.format("%016x%048d", seed, i);
        LocalDate date = LocalDate.parse(g.decisionDate());
        Decision d = new Decision(id, g.text(), g.docType() + " по делу № " + g.caseNumber() + ", " + g.court(), g.court(),
            g.court(), null, g.courtKind(), g.region(), null, date, date.toString().substring(0, 7), date.getYear(),
            g.caseNumber(), g.court() + " | " + g.caseNumber(), g.uid(), g.docType(), g.instance(), null, g.articles(),
            g.articlesPart(), g.mentioned(), g.judge(), g.outcome(), g.punishment(), "/generated/" + i + ".txt",
            List.of("/generated/" + i + ".txt"), i + ".txt", "text/plain", (long) g.text().length() * 2, id,
            g.text().length(), Instant.now(), List.of("text"), List.of());
        bulk.add(op -> op.index(ix -> ix.index(alias).id(id).document(d)));
        if ((i + 1) % 100_000 == 0) {
          System.out.printf("%d loaded, %.0f/s%n", i + 1, (i + 1) / ((System.nanoTime() - t0) / 1e9));
        }
      }
    }
    client.indices().refresh(r -> r.index(alias));
    System.out.printf("loaded %d decisions into %s in %.0f s%n", count, alias, (System.nanoTime() - t0) / 1e9);
    client._transport().close();
  }
}
