package org.courtsearch.core.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtsearch.core.es.LowLevel;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates indices from the contract and keeps every index behind its alias
 * ({@code decisions} → {@code decisions-v1}), so a mapping change is a new version plus an
 * atomic alias swap.
 */
public final class IndexAdmin {
  public static final String PLUGIN_NAME = "courtsearch-analysis";
  private static final Logger log = LoggerFactory.getLogger(IndexAdmin.class);

  private final ElasticsearchClient client;

  public IndexAdmin(ElasticsearchClient client) {
    this.client = client;
  }

  /** PLUGIN when every node has courtsearch-analysis (as a plugin or, embedded, as a module). */
  public AnalysisMode detectAnalysis() {
    try {
      JsonNode nodes = LowLevel.get(client, "/_nodes/plugins?filter_path=nodes.*.plugins.name,nodes.*.modules.name").path("nodes");
      boolean everywhere = nodes.size() > 0;
      for (JsonNode node : nodes) {
        everywhere &= hasPlugin(node.path("plugins")) || hasPlugin(node.path("modules"));
      }
      if (!everywhere) {
        log.warn("The {} plugin is not installed on every node of this cluster: indexing with Elasticsearch's stock "
            + "Russian analysis instead (Snowball, no ё folding in the plugin's sense). Install the plugin zip for "
            + "the analysis courtsearch is tested with.", PLUGIN_NAME);
      }
      return everywhere ? AnalysisMode.PLUGIN : AnalysisMode.STOCK;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasPlugin(JsonNode list) {
    for (JsonNode p : list) {
      if (PLUGIN_NAME.equals(p.path("name").asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes sure {@code alias} points at an index built from contract {@code contract}; creates
   * {@code <alias>-v1} when there is none. Returns the concrete index name.
   */
  public String ensure(String alias, String contract, int shards, String replicas, String morphology) {
    Optional<String> current = concreteIndex(alias);
    if (current.isPresent()) {
      addNewFields(current.get(), contract);
      if (IndexContract.DECISIONS.equals(contract)) {
        String built = morphology(current.get());
        if (!built.equals(morphology)) {
          log.warn("Index {} was built with {} morphology, the configuration asks for {}: searches use the index's own. "
              + "Run `courtsearch reindex` to rebuild it with {}.", current.get(), built, morphology, morphology);
        }
      }
      return current.get();
    }
    String index = IndexNames.version(alias, 1);
    create(index, alias, contract, shards, replicas, detectAnalysis(), morphology);
    return index;
  }

  /**
   * The morphology {@code index} analyses text with: its {@code ru_text} analyzer's setting,
   * {@code snowball} for indices created before the setting existed or with the stock chain.
   */
  public String morphology(String index) {
    try {
      JsonNode analyzer = LowLevel.get(client, "/" + index + "/_settings?filter_path=*.settings.index.analysis.analyzer.ru_text")
          .path(index).path("settings").path("index").path("analysis").path("analyzer").path("ru_text");
      return analyzer.path("morphology").asText("snowball");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index behind {@code alias}, if the alias exists. Fails if {@code alias} is a plain index. */
  public Optional<String> concreteIndex(String alias) {
    try {
      if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
        if (client.indices().exists(e -> e.index(alias)).value()) {
          throw new IllegalStateException("'" + alias + "' is an index, not an alias: courtsearch writes through an alias. "
              + "Reindex it into " + alias + "-v1 and point the alias there, or choose another COURTSEARCH_INDEX.");
        }
        return Optional.empty();
      }
      Map<String, IndexAliases> result = client.indices().getAlias(a -> a.name(alias)).result();
      return result.entrySet().stream()
          .filter(e -> e.getValue().aliases().get(alias) != null
              && !Boolean.FALSE.equals(e.getValue().aliases().get(alias).isWriteIndex()))
          .map(Map.Entry::getKey)
          .findFirst()
          .or(() -> result.keySet().stream().findFirst());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fields the contract gained since {@code index} was built (e.g. {@code first_instance}) are
   * added to it in place: Elasticsearch accepts new fields on a live index, and a strict mapping
   * would otherwise refuse every decision that carries one. A change to an existing field is
   * refused by Elasticsearch; that needs {@code courtsearch reindex}, and the warning says so.
   */
  void addNewFields(String index, String contract) {
    ObjectNode mappings = (ObjectNode) IndexContract.definition(contract).get("mappings");
    try {
      client.indices().putMapping(p -> p.index(index).withJson(new StringReader(mappings.toString())));
    } catch (ElasticsearchException | IOException e) {
      log.warn("Index {} does not take the current mapping of {} ({}); run `courtsearch reindex` to rebuild it.", index, contract,
          e.getMessage());
    }
  }

  /** Creates {@code index} from the contract; with {@code alias} non-null, the alias points at it for writes. */
  public void create(String index, String alias, String contract, int shards, String replicas, AnalysisMode analysis,
      String morphology) {
    if (analysis == AnalysisMode.STOCK && !morphology.equals("snowball")) {
      log.warn("{} morphology needs the {} plugin; {} gets the stock Snowball chain", morphology, PLUGIN_NAME, index);
    }
    ObjectNode body = IndexContract.forCluster(contract, analysis, shards, replicas, morphology);
    if (alias != null) {
      body.with("aliases").with(alias).put("is_write_index", true);
    }
    try {
      LowLevel.put(client, "/" + index, body);
      log.info("created index {} ({} analysis, {} morphology){}", index, analysis,
          analysis == AnalysisMode.STOCK ? "snowball" : morphology, alias == null ? "" : " behind alias " + alias);
    } catch (ResponseException e) {
      JsonNode error = LowLevel.error(e);
      if ("resource_already_exists_exception".equals(error.path("type").asText())) {
        log.debug("index {} was created concurrently", index);
        return;
      }
      throw new IllegalStateException("Elasticsearch did not create index " + index + ": "
          + (error.has("reason") ? error.path("type").asText() + ": " + error.path("reason").asText() : e.getMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves {@code alias} from {@code from} to {@code to} in one atomic cluster-state update. */
  public void swapAlias(String alias, String from, String to) {
    try {
      client.indices().updateAliases(u -> u
          .actions(a -> a.remove(r -> r.index(from).alias(alias)))
          .actions(a -> a.add(ad -> ad.index(to).alias(alias).isWriteIndex(true))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies every document of {@code from} into {@code to}, in pages of a point in time, through
   * bulk requests: a reindex that needs no reindex module (the embedded node has none).
   * Returns the number of documents copied.
   */
  public long copyAll(String from, String to) {
    try {
      client.indices().refresh(r -> r.index(from)); // a point in time sees only what was refreshed
      String pit = client.openPointInTime(p -> p.index(from).keepAlive(t -> t.time("5m"))).id();
      long n = 0;
      try {
        List<FieldValue> after = null;
        while (true) {
          List<FieldValue> cursor = after;
          SearchResponse<ObjectNode> page =
              client.search(s -> {
                s.size(1000).pit(p -> p.id(pit).keepAlive(t -> t.time("5m")))
                    .sort(o -> o.field(f -> f.field("_shard_doc")));
                if (cursor != null) {
                  s.searchAfter(cursor);
                }
                return s;
              }, ObjectNode.class);
          var hits = page.hits().hits();
          if (hits.isEmpty()) {
            break;
          }
          BulkRequest.Builder bulk = new BulkRequest.Builder();
          for (var h : hits) {
            bulk.operations(op -> op.index(i -> i.index(to).id(h.id()).document(h.source())));
          }
          var response = client.bulk(bulk.build());
          if (response.errors()) {
            var failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException("copying into " + to + " failed for " + failed.id() + ": " + failed.error().reason());
          }
          n += hits.size();
          if (hits.size() < 1000) {
            break;
          }
          after = hits.get(hits.size() - 1).sort();
        }
      } finally {
        client.closePointInTime(c -> c.id(pit));
      }
      client.indices().refresh(r -> r.index(to));
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version after the highest {@code <alias>-vN} that exists, e.g. {@code decisions-v2}. */
  public String nextVersion(String alias) {
    try {
      Pattern versioned = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)");
      int max = 0;
      for (String name : client.indices().get(g -> g.index(alias + "-v*").allowNoIndices(true)).result().keySet()) {
        Matcher m = versioned.matcher(name);
        if (m.matches()) {
          max = Math.max(max, Integer.parseInt(m.group(1)));
        }
      }
      return IndexNames.version(alias, max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
