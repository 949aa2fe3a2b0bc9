package org.courtsearch.core.workbench;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A search or report kept under a name, with when the team last looked at it.
 *
 * @param id stable for one kind and query: saving the same search again renames it
 * @param kind {@code search} (the decision list) or {@code report} (a table)
 * @param queryString the URL parameters, as {@code SearchQuery.queryString()} or a report's writes them
 * @param lastSeenAt when its page was last opened: decisions indexed after it are new on the site
 * @param watchedAt when {@code courtsearch watch} last printed it: new for the command, separately
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SavedSearch(String id, String name, String kind, String queryString, Instant createdAt, Instant lastSeenAt,
    Instant watchedAt) {
  public static final String SEARCH = "search";
  public static final String REPORT = "report";

  /** The page it opens: the search list or the report table. */
  public String path() {
    return (REPORT.equals(kind) ? "/reports" : "/") + (queryString.isEmpty() ? "" : "?" + queryString);
  }
}
