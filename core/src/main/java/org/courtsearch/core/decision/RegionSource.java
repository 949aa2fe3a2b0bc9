package org.courtsearch.core.decision;

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

  public String value() {
    return value;
  }

  /** Whether the region was derived from the court's seat rather than known with the court. */
  public static boolean derived(String value) {
    return PLACE_LINE.value.equals(value) || COURT_NAME.value.equals(value);
  }
}
