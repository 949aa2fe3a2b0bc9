package org.courtsearch.indexer.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * What the last run that finished a file recorded about it, in the {@code <alias>-files}
 * index: enough to skip it unchanged, to know its decisions, and to report why it was skipped.
 *
 * @param mtime modification time in milliseconds (0 for archive entries, which are compared by hash)
 * @param status {@code indexed} or {@code skipped}
 * @param reason a {@code SkipReason} name when skipped
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FileState(
    String path,
    long size,
    long mtime,
    String sha256,
    List<String> decisionIds,
    String status,
    String reason,
    String detail,
    String runId,
    Instant recordedAt) {

  public static final String INDEXED = "indexed";
  public static final String SKIPPED = "skipped";
}
