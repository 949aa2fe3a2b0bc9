package org.courtsearch.testkit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.indexer.ingest.DecisionBuilder;
import org.courtsearch.indexer.ingest.DecisionSink;
import org.courtsearch.indexer.ingest.Job;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;

/**
 * Loads generated decisions straight into an index, without files, for benchmarks of search,
 * reports and export at scales where writing the files would be the whole cost (1,000,000
 * decisions). The documents are what the indexer would make of the same decisions.
 *
 * <p>Usage: {@code CorpusLoader ES_URL[,ES_URL…] ALIAS COUNT [SEED]}
 */
public final class CorpusLoader {
  private CorpusLoader() {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0].split(",")[0]);
    String alias = args[1];
    int count = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Config config = ConfigLoader.load(Map.of(ConfigLoader.ES_URL, url.toString()), Map.of());
    List<URI> urls = Arrays.stream(args[0].split(",")).map(URI::create).toList();
    ElasticsearchClient client = EsClientFactory.create(config, urls);
    // COURTSEARCH_INDEX_SHARDS / _REPLICAS: the cluster benchmark's 3 shards and 1 replica
    new IndexAdmin(client).ensure(alias, IndexContract.DECISIONS,
        Integer.parseInt(System.getenv().getOrDefault("COURTSEARCH_INDEX_SHARDS", "1")),
        System.getenv().getOrDefault("COURTSEARCH_INDEX_REPLICAS", "0"),
        System.getenv().getOrDefault("COURTSEARCH_MORPHOLOGY", IndexContract.DEFAULT_MORPHOLOGY));
    DecisionTexts texts = new DecisionTexts(new Random(seed), CourtDirectory.shared());
    long t0 = System.nanoTime();
    AtomicReference<String> aborted = new AtomicReference<>();
    AtomicLong loaded = new AtomicLong();
    // the run's own sink: the same retries when the node is busy or restarts, the same failure handling
    DecisionSink sink = new DecisionSink(client, aborted, new DecisionSink.Listener() {
      @Override
      public void indexed(Job job) {
        loaded.incrementAndGet();
      }

      @Override
      public void failed(String path, String message) {
        System.err.println("failed: " + path + ": " + message);
      }
    });
    sink.start();
    for (int i = 0; i < count && aborted.get() == null; i++) {
      GeneratedDecision g = texts.next();
      String id = String.format("%016x%048d", seed, i);
      String path = "/generated/" + i + ".txt";
      Decision d = DecisionBuilder.build(id, g.text(), asRead(g), path, List.of(path), i + ".txt", "text/plain",
          (long) g.text().length() * 2, id, List.of(), false);
      Job job = Job.forDecision(id);
      sink.expect(1);
      sink.waitWhileDown();
      sink.send(op -> op.index(ix -> ix.index(alias).id(id).document(d)), job);
      if ((i + 1) % 100_000 == 0) {
        System.out.printf("%d loaded, %.0f/s%n", i + 1, (i + 1) / ((System.nanoTime() - t0) / 1e9));
      }
    }
    sink.finishDecisions();
    sink.close();
    if (aborted.get() != null) {
      System.err.println(aborted.get());
    }
    client.indices().refresh(r -> r.index(alias));
    System.out.printf("loaded %d decisions into %s in %.0f s%n", loaded.get(), alias, (System.nanoTime() - t0) / 1e9);
    client._transport().close();
  }

  /** The ground truth as if the extractor had read it: the loader skips extraction, not the building. */
  private static DecisionMetadata asRead(GeneratedDecision g) {
    LocalDate date = LocalDate.parse(g.decisionDate());
    return new DecisionMetadata(g.docType() + " по делу № " + g.caseNumber() + ", " + g.court(), g.court(), g.court(), null,
        ValueLabel.of(CourtKind.class, g.courtKind()).orElse(null), g.region(), null, date, g.caseNumber(), g.uid(),
        ValueLabel.of(DocType.class, g.docType()).orElse(null), Instance.ofValue(g.instance()).orElse(null), null, g.articles(), g.articlesPart(),
        g.mentioned(), g.judge(), ValueLabel.of(Outcome.class, g.outcome()).orElse(null),
        g.punishment().stream().map(p -> ValueLabel.of(Punishment.class, p).orElseThrow()).toList(), g.sentences(), List.of("text"), List.of(),
        RegionSource.REGISTRY, List.of());
  }
}
