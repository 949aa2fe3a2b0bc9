package org.courtsearch.core.index;

/**
 * The one place that names the indices beside a decisions alias ({@code COURTSEARCH_INDEX}, default {@code decisions}):
 * each is an alias of its own, written through like the decisions, {@code <alias>-v1} the first version behind it.
 */
public final class IndexNames {
  private IndexNames() {}

  /** Each indexed file's state, for incremental and resumable runs: {@code decisions-files}. */
  public static String files(String decisionsAlias) {
    return decisionsAlias + "-files";
  }

  /** The case records: {@code decisions-cases}. */
  public static String cases(String decisionsAlias) {
    return decisionsAlias + "-cases";
  }

  /** The facts the case records are merged from: {@code decisions-case-facts}. */
  public static String caseFacts(String decisionsAlias) {
    return decisionsAlias + "-case-facts";
  }

  /** Saved searches and reports: {@code decisions-saved}. */
  public static String saved(String decisionsAlias) {
    return decisionsAlias + "-saved";
  }

  /** The team's notes and tags: {@code decisions-notes}. */
  public static String notes(String decisionsAlias) {
    return decisionsAlias + "-notes";
  }

  /** The index version {@code n} behind an alias: {@code decisions-v1}. */
  public static String version(String alias, int n) {
    return alias + "-v" + n;
  }
}
