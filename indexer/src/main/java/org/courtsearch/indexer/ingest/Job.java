package org.courtsearch.indexer.ingest;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** One file (or archive entry) on its way through a run. */
public final class Job {
  final String path;
  final long size;
  final long mtime;
  final String sha;
  final FileState before;
  /** Its decisions not yet acknowledged. */
  final AtomicInteger pending = new AtomicInteger();
  final AtomicBoolean failed = new AtomicBoolean();
  /** Times its decisions went again because their shard was unavailable. */
  final AtomicInteger attempts = new AtomicInteger();
  volatile List<String> ids;
  /** Its decisions count among those the run waits for (the main ingester's, not the path updates'). */
  volatile boolean counted;

  /** One decision sent on its own (the benchmarks' loader): acknowledged, it is indexed. */
  public static Job forDecision(String id) {
    Job job = new Job(id, 0, 0, id, null);
    job.ids = List.of(id);
    job.pending.set(1);
    job.counted = true;
    return job;
  }

  Job(String path, long size, long mtime, String sha, FileState before) {
    this.path = path;
    this.size = size;
    this.mtime = mtime;
    this.sha = sha;
    this.before = before;
  }
}
