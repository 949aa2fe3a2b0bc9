package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.es.LowLevel;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * The same decisions in a one-shard and a three-shard index give the same facet counts: where a
 * shard's top values leave a count low, the listed values are counted again exactly, and «≈» is
 * shown only when the list itself cannot be proven complete.
 */
class ShardedFacetsIT {
  static final int GROUPS = 3;
  static final int NOISE = 400; // distinct judges per group: more than a shard returns (200)
  static final int COMMON = 15;

  /** Routing values that land on three different shards, so that each group is a shard of its own. */
  static List<String> routings(WebFixture web, String alias) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    java.util.Set<Integer> shards = new java.util.HashSet<>();
    for (int i = 0; out.size() < GROUPS && i < 100; i++) {
      JsonNode where = LowLevel.get(web.client, "/" + alias + "/_search_shards?routing=r" + i);
      if (shards.add(where.path("shards").get(0).get(0).path("shard").asInt())) {
        out.add("r" + i);
      }
    }
    return out;
  }

  static void load(WebFixture web, String alias, int shards) throws Exception {
    new IndexAdmin(web.client).ensure(alias, IndexContract.DECISIONS, shards, "0", IndexContract.DEFAULT_MORPHOLOGY);
    List<String> routings = shards == 1 ? List.of("r0", "r0", "r0") : routings(web, alias);
    try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(web.client).maxOperations(2000))) {
      int n = 0;
      for (int g = 0; g < GROUPS; g++) {
        String routing = routings.get(g);
        // one judge mostly in this group's shard and once in each other: a shard that returns only its
        // top 200 leaves that single decision out (it ties with the noise and sorts after it)
        for (int c = 0; c < (g == 0 ? 20 : 1); c++) {
          add(bulk, alias, routing, n++, "Яковлев В.В.");
        }
        for (int i = 0; i < NOISE; i++) {
          add(bulk, alias, routing, n++, "Шумов-" + g + "-" + i + " А.А.");
        }
        for (int k = 0; k < COMMON; k++) {
          for (int c = 0; c <= k; c++) {
            add(bulk, alias, routing, n++, "Общий-" + k + " Б.Б.");
          }
        }
      }
    }
    web.client.indices().refresh(r -> r.index(alias));
  }

  static void add(BulkIngester<Void> bulk, String alias, String routing, int i, String judge) {
    String id = String.format("%064x", i + 7_000_000);
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i % 300);
    Decision d = Decision.builder().docId(id).text("Приговор " + i).title("Приговор " + i)
        .court("Суд " + (i % 5)).courtKind(CourtKind.DISTRICT).region("Регион")
        .decisionDate(date).yearMonth(date.toString().substring(0, 7)).year(date.getYear()).caseNumber("1-" + i + "/2024")
        .docType(DocType.SENTENCE).instance(Instance.FIRST)
        .articles(List.of("УК РФ 158")).articlesPart(List.of("УК РФ 158 ч.1")).articlesMentioned(List.of())
        .judge(judge).outcome(Outcome.CONVICTION).punishment(List.of()).filePaths(List.of())
        .metadataSources(List.of()).extractionWarnings(List.of()).ocr(false).evidence(List.of())
        .build();
    bulk.add(op -> op.index(ix -> ix.index(alias).id(id).routing(routing).document(d)));
  }

  /** The search page's facets, a report by judge and by month, and the CSV export of everything, from one index. */
  record Answers(JsonNode search, JsonNode report, String csv) {}

  static Answers ask(WebFixture web, String alias) throws Exception {
    WebServer server = new WebServer(WebFixture.config(alias, Map.of()), web.client, "embedded").start();
    try {
      URI root = URI.create("http://127.0.0.1:" + server.port());
      JsonNode search = Json.mapper().readTree(web.get(root, "/api/search?size=1").body());
      JsonNode report = Json.mapper().readTree(web.get(root, "/api/report?by=judge&by=month").body());
      String csv = web.get(root, "/api/export?format=csv&sort=date_asc").body();
      return new Answers(search, report, csv);
    } finally {
      server.stop();
    }
  }

  @Test
  void threeShardsCountLikeOne() throws Exception {
    WebFixture web = WebFixture.get();
    String one = TestCluster.uniqueName("facets-one");
    String three = TestCluster.uniqueName("facets-three");
    load(web, one, 1);
    load(web, three, 3);
    // the case exists: Elasticsearch itself says the judge counts of three shards may be low
    var raw = web.client.search(s -> s.index(three).size(0)
        .aggregations("j", a -> a.terms(t -> t.field("judge").size(11).shardSize(200))), Void.class);
    assertTrue(raw.aggregations().get("j").sterms().docCountErrorUpperBound() > 0, "the shards disagree on their top judges");

    Answers oneShard = ask(web, one);
    Answers threeShards = ask(web, three);
    JsonNode single = oneShard.search();
    JsonNode sharded = threeShards.search();
    // reports (composite aggregations paged to the end) and exports (point in time) were exact already
    assertEquals(oneShard.report().path("rows"), threeShards.report().path("rows"), "every report cell");
    assertEquals(oneShard.report().path("totals"), threeShards.report().path("totals"));
    long lines = threeShards.csv().lines().count();
    assertEquals(oneShard.csv().lines().count(), lines, "the export is complete");
    assertEquals(1 + sharded.path("total").asLong(), lines, "a header and a row a decision");
    assertEquals(single.path("total").asLong(), sharded.path("total").asLong());
    assertEquals(single.path("facets").path("judge"), sharded.path("facets").path("judge"), "the same judges with the same counts");
    assertEquals(single.path("facets").path("court"), sharded.path("facets").path("court"));
    for (JsonNode f : sharded.path("approximate_facets")) {
      assertFalse(f.asText().equals("judge"), "the judge list is proven complete, so no «≈»");
    }
    long yakovlev = 0;
    for (JsonNode v : sharded.path("facets").path("judge")) {
      if (v.path("value").asText().equals("Яковлев В.В.")) {
        yakovlev = v.path("count").asLong();
      }
    }
    assertEquals(22, yakovlev, "20 decisions on one shard and one on each other, all counted");
  }
}
