package org.courtsearch.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.mime.MediaType;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
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
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code courtsearch index}: walks the roots, extracts every new or changed file on
 * all cores, and bulk-indexes its decisions with the content hash as id.
 *
 * <p>Why it can be killed at any moment: a file's state (size, time, hash, decision ids) is
 * recorded only after Elasticsearch acknowledged all its decisions, so an interrupted file is
 * simply done again next time, under the same ids. Unchanged files (same size and time) are
 * not read at all. A file whose content is already indexed from another path adds its path to
 * that decision instead of a second copy.
 */
public final class IndexRun {
  private static final Logger log = LoggerFactory.getLogger(IndexRun.class);
  private static final int REPORT_LIST_LIMIT = 1000;

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
  private final class Execution {
    final Options options;
    final String runId = Instant.now().toString().replaceAll("[:.]", "-") + "-" + UUID.randomUUID().toString().substring(0, 6);
    final Instant started = Instant.now();
    final Map<String, FileState> recorded;
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final Map<String, Set<String>> pathsBySha = new ConcurrentHashMap<>();
    final Map<String, List<String>> idsBySha = new ConcurrentHashMap<>();
    final Set<String> claimed = ConcurrentHashMap.newKeySet();
    final Set<String> shasWithNewPaths = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<Job> duplicates = new ConcurrentLinkedQueue<>();
    final Map<String, Skip> skippedBySha = new ConcurrentHashMap<>();
    final AtomicLong files = new AtomicLong();
    final AtomicLong entries = new AtomicLong();
    final AtomicLong filesIndexed = new AtomicLong();
    final AtomicLong decisionsIndexed = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong duplicateCount = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong withWarnings = new AtomicLong();
    /** Decisions by extraction doubt: what a published count could not see. */
    final Map<String, AtomicLong> doubts = new ConcurrentHashMap<>();
    final AtomicLong missing = new AtomicLong();
    final AtomicLong deleted = new AtomicLong();
    long pruned;
    /** Content whose decisions lost a path in this run (moved, changed or pruned files). */
    final Set<String> shasLosingPaths = ConcurrentHashMap.newKeySet();
    /** Archives found unchanged ("path!/"): their recorded entries count as seen. */
    final Set<String> seenArchives = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<RunReport.Problem> skippedFiles = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<RunReport.Problem> failures = new ConcurrentLinkedQueue<>();
    final AtomicReference<String> aborted = new AtomicReference<>();
    final Semaphore bytesInFlight = new Semaphore(256 << 20);
    final String filesAlias = alias + "-files";
    /** Bulk requests that could not reach the cluster, waiting to be sent again. */
    final LinkedBlockingQueue<Retry> retries = new LinkedBlockingQueue<>();
    /**
     * Decisions handed to the bulk ingester and not yet answered for (indexed, refused or given
     * up). Counted per operation, not per request: the ingester sends 429-rejected operations
     * again in a later request without reporting the first one, so request counts can leak.
     */
    final AtomicLong unsettled = new AtomicLong();
    /** Decisions handed to the bulk ingester, and sent in a request (more than once when re-sent). */
    final AtomicLong added = new AtomicLong();
    final AtomicLong sent = new AtomicLong();
    final AtomicBoolean resendLogged = new AtomicBoolean();
    /** When a bulk request last got an answer, and how long the next pause for a busy cluster is. */
    volatile long lastAnswered = System.nanoTime();
    volatile long busyPause = FIRST_BUSY_PAUSE_MILLIS;
    final AtomicBoolean clusterDown = new AtomicBoolean();
    Thread retrier;
    /** Where bulk answers are handled, off the HTTP client's I/O thread ({@link BulkClient} says why). */
    final ExecutorService answerThreads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "bulk-answers");
      t.setDaemon(true);
      return t;
    });
    final BulkClient bulkClient = new BulkClient(client, answerThreads);
    BulkIngester<Job> decisions;
    BulkIngester<String> states;
    Progress progress;

    Execution(Options options) {
      this.options = options;
      IndexAdmin admin = new IndexAdmin(client);
      admin.ensure(alias, IndexContract.DECISIONS, shards, replicas, morphology);
      admin.ensure(filesAlias, "files", 1, replicas, morphology);
      List<String> prefixes = options.roots().stream().map(r -> r.toAbsolutePath().normalize().toString()).toList();
      this.recorded = new FileStateStore(client, filesAlias).load(prefixes);
      for (FileState s : recorded.values()) {
        if (FileState.INDEXED.equals(s.status()) && s.sha256() != null && s.decisionIds() != null && !s.decisionIds().isEmpty()) {
          pathsBySha.computeIfAbsent(s.sha256(), k -> ConcurrentHashMap.newKeySet()).add(s.path());
          idsBySha.putIfAbsent(s.sha256(), s.decisionIds());
        }
      }
    }

    RunReport run() {
      List<Path> paths = walk();
      log.info("{} files to look at under {}; {} recorded by earlier runs", paths.size(), options.roots(), recorded.size());
      progress = new Progress(paths.size(), options.progress());
      decisions = decisionIngester();
      states = stateIngester();
      retrier = new Thread(this::retryLoop, "bulk-retry");
      retrier.setDaemon(true);
      retrier.start();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(options.threads() * 4), new ThreadPoolExecutor.CallerRunsPolicy());
      try {
        for (Path path : paths) {
          if (aborted.get() != null) {
            break;
          }
          pool.execute(() -> guarded(path));
        }
      } finally {
        pool.shutdown();
        awaitQuietly(pool);
        drainRetries();
        retrier.interrupt();
        decisions.close();
        finishDuplicates();
        updatePathsAndPrune();
        states.close();
        progress.close();
        answerThreads.shutdown(); // after every ingester is closed: no answer is left to hand over
      }
      return report(paths.size());
    }

    private void guarded(Path path) {
      waitWhileClusterDown();
      try {
        processFile(path);
      } catch (RuntimeException | IOException | Error e) {
        fail(path.toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
        log.debug("failed on {}", path, e);
      } finally {
        progress.step(failed.get() + skippedTotal());
      }
    }

    private List<Path> walk() {
      List<Path> out = new ArrayList<>();
      for (Path root : options.roots()) {
        try {
          Files.walkFileTree(root.toAbsolutePath().normalize(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              return name.startsWith(".") && !dir.equals(root.toAbsolutePath().normalize()) ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                  && !options.exclude().contains(file.toAbsolutePath().normalize())) {
                out.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              fail(file.toString(), "cannot read: " + e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
        } catch (IOException e) {
          throw new UncheckedIOException("cannot walk " + root, e);
        }
      }
      Collections.sort(out);
      return out;
    }

    private void processFile(Path file) throws IOException {
      files.incrementAndGet();
      String path = file.toString();
      seen.add(path);
      long size = Files.size(file);
      long mtime = Files.getLastModifiedTime(file).toMillis();
      FileState before = recorded.get(path);
      if (before != null && before.size() == size && before.mtime() == mtime) {
        unchanged.incrementAndGet();
        if ("archive".equals(before.reason())) {
          markArchiveSeen(path);
        }
        return;
      }
      MediaType type = extractor.detectFile(file);
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
        processSource(Source.of(path, bytes), new Job(path, size, mtime, sha256(bytes), before), 0);
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
          entries.incrementAndGet();
          seen.add(source.path());
          FileState before = recorded.get(source.path());
          String sha = sha256(source.bytes());
          if (before != null && sha.equals(before.sha256())) {
            unchanged.incrementAndGet();
            return;
          }
          try {
            processSource(source, new Job(source.path(), source.bytes().length, 0, sha, before), depth + 1);
          } catch (RuntimeException | IOException e) {
            fail(source.path(), e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }

        @Override
        public void tooLarge(String path, long size) {
          entries.incrementAndGet();
          seen.add(path);
          skip(new Job(path, size, 0, null, recorded.get(path)), SkipReason.TOO_LARGE, size + " bytes");
        }
      };
    }

    private void processSource(Source source, Job job, int depth) throws IOException {
      if (job.before != null && job.before.sha256() != null && !job.before.sha256().equals(job.sha)) {
        forgetPath(job.before.sha256(), job.path);
      }
      pathsBySha.computeIfAbsent(job.sha, k -> ConcurrentHashMap.newKeySet()).add(job.path);
      if (idsBySha.containsKey(job.sha) || !claimed.add(job.sha)) {
        // same content as a decision already indexed (earlier run) or being indexed now
        duplicateCount.incrementAndGet();
        shasWithNewPaths.add(job.sha);
        duplicates.add(job);
        return;
      }
      ExtractResult result = extractor.extract(source);
      if (result instanceof ExtractResult.Skipped s) {
        skippedBySha.put(job.sha, new Skip(s.reason(), s.detail()));
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
      List<String> ids = new ArrayList<>();
      List<Decision> docs = new ArrayList<>();
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
        ids.add(id);
        docs.add(decision(id, source, job, extracted, act, m));
      }
      if (docs.isEmpty()) {
        skippedBySha.put(job.sha, new Skip(SkipReason.NOT_A_DECISION, extracted.contentType()));
        skip(job, SkipReason.NOT_A_DECISION, extracted.contentType());
        return;
      }
      idsBySha.put(job.sha, List.copyOf(ids));
      job.pending.set(docs.size());
      job.ids = List.copyOf(ids);
      job.counted = true;
      unsettled.addAndGet(docs.size());
      added.addAndGet(docs.size());
      for (int i = 0; i < docs.size(); i++) {
        Decision d = docs.get(i);
        String id = ids.get(i);
        if (d.extractionWarnings() != null && !d.extractionWarnings().isEmpty()) {
          withWarnings.incrementAndGet();
        }
        for (String doubt : RunReport.doubts(d)) {
          doubts.computeIfAbsent(doubt, k -> new AtomicLong()).incrementAndGet();
        }
        decisions.add(op -> op.index(ix -> ix.index(alias).id(id).document(d)), job);
      }
    }

    private Decision decision(String id, Source source, Job job, ExtractResult.Extracted x, ExtractResult.Act act, DecisionMetadata m) {
      List<String> warnings = new ArrayList<>(x.warnings());
      warnings.addAll(m.warnings());
      List<String> paths = new ArrayList<>(new TreeSet<>(pathsBySha.getOrDefault(job.sha, Set.of(job.path))));
      LocalDate date = m.decisionDate();
      String caseKey = m.court() != null && m.caseNumber() != null ? m.court() + " | " + m.caseNumber() : null;
      String path = act.key().isEmpty() ? job.path : job.path + act.key();
      return new Decision(id, act.text(), m.title(), m.court(), m.courtAsWritten(), m.courtCode(), m.courtKind(), m.region(),
          m.regionCode(), date, date == null ? null : date.toString().substring(0, 7), date == null ? null : date.getYear(),
          m.caseNumber(), caseKey, m.uid(), m.docType(), m.instance(), m.firstInstance(), m.articles(), m.articlesPart(),
          m.articlesMentioned(), m.judge(), m.outcome(), m.punishment(), path, paths, source.fileName(), x.contentType(),
          (long) source.bytes().length, job.sha, act.text().length(), Instant.now(), m.sources(), warnings);
    }

    /** Duplicates learn their original's fate once every original has been indexed. */
    private void finishDuplicates() {
      for (Job dup : duplicates) {
        List<String> ids = idsBySha.get(dup.sha);
        Skip skip = skippedBySha.get(dup.sha);
        if (ids != null && !ids.isEmpty()) {
          recordState(dup, FileState.INDEXED, null, null, ids);
        } else if (skip != null) {
          skip(dup, skip.reason, skip.detail + " (same content as another file)");
        }
        // else the original failed: no state, so the next run retries both
      }
    }

    /** Brings file_paths up to date for content whose paths changed, and prunes what is gone. */
    private void updatePathsAndPrune() {
      Set<String> touched = new TreeSet<>(shasWithNewPaths);
      long pruned = 0;
      for (FileState s : recorded.values()) {
        if (seen.contains(s.path()) || underSeenArchive(s.path())) {
          continue;
        }
        if (options.prune()) {
          pruned++;
          if (s.sha256() != null) {
            forgetPath(s.sha256(), s.path());
            touched.add(s.sha256());
          }
          states.add(op -> op.delete(d -> d.index(filesAlias).id(FileStateStore.id(s.path()))), s.path());
        } else {
          missing.incrementAndGet();
        }
      }
      this.pruned = pruned;
      touched.addAll(shasLosingPaths);
      try (BulkIngester<Job> updates = decisionIngester()) {
        for (String sha : touched) {
          List<String> ids = idsBySha.get(sha);
          if (ids == null) {
            continue;
          }
          Set<String> paths = pathsBySha.getOrDefault(sha, Set.of());
          if (paths.isEmpty()) {
            for (String id : ids) {
              deleted.incrementAndGet();
              updates.add(op -> op.delete(d -> d.index(alias).id(id)), new Job(id, 0, 0, sha, null));
            }
          } else {
            List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file_paths", sorted);
            for (String id : ids) {
              updates.add(op -> op.update(u -> u.index(alias).id(id).action(a -> a.doc(doc))), new Job(id, 0, 0, sha, null));
            }
          }
        }
      }
    }

    private void forgetPath(String sha, String path) {
      Set<String> paths = pathsBySha.get(sha);
      if (paths != null) {
        paths.remove(path);
      }
      shasLosingPaths.add(sha);
    }

    private void markArchiveSeen(String archivePath) {
      seenArchives.add(archivePath + "!/");
    }

    private boolean underSeenArchive(String path) {
      int bang = path.indexOf("!/");
      return bang > 0 && seenArchives.contains(path.substring(0, bang + 2));
    }

    private void skip(Job job, SkipReason reason, String detail) {
      skipped.computeIfAbsent(reason.name(), k -> new AtomicLong()).incrementAndGet();
      if (skippedFiles.size() < REPORT_LIST_LIMIT) {
        skippedFiles.add(new RunReport.Problem(job.path, reason.name(), detail));
      }
      log.debug("skipped {}: {} ({})", job.path, reason.description(), detail);
      recordState(job, FileState.SKIPPED, reason.name(), detail, List.of());
    }

    private void fail(String path, String message) {
      failed.incrementAndGet();
      if (failures.size() < REPORT_LIST_LIMIT) {
        failures.add(new RunReport.Problem(path, "FAILED", message));
      }
      log.warn("failed: {}: {}", path, message);
    }

    private long skippedTotal() {
      return skipped.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private void recordState(Job job, String status, String reason, String detail, List<String> ids) {
      FileState state = new FileState(job.path, job.size, job.mtime, job.sha, ids, status, reason, detail, runId, Instant.now());
      states.add(op -> op.index(i -> i.index(filesAlias).id(FileStateStore.id(job.path)).document(state)), job.path);
    }

    private BulkIngester<Job> decisionIngester() {
      return BulkIngester.of(b -> b.client(bulkClient)
          .maxOperations(500)
          .maxSize(8L << 20)
          .maxConcurrentRequests(2)
          .flushInterval(2, TimeUnit.SECONDS)
          .backoffPolicy(BackoffPolicy.exponentialBackoff(500L, 8))
          .listener(new BulkListener<Job>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<Job> contexts) {
              // a decision is added before it is first sent, so more sent than added means re-sends:
              // ours after an outage, or the ingester's own after a 429 (it logs each one; we say it once)
              long now = sent.addAndGet(contexts.stream().filter(j -> j.counted).count());
              if (now > added.get() && resendLogged.compareAndSet(false, true)) {
                log.warn("some decisions are being sent a second time (Elasticsearch was busy or unreachable); "
                    + "the report counts them");
              }
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Job> contexts, BulkResponse response) {
              lastAnswered = System.nanoTime();
              busyPause = FIRST_BUSY_PAUSE_MILLIS;
              List<BulkResponseItem> items = response.items();
              for (int i = 0; i < items.size(); i++) {
                Job job = contexts.get(i);
                BulkResponseItem item = items.get(i);
                settle(job);
                if (item.error() != null) {
                  if (job.failed.compareAndSet(false, true)) {
                    fail(job.path, "Elasticsearch refused the decision: " + item.error().reason());
                  }
                } else if (job.pending.decrementAndGet() == 0 && !job.failed.get() && job.ids != null) {
                  filesIndexed.incrementAndGet();
                  decisionsIndexed.addAndGet(job.ids.size());
                  recordState(job, FileState.INDEXED, null, null, job.ids);
                }
              }
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Job> contexts, Throwable failure) {
              Failure kind = Failure.of(failure);
              if (kind != Failure.REFUSED && aborted.get() == null) {
                // the node is restarting, the network is down, or the cluster is too busy: pause
                // new work and send these again once it answers (after a backoff when busy)
                if (clusterDown.compareAndSet(false, true)) {
                  log.warn(kind == Failure.BUSY
                      ? "Elasticsearch is too busy ({}); pausing and sending again"
                      : "Elasticsearch does not answer ({}); waiting for it and sending again", Failure.describe(failure));
                }
                retries.add(new Retry(request.operations(), contexts, kind == Failure.BUSY));
                return;
              }
              contexts.forEach(IndexRun.Execution.this::settle);
              for (Job job : new LinkedHashSet<>(contexts)) {
                if (job.failed.compareAndSet(false, true)) {
                  fail(job.path, "bulk request failed: " + Failure.describe(failure));
                }
              }
            }
          }));
    }

    private BulkIngester<String> stateIngester() {
      return BulkIngester.of(b -> b.client(bulkClient)
          .maxOperations(2000)
          .maxConcurrentRequests(1)
          .flushInterval(2, TimeUnit.SECONDS)
          .backoffPolicy(BackoffPolicy.exponentialBackoff(500L, 8))
          .listener(new BulkListener<String>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {}

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<String> contexts, BulkResponse response) {
              for (int i = 0; i < response.items().size(); i++) {
                if (response.items().get(i).error() != null) {
                  log.warn("could not record the state of {}: {} (it will be done again next run)", contexts.get(i),
                      response.items().get(i).error().reason());
                }
              }
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<String> contexts, Throwable failure) {
              log.warn("could not record the state of {} files ({}); they will be done again next run", contexts.size(),
                  failure.getMessage());
            }
          }));
    }

    private void waitWhileClusterDown() {
      while (clusterDown.get() && aborted.get() == null) {
        sleep(200);
      }
    }

    /** Waits for the cluster to answer again, then sends the failed requests again; gives up after the limit. */
    private void retryLoop() {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Retry retry = retries.take();
          if (retry.busy()) {
            if (System.nanoTime() - lastAnswered > RETRY_WAIT.toNanos()) {
              giveUp("Elasticsearch was too busy to take decisions for " + RETRY_WAIT.toMinutes() + " min", retry);
              return;
            }
            sleep(busyPause);
            busyPause = Math.min(busyPause * 2, MAX_BUSY_PAUSE_MILLIS);
          }
          long deadline = System.nanoTime() + RETRY_WAIT.toNanos();
          while (!answers()) {
            if (System.nanoTime() > deadline) {
              giveUp("Elasticsearch did not answer for " + RETRY_WAIT.toMinutes() + " min", retry);
              return;
            }
            sleep(1000);
          }
          if (!retry.busy()) {
            lastAnswered = System.nanoTime(); // back after an outage: a busy spell is timed from here
          }
          if (clusterDown.compareAndSet(true, false)) {
            log.info("sending {} delayed requests again", retries.size() + 1);
          }
          try {
            for (int i = 0; i < retry.operations().size(); i++) {
              decisions.add(retry.operations().get(i), retry.contexts().get(i));
            }
          } catch (RuntimeException e) {
            // never leave the run waiting for a retrier that died: these files fail, the next run redoes them
            log.warn("could not send {} delayed decisions again ({}); they will be done again next run",
                retry.operations().size(), e.toString());
            failAll(retry);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Stops the run: what waits to be sent again fails, and the next run does it. */
    private void giveUp(String why, Retry retry) {
      aborted.compareAndSet(null, why + "; run the same command again to finish (nothing done is lost)");
      failAll(retry);
      retries.forEach(this::failAll);
      retries.clear();
      clusterDown.set(false);
    }

    /** One decision is answered for: the run no longer waits for it. */
    private void settle(Job job) {
      if (job.counted) {
        unsettled.decrementAndGet();
      }
    }

    private void failAll(Retry retry) {
      retry.contexts().forEach(this::settle);
      for (Job job : new LinkedHashSet<>(retry.contexts())) {
        if (job.failed.compareAndSet(false, true)) {
          fail(job.path, "Elasticsearch unreachable");
        }
      }
    }

    private boolean answers() {
      try {
        return client.ping().value();
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    /**
     * Before closing: every decision answered for, including those waiting to be sent again. A
     * watchdog stops the wait when nothing moves for longer than a node restart may take, so a
     * run never hangs silently.
     */
    private void drainRetries() {
      long last = -1;
      long since = System.nanoTime();
      while (aborted.get() == null) {
        decisions.flush();
        sleep(200);
        long now = unsettled.get();
        if (now <= 0 && retries.isEmpty()) {
          return;
        }
        if (now != last || clusterDown.get()) {
          last = now;
          since = System.nanoTime();
        } else if (System.nanoTime() - since > DRAIN_STALL.toNanos()) {
          aborted.compareAndSet(null, now + " decisions sent to Elasticsearch got no answer for "
              + DRAIN_STALL.toMinutes() + " min; run the same command again to finish (nothing done is lost)");
          log.warn("{}", aborted.get());
          return;
        }
      }
    }

    private RunReport report(int total) {
      Instant finished = Instant.now();
      double seconds = Duration.between(started, finished).toMillis() / 1000.0;
      Map<String, Long> skippedCounts = new TreeMap<>();
      skipped.forEach((k, v) -> skippedCounts.put(k, v.get()));
      Map<String, Long> doubtCounts = new TreeMap<>();
      doubts.forEach((k, v) -> doubtCounts.put(k, v.get()));
      RunReport report = new RunReport(runId, options.roots().stream().map(Path::toString).toList(), started, finished,
          seconds, files.get(), entries.get(), filesIndexed.get(), decisionsIndexed.get(), unchanged.get(),
          duplicateCount.get(), skippedCounts, failed.get(), missing.get(), pruned, deleted.get(),
          seconds > 0 ? decisionsIndexed.get() / seconds : 0, withWarnings.get(), doubtCounts, Math.max(0, sent.get() - added.get()),
          List.copyOf(skippedFiles),
          List.copyOf(failures), aborted.get());
      RunReports.write(reportDir, report);
      return report;
    }
  }

  private record Skip(SkipReason reason, String detail) {}

  /** A bulk request that did not reach the cluster: its operations and their files. */
  private record Retry(List<BulkOperation> operations, List<Job> contexts, boolean busy) {}

  static final long FIRST_BUSY_PAUSE_MILLIS = 1000;
  static final long MAX_BUSY_PAUSE_MILLIS = 30_000;

  /** What a failed bulk request means for its decisions. */
  enum Failure {
    /** no connection, or a proxy's 502/503/504: send again once the cluster answers */
    UNREACHABLE,
    /** HTTP 429: send again after a pause that grows while it lasts */
    BUSY,
    /** anything else (a 4xx, a bad response): sending again would fail again; the files fail */
    REFUSED;

    static Failure of(Throwable failure) {
      ResponseException answer = answer(failure);
      if (answer != null) {
        int status = answer.getResponse().getStatusLine().getStatusCode();
        return status == 429 ? BUSY : status >= 502 && status <= 504 ? UNREACHABLE : REFUSED;
      }
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof IOException) {
          return UNREACHABLE;
        }
      }
      return REFUSED;
    }

    /** One line: the HTTP status of an error response (its body can be kilobytes of JSON), else the message. */
    static String describe(Throwable failure) {
      ResponseException answer = answer(failure);
      if (answer == null) {
        return failure.getMessage();
      }
      String reason = answer.getResponse().getStatusLine().getReasonPhrase();
      return "HTTP " + answer.getResponse().getStatusLine().getStatusCode() + (reason == null || reason.isBlank() ? "" : " " + reason);
    }

    /** The error response behind {@code failure}, if the cluster answered at all. */
    private static ResponseException answer(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof ResponseException r) {
          return r;
        }
      }
      return null;
    }
  }

  /** How long a run waits for a cluster that stopped answering (a node restart) before it stops. */
  static final Duration RETRY_WAIT = Duration.ofMinutes(5);

  /** How long the end of a run waits for answers while nothing moves (longer than the client's socket timeout). */
  static final Duration DRAIN_STALL = Duration.ofMinutes(4);

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One file (or archive entry) on its way through the run. */
  static final class Job {
    final String path;
    final long size;
    final long mtime;
    final String sha;
    final FileState before;
    final AtomicInteger pending = new AtomicInteger();
    final AtomicBoolean failed = new AtomicBoolean();
    volatile List<String> ids;
    /** Its decisions count in {@link Execution#unsettled} (the main ingester's, not the path updates'). */
    volatile boolean counted;

    Job(String path, long size, long mtime, String sha, FileState before) {
      this.path = path;
      this.size = size;
      this.mtime = mtime;
      this.sha = sha;
      this.before = before;
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
