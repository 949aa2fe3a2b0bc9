package org.courtsearch.indexer.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseKeys;
import org.courtsearch.core.cases.CaseMerge;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.CaseFields;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.index.IndexNames;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facts about cases, kept one document per source ({@code <alias>-case-facts}), and the case
 * records merged from them ({@code <alias>-cases}). A run writes facts as it reads files and
 * remembers the keys it touched; at its end {@link #rebuild} merges, for each touched case, every
 * fact that shares a key with it — from this run and from earlier ones — so a card read today and
 * a text read last month make one record, and reading the same files again changes nothing.
 *
 * <p>Why one class of this length: writing facts, forgetting a changed file's facts, finding the closure of keys a
 * rebuild must read and writing the merged records on two threads all share the same batching, paging and retry of
 * a busy cluster; split, each part would need all of them.
 */
public final class CaseStore {
  private static final Logger log = LoggerFactory.getLogger(CaseStore.class);
  private static final int PAGE = 5000;
  private static final int BATCH = 2000;

  private final ElasticsearchClient client;
  private final String factsAlias;
  private final String casesAlias;
  private final Set<String> touched = ConcurrentHashMap.newKeySet();
  /** The keys of each fact written, in order: one case's keys stay together in one batch of the rebuild. */
  private final Queue<List<String>> touchedTogether = new ConcurrentLinkedQueue<>();

  public CaseStore(ElasticsearchClient client, String alias) {
    this.client = client;
    this.factsAlias = IndexNames.caseFacts(alias);
    this.casesAlias = IndexNames.cases(alias);
  }

  /** Creates the two indices behind their aliases when missing. */
  public void ensure(int shards, String replicas, String morphology) {
    IndexAdmin admin = new IndexAdmin(client);
    admin.ensure(casesAlias, IndexContract.CASES, shards, replicas, morphology);
    admin.ensure(factsAlias, IndexContract.CASE_FACTS, 1, replicas, morphology);
  }

  /** The write of one source's facts; {@code file} is the file they came from (for forgetting them when it changes). */
  public Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>> write(CaseFacts facts, String file) {
    touch(facts.keys());
    FactDocument doc = new FactDocument(facts.sourceKind(), facts.sourcePath(), file, facts.seen(), facts.keys(), facts);
    String id = factId(facts.sourcePath());
    return op -> op.index(i -> i.index(factsAlias).id(id).document(doc));
  }

  /** One source's facts as stored: written by the bulk request's own serialiser, in one pass (no tree between). */
  record FactDocument(@JsonProperty("source_kind") String sourceKind, @JsonProperty("source_path") String sourcePath,
      String file, LocalDate seen, List<String> keys, CaseFacts facts) {}

  /**
   * Forgets what a file said (it changed or is gone); the cases it spoke of are rebuilt at the end
   * of the run. By id, not delete-by-query: that lives in a module clusters may not load.
   */
  public void forgetFile(String file) {
    try {
      List<BulkOperation> deletes = new ArrayList<>();
      for (JsonNode hit : search(List.of(file), "file")) {
        List<String> keys = new ArrayList<>();
        hit.path("keys").forEach(k -> keys.add(k.asText()));
        touch(keys);
        String id = factId(hit.path("source_path").asText());
        deletes.add(BulkOperation.of(op -> op.delete(d -> d.index(factsAlias).id(id))));
      }
      if (!deletes.isEmpty()) {
        BulkResponse r = client.bulk(b -> b.operations(deletes).refresh(Refresh.True));
        if (r.errors()) {
          throw new IllegalStateException("Elasticsearch did not forget the old facts of " + file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String factId(String sourcePath) {
    return CaseKeys.id("fact|" + sourcePath);
  }

  private void touch(List<String> keys) {
    touched.addAll(keys);
    touchedTogether.add(keys);
  }

  public int touchedCount() {
    return touched.size();
  }

  /** What a rebuild did. */
  public record Rebuilt(int cases, int removed, int facts) {}

  /**
   * Merges every touched case from all its facts and writes the records; links instances into chains.
   * The batches are independent (a batch takes whole cases: every fact sharing a key), so a batch's
   * records are written while the next batch is read and merged, two writes at a time.
   */
  public Rebuilt rebuild() {
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
      Thread t = new Thread(r, "case-writer");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(WRITERS);
    List<Future<?>> writes = new ArrayList<>();
    try {
      client.indices().refresh(r -> r.index(factsAlias));
      Set<String> done = new HashSet<>();
      Set<String> ordered = new LinkedHashSet<>();
      touchedTogether.forEach(ordered::addAll);
      ordered.addAll(touched);
      List<String> pending = new ArrayList<>(ordered);
      log.debug("merging the cases of {} keys", pending.size());
      int written = 0;
      int removed = 0;
      int factCount = 0;
      List<CaseRecord> withLower = new ArrayList<>();
      for (int start = 0; start < pending.size() && !anyFailed(writes); start += BATCH) {
        List<String> batch = new ArrayList<>();
        for (String k : pending.subList(start, Math.min(pending.size(), start + BATCH))) {
          if (!done.contains(k)) {
            batch.add(k);
          }
        }
        if (batch.isEmpty()) {
          continue;
        }
        Map<String, CaseFacts> facts = closure(batch);
        factCount += facts.size();
        List<Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>>> ops = new ArrayList<>();
        Set<String> batchKeys = new HashSet<>(batch);
        for (CaseFacts f : facts.values()) {
          batchKeys.addAll(f.keys());
        }
        done.addAll(batchKeys);
        List<String> existing = existingIds(batchKeys);
        Set<String> writtenIds = new HashSet<>();
        for (List<CaseFacts> group : CaseMerge.group(new ArrayList<>(facts.values()))) {
          CaseRecord record = CaseMerge.merge(group);
          if (record.chainId() == null) {
            record = record.withChain(record.caseId(), record.lower());
          }
          CaseRecord r = record;
          writtenIds.add(r.caseId());
          ops.add(op -> op.index(i -> i.index(casesAlias).id(r.caseId()).document(r)));
          if (r.lower() != null && r.lower().key() != null) {
            withLower.add(r);
          }
          written++;
        }
        // a record kept under a key that now belongs to a larger case (a text's number key, before its card's УИД came),
        // or whose sources are all gone
        for (String id : existing) {
          if (!writtenIds.contains(id)) {
            ops.add(op -> op.delete(d -> d.index(casesAlias).id(id)));
            removed++;
          }
        }
        inFlight.acquireUninterruptibly();
        writes.add(writers.submit(() -> {
          try {
            bulk(ops);
          } finally {
            inFlight.release();
          }
          return null;
        }));
      }
      awaitAll(writes);
      client.indices().refresh(r -> r.index(casesAlias));
      if (linkChains(withLower) > 0) {
        client.indices().refresh(r -> r.index(casesAlias));
      }
      touched.clear();
      touchedTogether.clear();
      return new Rebuilt(written, removed, factCount);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writers.shutdownNow();
    }
  }

  private static final int WRITERS = 2;

  /** Whether a write already failed: the rebuild stops reading (the failure is thrown by {@link #awaitAll}). */
  private static boolean anyFailed(List<Future<?>> writes) {
    for (Future<?> w : writes) {
      if (w.isDone() && !w.isCancelled()) {
        try {
          w.get();
        } catch (ExecutionException e) {
          return true;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return true;
        }
      }
    }
    return false;
  }

  /** Waits for every write; the first that failed fails the rebuild (with the cluster's reason). */
  private static void awaitAll(List<Future<?>> writes) throws IOException {
    for (Future<?> w : writes) {
      try {
        w.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing case records", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** The records that hold any of these keys now. */
  private List<String> existingIds(Collection<String> keys) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : searchCases(keys)) {
      ids.add(hit.path(CaseFields.CASE_ID).asText());
    }
    return ids;
  }

  /** An appeal or cassation joins the chain of the case its lower-court block names (which may know no УИД, e.g. a listing row). */
  private int linkChains(List<CaseRecord> records) throws IOException {
    List<Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>>> ops = new ArrayList<>();
    for (int start = 0; start < records.size(); start += 1000) {
      List<CaseRecord> batch = records.subList(start, Math.min(records.size(), start + 1000));
      Set<String> keys = new LinkedHashSet<>();
      batch.forEach(r -> keys.add(r.lower().key()));
      Map<String, String> chainByKey = new HashMap<>();
      for (JsonNode hit : searchCases(keys)) {
        for (JsonNode k : hit.path(CaseFields.KEYS)) {
          chainByKey.put(k.asText(), hit.path(CaseFields.CHAIN_ID).asText());
        }
      }
      for (CaseRecord r : batch) {
        String chain = chainByKey.get(r.lower().key());
        if (chain != null && !chain.equals(r.chainId())) {
          Map<String, Object> doc = Map.of(CaseFields.CHAIN_ID, chain);
          ops.add(op -> op.update(u -> u.index(casesAlias).id(r.caseId()).action(a -> a.doc(doc))));
        }
      }
    }
    bulk(ops);
    return ops.size();
  }

  /** Every fact sharing a key with {@code keys}, directly or through other facts. */
  private Map<String, CaseFacts> closure(Collection<String> keys) throws IOException {
    Map<String, CaseFacts> facts = new HashMap<>();
    Set<String> asked = new HashSet<>();
    List<String> next = new ArrayList<>(keys);
    while (!next.isEmpty()) {
      asked.addAll(next);
      List<String> found = new ArrayList<>();
      for (JsonNode hit : search(next, "keys")) {
        CaseFacts f = Json.mapper().treeToValue(hit.path("facts"), CaseFacts.class);
        if (facts.putIfAbsent(f.sourcePath(), f) == null) {
          for (String k : f.keys()) {
            if (!asked.contains(k) && !found.contains(k)) {
              found.add(k);
            }
          }
        }
      }
      next = found;
    }
    return facts;
  }

  private List<JsonNode> search(List<String> values, String field) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (int start = 0; start < values.size(); start += 1000) {
      List<FieldValue> terms = values.subList(start, Math.min(values.size(), start + 1000)).stream().map(FieldValue::of).toList();
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> cursor = after;
        SearchResponse<JsonNode> page = client.search(s -> {
          s.index(factsAlias).size(PAGE).query(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))))
              .sort(o -> o.field(f -> f.field("source_path").order(SortOrder.Asc)));
          if (cursor != null) {
            s.searchAfter(cursor);
          }
          return s;
        }, JsonNode.class);
        List<Hit<JsonNode>> hits = page.hits().hits();
        hits.forEach(h -> out.add(h.source()));
        if (hits.size() < PAGE) {
          break;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    }
    return out;
  }

  private List<JsonNode> searchCases(Collection<String> keys) throws IOException {
    List<FieldValue> terms = keys.stream().map(FieldValue::of).toList();
    SearchResponse<JsonNode> page = client.search(s -> s.index(casesAlias).size(10_000)
        .source(src -> src.filter(f -> f.includes(CaseFields.KEYS, CaseFields.CHAIN_ID, CaseFields.CASE_ID)))
        .query(q -> q.terms(t -> t.field(CaseFields.KEYS).terms(v -> v.value(terms)))), JsonNode.class);
    List<JsonNode> out = new ArrayList<>();
    page.hits().hits().forEach(h -> out.add(h.source()));
    return out;
  }

  /**
   * Writes the operations in bulks of 1,000; a bulk the cluster is too busy for (429, 503), whole or
   * item by item, goes again after a growing pause — a busy cluster slows the rebuild, never fails it.
   */
  private void bulk(List<Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>>> ops) throws IOException {
    for (int start = 0; start < ops.size(); start += 1000) {
      List<BulkOperation> chunk = new ArrayList<>();
      for (Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>> op : ops.subList(start, Math.min(ops.size(), start + 1000))) {
        chunk.add(op.apply(new BulkOperation.Builder()).build());
      }
      for (int attempt = 1; !chunk.isEmpty(); attempt++) {
        BulkResponse response;
        try {
          List<BulkOperation> send = chunk;
          response = client.bulk(b -> b.operations(send));
        } catch (IOException | RuntimeException e) {
          if (!busy(e) || attempt > MAX_ATTEMPTS) {
            throw e;
          }
          pause(attempt);
          continue;
        }
        List<BulkOperation> again = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
          BulkResponseItem item = items.get(i);
          if (item.error() == null || item.status() == 404) {
            continue;
          }
          if ((item.status() == 429 || item.status() == 503) && attempt <= MAX_ATTEMPTS) {
            again.add(chunk.get(i));
          } else {
            throw new IllegalStateException("Elasticsearch refused a case record " + item.id() + ": " + item.error().reason());
          }
        }
        if (!again.isEmpty()) {
          pause(attempt);
        }
        chunk = again;
      }
    }
    if (!ops.isEmpty()) {
      log.debug("{} case operations written", ops.size());
    }
  }

  private static final int MAX_ATTEMPTS = 12;

  /** Whether a failure is the cluster being too busy or a shard briefly without a copy: worth another try. */
  static boolean busy(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ResponseException re) {
        int status = re.getResponse().getStatusLine().getStatusCode();
        return status == 429 || status == 503;
      }
      if (c instanceof ElasticsearchException ee) {
        return ee.status() == 429 || ee.status() == 503;
      }
      if (c instanceof TransportException te && (te.statusCode() == 429 || te.statusCode() == 503)) {
        return true;
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(5_000L, 100L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the cluster was busy", e);
    }
  }

}
