package org.courtsearch.indexer.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.decision.Sentence;

/**
 * The outcome of an index run, counted by what happened to each file; printed at the end and
 * written as JSON to {@code <COURTSEARCH_HOME>/runs/}.
 *
 * @param files files found under the roots (archives count once; their entries under {@code entries})
 * @param filesIndexed files (and archive entries) whose decisions were indexed in this run
 * @param decisionsIndexed decision documents written (a page may hold several acts)
 * @param unchanged files skipped because they had not changed since the run that recorded them
 * @param duplicates files whose content was already indexed from another path (the path was added)
 * @param skipped files that yielded no decision, by reason
 * @param failed files whose extraction or indexing failed; the next run retries them
 * @param missing recorded files that are gone from disk (removed from the index only with --prune)
 * @param decisionsResent decisions sent again because Elasticsearch stopped answering (a node
 *     restart, a network drop) or was too busy to take them (HTTP 429) while they were on their way
 * @param caseSources facts about cases written (a card, a listing's or a scraper's row, an act's text)
 * @param casesUpdated case records merged again from their sources at the end of the run
 * @param caseRowsLeftOut rows of metadata tables not counted as cases: they name no court, and a case
 *     is known by its court (such a card still enriches the decision it matches)
 * @param aborted why the run stopped early, if it did
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunReport(
    String runId,
    List<String> roots,
    Instant startedAt,
    Instant finishedAt,
    double seconds,
    long files,
    long entries,
    long filesIndexed,
    long decisionsIndexed,
    long unchanged,
    long duplicates,
    Map<String, Long> skipped,
    long failed,
    long missing,
    long pruned,
    long decisionsDeleted,
    double decisionsPerSecond,
    long decisionsWithWarnings,
    Map<String, Long> doubts,
    long decisionsResent,
    List<Problem> skippedFiles,
    List<Problem> failures,
    long caseSources,
    long casesUpdated,
    long caseRowsLeftOut,
    String aborted) {

  /** One file that yielded no decision, and why. */
  public record Problem(String path, String reason, String detail) {}

  public boolean completed() {
    return aborted == null;
  }

  /** The doubts a decision's extraction leaves, as the run report counts them. */
  public static List<String> doubts(Decision d) {
    List<String> out = new ArrayList<>();
    if (d.docType() == DocType.SENTENCE && (d.articles() == null || d.articles().isEmpty())) {
      out.add("sentence without an article");
    }
    if (d.court() == null) {
      out.add("court not found");
    } else if (d.courtCode() == null) {
      out.add("court not in the registry");
    }
    if (d.region() == null) {
      out.add("region unknown");
    } else if (RegionSource.derived(d.regionSource())) {
      out.add("region derived from the court's seat");
    }
    if (d.decisionDate() == null) {
      out.add("date masked or missing");
    }
    if (d.outcome() == Outcome.CONVICTION) {
      sentenceDoubts(d, out);
    }
    return out;
  }

  /** What a conviction's numbers lack: a punishment or term not read, a serviceman's basis, rank or unit not read. */
  private static void sentenceDoubts(Decision d, List<String> out) {
    List<Sentence> sentences = d.sentences() == null ? List.of() : d.sentences();
    if (sentences.isEmpty() || sentences.stream().anyMatch(s -> s.punishment() == null)) {
      out.add("sentence: punishment not read");
    } else if (sentences.stream().anyMatch(s -> TERMED.contains(s.punishment()) && s.termMonths() == null)) {
      out.add("sentence: term masked or not read");
    }
    boolean military = d.courtKind() == CourtKind.GARRISON_MILITARY || d.courtKind() == CourtKind.DISTRICT_MILITARY;
    if (military && !sentences.isEmpty()) {
      if (sentences.stream().anyMatch(s -> s.serviceBasis() == null)) {
        out.add("serviceman: service basis not read");
      }
      if (sentences.stream().anyMatch(s -> s.rank() == null)) {
        out.add("serviceman: rank not read");
      }
      if (sentences.stream().anyMatch(s -> s.unit() == null)) {
        out.add("serviceman: unit not read");
      }
    }
  }

  /** The punishments given for a term. */
  private static final Set<Punishment> TERMED = EnumSet.of(Punishment.IMPRISONMENT, Punishment.DISCIPLINARY_UNIT,
      Punishment.MILITARY_SERVICE_RESTRICTION, Punishment.CORRECTIONAL_WORK, Punishment.FORCED_LABOUR, Punishment.RESTRICTION_OF_FREEDOM);

  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%d files (%d archive entries): %d indexed as %d decisions, %d unchanged, %d duplicates, ",
        files, entries, filesIndexed, decisionsIndexed, unchanged, duplicates));
    long skippedTotal = skipped.values().stream().mapToLong(Long::longValue).sum();
    s.append(skippedTotal).append(" skipped");
    if (!skipped.isEmpty()) {
      s.append(' ').append(skipped);
    }
    s.append(String.format(", %d failed; %.1f s, %.0f decisions/s", failed, seconds, decisionsPerSecond));
    if (caseSources > 0 || casesUpdated > 0) {
      s.append(String.format("; %d case sources read, %d cases updated", caseSources, casesUpdated));
    }
    if (caseRowsLeftOut > 0) {
      s.append(String.format("; %d rows of case tables name no court and are not counted as cases", caseRowsLeftOut));
    }
    if (missing > 0) {
      s.append(String.format("; %d recorded files are gone (run with --prune to remove their decisions)", missing));
    }
    if (pruned > 0) {
      s.append(String.format("; pruned %d files, deleted %d decisions", pruned, decisionsDeleted));
    }
    if (decisionsResent > 0) {
      s.append(String.format("; %d decisions sent again (Elasticsearch unreachable or busy)", decisionsResent));
    }
    if (doubts != null && !doubts.isEmpty()) {
      s.append("; decisions with doubts ").append(doubts);
    }
    if (aborted != null) {
      s.append("; STOPPED EARLY: ").append(aborted);
    }
    return s.toString();
  }
}
