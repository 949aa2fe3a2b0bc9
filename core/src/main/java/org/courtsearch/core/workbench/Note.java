package org.courtsearch.core.workbench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** The team's labels and note on one decision. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Note(String docId, List<String> tags, String note, Instant updatedAt) {
  public static final int MAX_TAGS = 20;
  public static final int MAX_TAG_LENGTH = 60;
  public static final int MAX_NOTE_LENGTH = 20_000;

  @JsonIgnore
  public boolean isEmpty() {
    return (tags == null || tags.isEmpty()) && (note == null || note.isBlank());
  }
}
