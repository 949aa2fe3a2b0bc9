package org.courtsearch.indexer.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.courtsearch.indexer.extract.SkipReason;

/**
 * What a run knows of files and contents, across runs: the states recorded by earlier runs,
 * which paths this run saw, which content (by hash) is indexed under which decision ids and
 * found at which paths, and the files whose content another file already brought. From it come
 * the unchanged files (not read again), the duplicates (a path added, no second copy), and at
 * the end the paths to update and the decisions whose every file is gone.
 */
final class ChangeLedger {
  /** Why a content yielded no decision, for the duplicates of it. */
  record Skip(SkipReason reason, String detail) {}

  private final Map<String, FileState> recorded;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<String>> pathsBySha = new ConcurrentHashMap<>();
  private final Map<String, List<String>> idsBySha = new ConcurrentHashMap<>();
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final Set<String> shasWithNewPaths = ConcurrentHashMap.newKeySet();
  private final Set<String> shasLosingPaths = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Job> duplicates = new ConcurrentLinkedQueue<>();
  private final Map<String, Skip> skippedBySha = new ConcurrentHashMap<>();
  /** Archives left unchanged: their entries were seen too, without being read. */
  private final Set<String> seenArchives = ConcurrentHashMap.newKeySet();

  ChangeLedger(Map<String, FileState> recorded) {
    this.recorded = recorded;
    for (FileState s : recorded.values()) {
      if (FileState.INDEXED.equals(s.status()) && s.sha256() != null && s.decisionIds() != null && !s.decisionIds().isEmpty()) {
        pathsBySha.computeIfAbsent(s.sha256(), k -> ConcurrentHashMap.newKeySet()).add(s.path());
        idsBySha.putIfAbsent(s.sha256(), s.decisionIds());
      }
    }
  }

  int recordedCount() {
    return recorded.size();
  }

  Iterable<FileState> recorded() {
    return recorded.values();
  }

  FileState before(String path) {
    return recorded.get(path);
  }

  void seen(String path) {
    seen.add(path);
  }

  /** Recorded but not seen in this run, nor inside an archive seen unchanged: its file is gone. */
  boolean gone(String path) {
    if (seen.contains(path)) {
      return false;
    }
    int bang = path.indexOf("!/");
    return bang <= 0 || !seenArchives.contains(path.substring(0, bang + 2));
  }

  void archiveSeen(String archivePath) {
    seenArchives.add(archivePath + "!/");
  }

  /**
   * A file about to be read: its path joins its content's; false when that content is already
   * indexed (an earlier run) or being indexed now, and the file is a duplicate to settle at the end.
   */
  boolean claim(Job job) {
    if (job.before != null && job.before.sha256() != null && !job.before.sha256().equals(job.sha)) {
      forgetPath(job.before.sha256(), job.path);
    }
    pathsBySha.computeIfAbsent(job.sha, k -> ConcurrentHashMap.newKeySet()).add(job.path);
    if (idsBySha.containsKey(job.sha) || !claimed.add(job.sha)) {
      shasWithNewPaths.add(job.sha);
      duplicates.add(job);
      return false;
    }
    return true;
  }

  void indexed(String sha, List<String> ids) {
    idsBySha.put(sha, List.copyOf(ids));
  }

  void skipped(String sha, SkipReason reason, String detail) {
    skippedBySha.put(sha, new Skip(reason, detail));
  }

  List<String> ids(String sha) {
    return idsBySha.get(sha);
  }

  Skip skip(String sha) {
    return skippedBySha.get(sha);
  }

  /** Every path of the content, sorted. */
  List<String> paths(String sha) {
    return List.copyOf(new TreeSet<>(pathsBySha.getOrDefault(sha, Set.of())));
  }

  Iterable<Job> duplicates() {
    return duplicates;
  }

  void forgetPath(String sha, String path) {
    Set<String> paths = pathsBySha.get(sha);
    if (paths != null) {
      paths.remove(path);
    }
    shasLosingPaths.add(sha);
  }

  /** Contents whose paths changed in this run. */
  Set<String> touched() {
    Set<String> out = new TreeSet<>(shasWithNewPaths);
    out.addAll(shasLosingPaths);
    return out;
  }
}
