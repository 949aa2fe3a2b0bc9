package org.courtsearch.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.mime.MediaType;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.core.workbench.Workbench;
import org.courtsearch.indexer.cases.CaseResolver;
import org.courtsearch.indexer.cases.CaseStore;
import org.courtsearch.indexer.extract.Archives;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractResult;
import org.courtsearch.indexer.extract.SkipReason;
import org.courtsearch.indexer.extract.Source;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.DecisionMetadata;
import org.courtsearch.indexer.metadata.MetadataExtractor;
import org.courtsearch.indexer.sidecar.CardOverrides;
import org.courtsearch.indexer.sidecar.CaseCard;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code courtsearch index}: walks the roots ({@link FileWalker}), extracts every new
 * or changed file on all cores, and sends its decisions, with the content hash as id, to the
 * resilient bulk sink ({@link DecisionSink}); what is known of files across runs is the
 * {@link ChangeLedger}, what the run counts the {@link Tally}.
 *
 * <p>Why it can be killed at any moment: a file's state (size, time, hash, decision ids) is
 * recorded only after Elasticsearch acknowledged all its decisions, so an interrupted file is
 * simply done again next time, under the same ids. Unchanged files (same size and time) are
 * not read at all. A file whose content is already indexed from another path adds its path to
 * that decision instead of a second copy.
 *
 * <p>Why one class of this length: the walk, the extraction pool, the duplicates, the file states, the case facts
 * and the end of a run (prune, case rebuild, tags put back, the report) share one run's state — its ledger, its sink,
 * its tally, the abort flag a dead cluster sets — and the order of its phases is what makes a killed run resumable.
 */
public final class IndexRun {
  private static final Logger log = LoggerFactory.getLogger(IndexRun.class);
  /** The decisions index's refresh interval while a run writes (see {@code Execution#refreshEvery}). */
  static final String BULK_REFRESH = "30s";

  /**
   * @param roots folders (or single files) to index
   * @param cards case cards from a sidecar file
   * @param prune remove decisions whose files are gone
   * @param threads extraction threads
   * @param progress a progress bar on the terminal (else periodic log lines)
   */
  public record Options(List<Path> roots, CaseCards cards, boolean prune, int threads, boolean progress, Set<Path> exclude) {}

  private final ElasticsearchClient client;
  private final String alias;
  private final int shards;
  private final String replicas;
  private final String morphology;
  private final DocumentExtractor extractor;
  private final MetadataExtractor metadata;
  private final CourtDirectory courts;
  private final CaseResolver resolver;
  private final Path reportDir;

  public IndexRun(ElasticsearchClient client, String alias, int shards, String replicas, DocumentExtractor extractor,
      Path reportDir) {
    this(client, alias, shards, replicas, IndexContract.DEFAULT_MORPHOLOGY, extractor, reportDir);
  }

  /** @param morphology the word-form reduction of the index, when this run creates it */
  public IndexRun(ElasticsearchClient client, String alias, int shards, String replicas, String morphology,
      DocumentExtractor extractor, Path reportDir) {
    this.client = client;
    this.morphology = morphology;
    this.alias = alias;
    this.shards = shards;
    this.replicas = replicas;
    this.extractor = extractor;
    this.courts = CourtDirectory.shared();
    this.metadata = new MetadataExtractor(courts);
    this.resolver = new CaseResolver(courts);
    this.reportDir = reportDir;
  }

  public RunReport run(Options options) {
    for (Path root : options.roots()) {
      if (!Files.exists(root)) {
        throw new IllegalArgumentException("no such file or folder: " + root);
      }
    }
    return new Execution(options).run();
  }

  /** The state of one run; a new one for every run. */
  private final class Execution implements DecisionSink.Listener {
    final Options options;
    final String runId = Instant.now().toString().replaceAll("[:.]", "-") + "-" + UUID.randomUUID().toString().substring(0, 6);
    final Instant started = Instant.now();
    final String filesAlias = IndexNames.files(alias);
    final ChangeLedger ledger;
    final Tally tally = new Tally();
    final AtomicReference<String> aborted = new AtomicReference<>();
    /** File bytes read and not yet extracted: memory stays bounded however large the files. */
    final Semaphore bytesInFlight = new Semaphore(256 << 20);
    final DecisionSink sink;
    final CaseStore cases;
    Progress progress;

    Execution(Options options) {
      this.options = options;
      IndexAdmin admin = new IndexAdmin(client);
      this.cases = new CaseStore(client, alias);
      // made side by side: each creation waits for its shards to start, most of a short run's set-up
      allOf(() -> admin.ensure(alias, IndexContract.DECISIONS, shards, replicas, morphology),
          () -> admin.ensure(filesAlias, "files", 1, replicas, morphology),
          () -> cases.ensure(shards, replicas, morphology));
      List<String> prefixes = options.roots().stream().map(r -> r.toAbsolutePath().normalize().toString()).toList();
      this.ledger = new ChangeLedger(new FileStateStore(client, filesAlias).load(prefixes));
      this.sink = new DecisionSink(client, aborted, this);
      refreshEvery(BULK_REFRESH);
    }

    /**
     * How often the decisions index makes new writes searchable. The contract's second suits a site
     * being searched; during a run it refreshes every {@link #BULK_REFRESH} instead — a tenth less of
     * the node's CPU on real-length texts (BENCHMARKS.md, issue 22) — and the contract's interval is
     * put back, with a refresh, once the decisions are written. A run killed midway loses nothing
     * (refreshing is not what makes a write durable) and leaves the index searchable within the
     * longer interval until the next run puts the contract's back.
     */
    private void refreshEvery(String interval) {
      try {
        client.indices().putSettings(p -> p.index(alias).settings(i -> i.refreshInterval(t -> t.time(interval))));
      } catch (IOException | RuntimeException e) {
        log.warn("could not set the refresh interval of {} to {}: {}", alias, interval, e.getMessage());
      }
    }

    private void restoreRefresh() {
      refreshEvery(IndexContract.definition(IndexContract.DECISIONS).path("settings").path("index").path("refresh_interval")
          .asText("1s"));
      try {
        client.indices().refresh(r -> r.index(alias));
      } catch (IOException | RuntimeException e) {
        log.warn("could not refresh {}: {}", alias, e.getMessage());
      }
    }

    RunReport run() {
      List<Path> paths = FileWalker.walk(options.roots(), options.exclude(), tally::failed);
      log.info("{} files to look at under {}; {} recorded by earlier runs", paths.size(), options.roots(), ledger.recordedCount());
      Optional<Path> sidecar = options.cards().source();
      progress = new Progress(paths.size() + (sidecar.isPresent() ? 1 : 0), options.progress());
      sink.start();
      // the metadata file's cards enrich decisions, and are what they say of their cases too
      sidecar.ifPresent(file -> guarded(file, DocumentExtractor.CASE_TABLE));
      CompletableFuture<Void> refreshed;
      ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(options.threads() * 4), new ThreadPoolExecutor.CallerRunsPolicy());
      try {
        for (Path path : paths) {
          if (aborted.get() != null) {
            break;
          }
          pool.execute(() -> guarded(path, null));
        }
      } finally {
        pool.shutdown();
        awaitQuietly(pool);
        log.debug("files read; waiting for the last decisions to be written");
        sink.finishDecisions();
        finishDuplicates();
        updatePathsAndPrune();
        sink.close();
        progress.close();
        log.debug("decisions and file states written");
        // the decisions index's refresh (one thread of the node writing the run's last segment) and the merging of the
        // cases (the indexer reading facts, the node answering) use different cores: side by side, not one after the other
        refreshed = CompletableFuture.runAsync(this::restoreRefresh);
      }
      long casesUpdated = 0;
      try {
        if (cases.touchedCount() > 0) {
          CaseStore.Rebuilt rebuilt = cases.rebuild();
          casesUpdated = rebuilt.cases();
          log.info("{} cases merged from {} sources ({} records folded into others)", rebuilt.cases(), rebuilt.facts(),
              rebuilt.removed());
        }
      } finally {
        refreshed.join(); // restoreRefresh logs its own failures; a run ends with its decisions searchable
      }
      if (tally.decisionsIndexed.get() > 0) {
        long retagged = new Workbench(client, alias).reapplyTags(); // a rewritten decision comes without its team's tags
        if (retagged > 0) {
          log.info("tags of {} decisions put back from their notes", retagged);
        }
      }
      RunReport report = tally.report(runId, options.roots(), started, sink.resent(), casesUpdated, aborted.get());
      RunReports.write(reportDir, report);
      return report;
    }

    @Override
    public void indexed(Job job) {
      tally.filesIndexed.incrementAndGet();
      tally.decisionsIndexed.addAndGet(job.ids.size());
      recordState(job, FileState.INDEXED, null, null, job.ids);
    }

    @Override
    public void failed(String path, String message) {
      tally.failed(path, message);
    }

    /** @param type the file's type when it is known beforehand (else detected) */
    private void guarded(Path path, MediaType type) {
      sink.waitWhileDown();
      try {
        processFile(path, type);
      } catch (RuntimeException | IOException | Error e) {
        tally.failed(path.toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
        log.debug("failed on {}", path, e);
      } finally {
        progress.step(tally.problems());
      }
    }

    private void processFile(Path file, MediaType known) throws IOException {
      tally.files.incrementAndGet();
      String path = file.toString();
      ledger.seen(path);
      long size = Files.size(file);
      long mtime = Files.getLastModifiedTime(file).toMillis();
      FileState before = ledger.before(path);
      if (before != null && before.size() == size && before.mtime() == mtime) {
        tally.unchanged.incrementAndGet();
        if ("archive".equals(before.reason())) {
          ledger.archiveSeen(path);
        }
        return;
      }
      MediaType type = known != null ? known : extractor.detectFile(file);
      if (Archives.isArchive(type)) {
        // streamed entry by entry: the size limit is for each entry, not for the archive
        processArchive(file, type, size, mtime, before);
        return;
      }
      if (size > extractor.limits().maxFileBytes()) {
        skip(new Job(path, size, mtime, null, before), SkipReason.TOO_LARGE, size + " bytes");
        return;
      }
      int permits = (int) Math.min(size + 1, 256L << 20);
      bytesInFlight.acquireUninterruptibly(permits);
      try {
        byte[] bytes = Files.readAllBytes(file);
        processSource(Source.of(path, bytes).withType(type), new Job(path, size, mtime, sha256(bytes), before), 0);
      } finally {
        bytesInFlight.release(permits);
      }
    }

    private void processArchive(Path file, MediaType type, long size, long mtime, FileState before) throws IOException {
      String path = file.toString();
      Job archive = new Job(path, size, mtime, null, before);
      try {
        Archives.forEach(path, type, () -> Files.newInputStream(file), () -> Files.newByteChannel(file),
            extractor.limits(), visitor(0));
        recordState(archive, FileState.INDEXED, "archive", null, List.of());
      } catch (Archives.LimitExceeded e) {
        skip(archive, SkipReason.ARCHIVE_LIMIT, e.getMessage());
      } catch (IOException | RuntimeException e) {
        skip(archive, SkipReason.CORRUPT, "archive: " + e.getMessage());
      }
    }

    private Archives.EntryVisitor visitor(int depth) {
      return new Archives.EntryVisitor() {
        @Override
        public void entry(Source source) {
          tally.entries.incrementAndGet();
          ledger.seen(source.path());
          FileState before = ledger.before(source.path());
          String sha = sha256(source.bytes());
          if (before != null && sha.equals(before.sha256())) {
            tally.unchanged.incrementAndGet();
            return;
          }
          try {
            processSource(source, new Job(source.path(), source.bytes().length, 0, sha, before), depth + 1);
          } catch (RuntimeException | IOException e) {
            tally.failed(source.path(), e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }

        @Override
        public void tooLarge(String path, long size) {
          tally.entries.incrementAndGet();
          ledger.seen(path);
          skip(new Job(path, size, 0, null, ledger.before(path)), SkipReason.TOO_LARGE, size + " bytes");
        }
      };
    }

    private void processSource(Source source, Job job, int depth) throws IOException {
      if (!ledger.claim(job)) {
        // same content as a decision already indexed (earlier run) or being indexed now
        tally.duplicates.incrementAndGet();
        return;
      }
      if (job.before != null) {
        cases.forgetFile(job.path);
      }
      ExtractResult result = extractor.extract(source);
      if (result instanceof ExtractResult.Skipped s) {
        ledger.skipped(job.sha, s.reason(), s.detail());
        skip(job, s.reason(), s.detail());
      } else if (result instanceof ExtractResult.Archive a) {
        if (depth >= extractor.limits().maxArchiveDepth()) {
          skip(job, SkipReason.ARCHIVE_LIMIT, "archives nested deeper than " + depth);
          return;
        }
        try {
          Archives.forEach(source.path(), MediaType.parse(a.contentType()),
              () -> new ByteArrayInputStream(source.bytes()),
              () -> (SeekableByteChannel) new SeekableInMemoryByteChannel(source.bytes()),
              extractor.limits(), visitor(depth));
          recordState(job, FileState.INDEXED, "archive", null, List.of());
        } catch (Archives.LimitExceeded e) {
          skip(job, SkipReason.ARCHIVE_LIMIT, e.getMessage());
        } catch (IOException e) {
          skip(job, SkipReason.CORRUPT, "archive: " + e.getMessage());
        }
      } else if (result instanceof ExtractResult.Extracted x) {
        index(source, job, x);
      }
    }

    private void index(Source source, Job job, ExtractResult.Extracted extracted) {
      tally.caseRowsLeftOut.addAndGet(extracted.casesLeftOut());
      List<String> ids = new ArrayList<>();
      List<Decision> docs = new ArrayList<>();
      List<CaseFacts> facts = new ArrayList<>();
      List<CaseFacts.ActLink> pageActs = new ArrayList<>();
      for (ExtractResult.Act act : extracted.acts()) {
        DecisionMetadata m = metadata.extract(act.text(), act.card());
        if (m.docType() == null && m.court() == null && m.caseNumber() == null) {
          continue;
        }
        Optional<CaseCard> card = options.cards().find(job.path, m.caseNumber());
        if (card.isPresent()) {
          m = CardOverrides.apply(m, card.get(), courts);
        }
        String id = act.key().isEmpty() ? job.sha : job.sha + "-" + act.key().substring(1);
        List<String> warnings = new ArrayList<>(extracted.warnings());
        warnings.addAll(m.warnings());
        String path = act.key().isEmpty() ? job.path : job.path + act.key();
        ids.add(id);
        docs.add(DecisionBuilder.build(id, act.text(), m, path, ledger.paths(job.sha), source.fileName(),
            extracted.contentType(), source.bytes().length, job.sha, warnings, extracted.ocr()));
        pageActs.add(new CaseFacts.ActLink(id, act.docType() != null ? act.docType() : ValueLabel.valueOf(m.docType()), m.decisionDate(), path, null));
        CaseFacts text = resolver.fromDecision(id, path, m);
        if (text != null) {
          facts.add(text);
        }
      }
      LocalDate fileDay = job.mtime > 0 ? LocalDate.ofInstant(Instant.ofEpochMilli(job.mtime), ZoneOffset.UTC) : null;
      for (CaseFacts read : extracted.cases()) {
        CaseFacts f = resolver.resolve(withPage(read, fileDay, extracted.cases().size() == 1 ? pageActs : List.of()));
        if (f != null) {
          facts.add(f);
        }
      }
      if (docs.isEmpty() && facts.isEmpty()) {
        ledger.skipped(job.sha, SkipReason.NOT_A_DECISION, extracted.contentType());
        skip(job, SkipReason.NOT_A_DECISION, extracted.contentType());
        return;
      }
      ledger.indexed(job.sha, ids);
      job.pending.set(docs.size() + facts.size());
      job.ids = List.copyOf(ids);
      job.counted = true;
      sink.expect(docs.size() + facts.size());
      for (int i = 0; i < docs.size(); i++) {
        Decision d = docs.get(i);
        String id = ids.get(i);
        tally.sending(d);
        sink.send(op -> op.index(ix -> ix.index(alias).id(id).document(d)), job);
      }
      for (CaseFacts f : facts) {
        tally.caseSources.incrementAndGet();
        sink.send(cases.write(f, job.path), job);
      }
    }

    /** A card's facts learn the day the file was saved (when the page does not say) and the decisions its acts became. */
    private CaseFacts withPage(CaseFacts f, LocalDate fileDay, List<CaseFacts.ActLink> acts) {
      if ((f.seen() != null || fileDay == null) && acts.isEmpty()) {
        return f;
      }
      List<CaseFacts.ActLink> links = new ArrayList<>(f.acts() == null ? List.of() : f.acts());
      links.addAll(acts);
      return f.withSeenAndActs(f.seen() != null ? f.seen() : fileDay, links);
    }

    /** Duplicates learn their original's fate once every original has been indexed. */
    private void finishDuplicates() {
      for (Job dup : ledger.duplicates()) {
        List<String> ids = ledger.ids(dup.sha);
        ChangeLedger.Skip skip = ledger.skip(dup.sha);
        if (ids != null && !ids.isEmpty()) {
          recordState(dup, FileState.INDEXED, null, null, ids);
        } else if (skip != null) {
          skip(dup, skip.reason(), skip.detail() + " (same content as another file)");
        }
        // else the original failed: no state, so the next run retries both
      }
    }

    /** Brings file_paths up to date for content whose paths changed, and prunes what is gone. */
    private void updatePathsAndPrune() {
      for (FileState s : ledger.recorded()) {
        if (!ledger.gone(s.path())) {
          continue;
        }
        if (options.prune()) {
          tally.pruned.incrementAndGet();
          cases.forgetFile(s.path());
          if (s.sha256() != null) {
            ledger.forgetPath(s.sha256(), s.path());
          }
          sink.record(op -> op.delete(d -> d.index(filesAlias).id(FileStateStore.id(s.path()))), s.path());
        } else {
          tally.missing.incrementAndGet();
        }
      }
      try (BulkIngester<Job> updates = sink.updates()) {
        for (String sha : ledger.touched()) {
          List<String> ids = ledger.ids(sha);
          if (ids == null) {
            continue;
          }
          List<String> paths = ledger.paths(sha);
          for (String id : ids) {
            if (paths.isEmpty()) {
              tally.deleted.incrementAndGet();
              updates.add(op -> op.delete(d -> d.index(alias).id(id)), new Job(id, 0, 0, sha, null));
            } else {
              Map<String, Object> doc = new LinkedHashMap<>();
              doc.put(Fields.FILE_PATHS, paths);
              updates.add(op -> op.update(u -> u.index(alias).id(id).action(a -> a.doc(doc))), new Job(id, 0, 0, sha, null));
            }
          }
        }
      }
    }

    private void skip(Job job, SkipReason reason, String detail) {
      tally.skipped(job.path, reason, detail);
      recordState(job, FileState.SKIPPED, reason.name(), detail, List.of());
    }

    private void recordState(Job job, String status, String reason, String detail, List<String> ids) {
      FileState state = new FileState(job.path, job.size, job.mtime, job.sha, ids, status, reason, detail, runId, Instant.now());
      sink.record(op -> op.index(i -> i.index(filesAlias).id(FileStateStore.id(job.path)).document(state)), job.path);
    }
  }

  /** Runs the tasks at once and waits for all; the first failure is thrown as it was. */
  private static void allOf(Runnable... tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable task : tasks) {
        running.add(pool.submit(task));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the indices", e);
    } finally {
      pool.shutdownNow();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitQuietly(ThreadPoolExecutor pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        log.info("still extracting: {} active", pool.getActiveCount());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }
}
