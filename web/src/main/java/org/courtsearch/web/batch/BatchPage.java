package org.courtsearch.web.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.batch.BatchSearch;
import org.courtsearch.search.batch.BatchTable;

/**
 * The batch page: the form, the kept batches, and one batch (its progress or its table).
 *
 * @param filters the search filters every line is counted under
 * @param job the batch shown, or null for the form alone
 * @param rows its rows in the order asked, once done
 * @param sort {@code column:dir} of the table
 */
public record BatchPage(Map<String, List<String>> filters, List<BatchJobs.Job> recent, BatchJobs.Job job,
    List<BatchTable.Row> rows, String sort) {
  static final List<String> SORTS = List.of("number", "line", "count", "cases");
  public static final int MAX_LINES = BatchSearch.MAX_LINES;

  /** The filters as the URL has them, for the form's action and the links. */
  public String filterQuery() {
    return SearchQuery.of(filters).forSaving().queryString();
  }

  /** The filters in words: what every line is counted under. */
  public List<String> filterWords() {
    List<String> out = new ArrayList<>();
    filters.forEach((k, vs) -> vs.forEach(v -> out.add(k + " = " + v)));
    return out;
  }

  public int percent() {
    return job == null || job.total() == 0 ? 0 : (int) (100L * job.answered() / job.total());
  }

  public long failed() {
    return rows == null ? 0 : rows.stream().filter(r -> r.error() != null).count();
  }

  /** The link of a column header: sorts by it, the other way round when it is the current sort. */
  public String sortUrl(String column) {
    String dir;
    if (sort != null && sort.startsWith(column + ":")) {
      dir = sort.endsWith(":asc") ? "desc" : "asc";
    } else {
      dir = column.equals("count") || column.equals("cases") ? "desc" : "asc"; // counts: most first
    }
    return "/batch/" + job.id() + "?sort=" + column + "&dir=" + dir;
  }

  public String arrow(String column) {
    return sort == null || !sort.startsWith(column + ":") ? "" : sort.endsWith(":asc") ? " ▲" : " ▼";
  }

  static List<BatchTable.Row> sorted(List<BatchTable.Row> rows, String column, String dir) {
    Comparator<BatchTable.Row> by = switch (column) {
      case "line" -> Comparator.comparing(BatchTable.Row::line, String.CASE_INSENSITIVE_ORDER);
      case "count" -> Comparator.comparing(r -> r.count() == null ? -1 : r.count());
      case "cases" -> Comparator.comparing(r -> r.cases() == null ? -1 : r.cases());
      default -> Comparator.comparingInt(BatchTable.Row::number);
    };
    if (dir.equals("desc")) {
      by = by.reversed();
    }
    List<BatchTable.Row> out = new ArrayList<>(rows);
    out.sort(by.thenComparingInt(BatchTable.Row::number));
    return out;
  }
}
