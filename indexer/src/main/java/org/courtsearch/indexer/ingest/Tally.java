package org.courtsearch.indexer.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.indexer.extract.SkipReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a run counts as it goes, safe to update from every thread, and the report it ends with. */
final class Tally {
  private static final Logger log = LoggerFactory.getLogger(IndexRun.class);
  private static final int REPORT_LIST_LIMIT = 1000;

  final AtomicLong caseSources = new AtomicLong();
  final AtomicLong caseRowsLeftOut = new AtomicLong();
  final AtomicLong files = new AtomicLong();
  final AtomicLong entries = new AtomicLong();
  final AtomicLong filesIndexed = new AtomicLong();
  final AtomicLong decisionsIndexed = new AtomicLong();
  final AtomicLong unchanged = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final AtomicLong withWarnings = new AtomicLong();
  final AtomicLong missing = new AtomicLong();
  final AtomicLong deleted = new AtomicLong();
  final AtomicLong pruned = new AtomicLong();
  /** Decisions by extraction doubt: what a published count could not see. */
  private final Map<String, AtomicLong> doubts = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<RunReport.Problem> skippedFiles = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<RunReport.Problem> failures = new ConcurrentLinkedQueue<>();

  void skipped(String path, SkipReason reason, String detail) {
    skipped.computeIfAbsent(reason.name(), k -> new AtomicLong()).incrementAndGet();
    if (skippedFiles.size() < REPORT_LIST_LIMIT) {
      skippedFiles.add(new RunReport.Problem(path, reason.name(), detail));
    }
    log.debug("skipped {}: {} ({})", path, reason.description(), detail);
  }

  void failed(String path, String message) {
    failed.incrementAndGet();
    if (failures.size() < REPORT_LIST_LIMIT) {
      failures.add(new RunReport.Problem(path, "FAILED", message));
    }
    log.warn("failed: {}: {}", path, message);
  }

  /** A decision on its way to the index: its warnings and doubts are counted. */
  void sending(Decision d) {
    if (d.extractionWarnings() != null && !d.extractionWarnings().isEmpty()) {
      withWarnings.incrementAndGet();
    }
    for (String doubt : RunReport.doubts(d)) {
      doubts.computeIfAbsent(doubt, k -> new AtomicLong()).incrementAndGet();
    }
  }

  /** Files that yielded no decision and failed ones: what the progress bar calls problems. */
  long problems() {
    return failed.get() + skipped.values().stream().mapToLong(AtomicLong::get).sum();
  }

  RunReport report(String runId, List<Path> roots, Instant started, long resent, long casesUpdated, String aborted) {
    Instant finished = Instant.now();
    double seconds = Duration.between(started, finished).toMillis() / 1000.0;
    return new RunReport(runId, roots.stream().map(Path::toString).toList(), started, finished, seconds, files.get(),
        entries.get(), filesIndexed.get(), decisionsIndexed.get(), unchanged.get(), duplicates.get(), counts(skipped),
        failed.get(), missing.get(), pruned.get(), deleted.get(), seconds > 0 ? decisionsIndexed.get() / seconds : 0,
        withWarnings.get(), counts(doubts), resent, List.copyOf(skippedFiles), List.copyOf(failures),
        caseSources.get(), casesUpdated, caseRowsLeftOut.get(), aborted);
  }

  private static Map<String, Long> counts(Map<String, AtomicLong> live) {
    Map<String, Long> out = new TreeMap<>();
    live.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
