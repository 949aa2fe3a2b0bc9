package org.courtsearch.core.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Where a decision's region came from. The registry and a user's courts table know the court; a
 * region derived from the court's seat (the act's place line or the town in the court's name) is
 * a doubt the run report and the reports count apart.
 */
public enum RegionSource {
  REGISTRY("registry"),
  COURTS_FILE("courts_file"),
  CARD("card"),
  PLACE_LINE("place_line"),
  COURT_NAME("court_name");

  private final String value;

  RegionSource(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public static Optional<RegionSource> ofValue(String value) {
    for (RegionSource s : values()) {
      if (s.value.equals(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether the region was derived from the court's seat rather than known with the court. */
  public static boolean derived(RegionSource source) {
    return source == PLACE_LINE || source == COURT_NAME;
  }

  /** The stored value: what logs, messages and string joins show. */
  @Override
  public String toString() {
    return value;
  }
}
