package org.courtsearch.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.courtsearch.core.index.AnalysisMode;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decisions index as the contract defines it, on a real node with our analysis plugin. */
class DecisionIndexIT {
  static final Map<String, String> TEXTS = Map.of(
      "1", "Дело рассмотрено судом в открытом заседании.",
      "2", "Копия решения суда направлена сторонам.",
      "3", "Споры между судами разрешены.",
      "4", "Обвиняется в самовольном оставлении части, то есть в совершении преступления.",
      "5", "Подсудимый признан виновным; самовольное оставление части доказано.",
      "6", "Ёлка стояла во дворе войсковой части.",
      "7", "Елка не упоминается в деле о дезертирстве.",
      "8", "Совершил оставления места службы.");

  static ElasticsearchClient client;
  static String alias;
  static IndexAdmin admin;

  @BeforeAll
  static void createAndFill() throws IOException {
    TestCluster cluster = TestCluster.get();
    client = cluster.client();
    admin = new IndexAdmin(client);
    alias = TestCluster.uniqueName("decisions-it");
    admin.ensure(alias, IndexContract.DECISIONS, 1, "0-1", IndexContract.DEFAULT_MORPHOLOGY);
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias).refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
    TEXTS.forEach((id, text) -> bulk.operations(op -> op.index(i -> i.id(id).document(Map.of("text", text)))));
    assertEquals(false, client.bulk(bulk.build()).errors());
  }

  Set<String> ids(Query query) throws IOException {
    SearchResponse<Void> r = client.search(s -> s.index(alias).query(query).size(100), Void.class);
    return r.hits().hits().stream().map(h -> h.id()).collect(Collectors.toSet());
  }

  Set<String> match(String field, String words) throws IOException {
    return ids(Query.of(q -> q.match(m -> m.field(field).query(words))));
  }

  Set<String> phrase(String field, String words) throws IOException {
    return ids(Query.of(q -> q.matchPhrase(m -> m.field(field).query(words))));
  }

  @Test
  void embeddedNodeHasThePlugin() {
    assertEquals(AnalysisMode.PLUGIN, admin.detectAnalysis());
  }

  @Test
  void courtFindsItsInflectedForms() throws IOException {
    assertEquals(Set.of("1", "2", "3"), match("text", "суд"));
  }

  @Test
  void leavingFindsTheGenitive() throws IOException {
    assertEquals(Set.of("4", "5", "8"), match("text", "оставление")); // оставлении, оставление, оставления
  }

  @Test
  void yoAndYeFindEachOther() throws IOException {
    assertEquals(Set.of("6", "7"), match("text", "ёлка"));
    assertEquals(Set.of("6", "7"), match("text", "елка"));
  }

  @Test
  void exactPhraseDoesNotStem() throws IOException {
    assertEquals(Set.of("5"), phrase("text.exact", "самовольное оставление части"));
    assertEquals(Set.of("4", "5"), phrase("text", "самовольное оставление части"));
  }

  @Test
  void writesGoThroughAVersionedAliasThatCanBeSwapped() {
    assertEquals(alias + "-v1", admin.concreteIndex(alias).orElseThrow());
    String next = admin.nextVersion(alias);
    assertEquals(alias + "-v2", next);
    admin.create(next, null, IndexContract.DECISIONS, 1, "0", AnalysisMode.PLUGIN,
        IndexContract.DEFAULT_MORPHOLOGY);
    admin.swapAlias(alias, alias + "-v1", next);
    try {
      assertEquals(next, admin.concreteIndex(alias).orElseThrow());
    } finally {
      admin.swapAlias(alias, next, alias + "-v1");
    }
  }

  @Test
  void aPlainIndexWhereTheAliasShouldBeIsRefused() throws IOException {
    String name = TestCluster.uniqueName("plain");
    client.indices().create(c -> c.index(name));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> admin.concreteIndex(name));
    assertEquals(true, e.getMessage().contains("is an index, not an alias"));
  }
}
