package org.courtsearch.web.cases;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.cases.CaseDimension;
import org.courtsearch.query.cases.CaseQuery;
import org.courtsearch.web.http.NotFound;
import org.courtsearch.web.http.Pages;

/** Cases: counts as the courts' records count them, a case's record, and its page with the chain of instances. */
public final class CaseController {
  private final CaseReporter reporter;
  private final Pages pages;

  public CaseController(CaseReporter reporter, Pages pages) {
    this.reporter = reporter;
    this.pages = pages;
  }

  /** {@code GET /api/cases/report?unit=cases|defendants&by=received_month&article=…&result=…&instance=…}. */
  public void report(Context ctx) {
    ctx.json(reporter.count(CaseQuery.parse(ctx.queryParamMap()), dimension(ctx.queryParam("by"))));
  }

  /** {@code GET /api/cases?…}: a page of the cases selected. */
  public void list(Context ctx) {
    int from = number(ctx.queryParam("from"), 0, "from");
    int size = Math.min(number(ctx.queryParam("size"), 20, "size"), 500);
    ctx.json(Map.of("cases", reporter.find(CaseQuery.parse(ctx.queryParamMap()), from, size)));
  }

  public void api(Context ctx) {
    ctx.json(record(ctx.pathParam("id")));
  }

  public void page(Context ctx) {
    CaseRecord c = record(ctx.pathParam("id"));
    List<CaseRecord> chain = c.chainId() == null ? List.of(c) : reporter.chain(c.chainId());
    pages.render(ctx, "case.jte", new CasePage(c, chain.isEmpty() ? List.of(c) : chain));
  }

  private CaseRecord record(String id) {
    return reporter.get(id).orElseThrow(() -> new NotFound("Такого дела нет в индексе: " + id));
  }

  static CaseDimension dimension(String by) {
    if (by == null || by.isBlank()) {
      return CaseDimension.RECEIVED_MONTH;
    }
    return CaseDimension.ofValue(by).orElseThrow(() -> new QueryException("by: «" + by + "» is not a dimension of cases; use "
        + String.join(", ", Arrays.stream(CaseDimension.values()).map(CaseDimension::value).toList())));
  }

  private static int number(String value, int otherwise, String name) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new QueryException(name + ": «" + value + "» is not a whole number ≥ 0");
    }
  }
}
