package org.courtsearch.cli.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.SearchResult;
import org.courtsearch.search.Searcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how well each morphology ranks the judged decisions: indexes the generated and the
 * real-sample corpus once per morphology with the real indexer, asks every query of the
 * relevance set through the site's own {@link Searcher} (the query model users get), and scores
 * the ranked lists. Also records what each morphology costs: indexing rate and index size.
 */
public final class Evaluation {
  private static final Logger log = LoggerFactory.getLogger(Evaluation.class);
  /** Results looked at per query for recall: the whole match set up to this many decisions. */
  static final int DEPTH = 1000;

  /** A way of searching: an index morphology, and whether queries add related forms. */
  public record Variant(String name, String morphology, boolean related) {
    public static final List<Variant> ALL = List.of(
        new Variant("snowball", "snowball", false),
        new Variant("light", "light", false),
        new Variant("morfologik", "morfologik", false),
        new Variant("lemma", "lemma", false),
        new Variant("lemma+related", "lemma", true));
  }

  /** One corpus: where its files are, and for a generated one, its ground truth. */
  public record Corpus(String name, Path root, List<TruthRecord> truth) {}

  public record Scores(double precisionAt10, double recall, double ndcgAt10, int queries) {
    static Scores mean(List<QueryResult> results) {
      return new Scores(
          results.stream().mapToDouble(QueryResult::precisionAt10).average().orElse(0),
          results.stream().mapToDouble(QueryResult::recall).average().orElse(0),
          results.stream().mapToDouble(QueryResult::ndcgAt10).average().orElse(0),
          results.size());
    }
  }

  public record QueryResult(String id, String corpus, String query, int relevant, long matched, double precisionAt10,
      double recall, double ndcgAt10, List<String> top) {}

  /** What indexing a corpus with one morphology cost. */
  public record IndexCost(String corpus, long decisions, double seconds, long storeBytes) {}

  public record VariantResult(Variant variant, Scores all, Map<String, Scores> byCorpus, List<QueryResult> queries,
      List<IndexCost> indexing) {}

  private final ElasticsearchClient client;
  private final Path reportDir;
  private final String prefix;

  /**
   * @param prefix names the evaluation's indices ({@code <prefix>-<morphology>-<corpus>}); they
   *     are dropped and rebuilt on every run
   */
  public Evaluation(ElasticsearchClient client, Path reportDir, String prefix) {
    this.client = client;
    this.reportDir = reportDir;
    this.prefix = prefix;
  }

  public List<VariantResult> run(RelevanceSet set, List<Variant> variants, List<Corpus> corpora) {
    Map<String, List<IndexCost>> costs = new HashMap<>();
    List<VariantResult> out = new ArrayList<>();
    for (Variant v : variants) {
      List<QueryResult> results = new ArrayList<>();
      for (Corpus corpus : corpora) {
        String alias = prefix + "-" + v.morphology() + "-" + corpus.name();
        if (!costs.containsKey(alias)) {
          costs.put(alias, List.of(index(alias, v.morphology(), corpus)));
        }
        Map<String, String> pathById = paths(alias, corpus.root());
        Searcher searcher = new Searcher(DecisionIndex.of(client, alias));
        for (RelevanceSet.Judged q : set.of(corpus.name())) {
          results.add(ask(searcher, q, v.related(), q.grades(corpus.truth()), pathById));
        }
      }
      Map<String, Scores> byCorpus = new LinkedHashMap<>();
      for (Corpus corpus : corpora) {
        byCorpus.put(corpus.name(), Scores.mean(results.stream().filter(r -> r.corpus().equals(corpus.name())).toList()));
      }
      List<IndexCost> indexing = new ArrayList<>();
      for (Corpus corpus : corpora) {
        indexing.addAll(costs.get(prefix + "-" + v.morphology() + "-" + corpus.name()));
      }
      VariantResult r = new VariantResult(v, Scores.mean(results), byCorpus, results, indexing);
      log.info("{}: P@10 {} recall {} nDCG@10 {}", v.name(), f(r.all().precisionAt10()), f(r.all().recall()), f(r.all().ndcgAt10()));
      out.add(r);
    }
    return out;
  }

  private IndexCost index(String alias, String morphology, Corpus corpus) {
    drop(alias);
    drop(IndexNames.files(alias));
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
      IndexRun run = new IndexRun(client, alias, 1, "0", morphology, extractor, reportDir);
      long start = System.nanoTime();
      RunReport report = run.run(new IndexRun.Options(List.of(corpus.root()), CaseCards.empty(), false,
          Runtime.getRuntime().availableProcessors(), false, Set.of()));
      double seconds = (System.nanoTime() - start) / 1e9;
      String index = new IndexAdmin(client).concreteIndex(alias).orElseThrow();
      client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(true));
      long bytes = client.indices().stats(s -> s.index(index).metric("store")).indices().get(index)
          .primaries().store().sizeInBytes();
      log.info("indexed {} ({} decisions) with {} morphology in {} s, {} bytes", corpus.name(), report.decisionsIndexed(),
          morphology, String.format("%.1f", seconds), bytes);
      return new IndexCost(corpus.name(), report.decisionsIndexed(), seconds, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the indices behind {@code alias} (by name: clusters refuse wildcard deletes). */
  private void drop(String alias) {
    try {
      List<String> names = new ArrayList<>(client.indices().get(g -> g.index(alias + "-v*").allowNoIndices(true)).result().keySet());
      if (!names.isEmpty()) {
        client.indices().delete(d -> d.index(names));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decision id → file path relative to the corpus root. */
  private Map<String, String> paths(String alias, Path root) {
    Map<String, String> out = new HashMap<>();
    String base = root.toAbsolutePath().normalize().toString() + "/";
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> cursor = after;
        SearchResponse<ObjectNode> page = client.search(s -> {
          s.index(alias).size(1000).source(src -> src.filter(f -> f.includes("file_path")))
              .sort(o -> o.field(f -> f.field(Fields.DOC_ID)));
          if (cursor != null) {
            s.searchAfter(cursor);
          }
          return s;
        }, ObjectNode.class);
        List<Hit<ObjectNode>> hits = page.hits().hits();
        for (Hit<ObjectNode> h : hits) {
          String path = h.source().path("file_path").asText();
          out.put(h.id(), path.startsWith(base) ? path.substring(base.length()) : path);
        }
        if (hits.size() < 1000) {
          return out;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static QueryResult ask(Searcher searcher, RelevanceSet.Judged q, boolean related, Map<String, Integer> grades,
      Map<String, String> pathById) {
    if (grades.isEmpty()) {
      throw new IllegalStateException("relevance set: query " + q.id() + " («" + q.query() + "») has no relevant decision in the "
          + q.corpus() + " corpus; fix its judgment");
    }
    Map<String, List<String>> params = new HashMap<>();
    params.put("q", List.of(q.query()));
    params.put("size", List.of(String.valueOf(SearchQuery.MAX_SIZE)));
    params.put("sort", List.of("relevance"));
    if (related) {
      params.put("related", List.of("1"));
    }
    SearchQuery query = SearchQuery.of(params);
    Set<String> ranked = new LinkedHashSet<>(); // a file that yields several decisions counts once, at its best rank
    long matched = 0;
    while (true) {
      SearchResult page = searcher.search(query);
      matched = page.total();
      for (SearchResult.Hit h : page.hits()) {
        ranked.add(pathById.getOrDefault(h.id(), h.id()));
      }
      if (page.nextAfter() == null || ranked.size() >= DEPTH || page.hits().isEmpty()) {
        break;
      }
      query = query.withAfter(page.nextAfter());
    }
    List<String> list = new ArrayList<>(ranked);
    return new QueryResult(q.id(), q.corpus(), q.query(), grades.size(), matched,
        Metrics.precisionAt(10, list, grades), Metrics.recall(list, grades), Metrics.ndcgAt(10, list, grades),
        list.subList(0, Math.min(10, list.size())));
  }

  static String f(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
