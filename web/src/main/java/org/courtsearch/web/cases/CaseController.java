package org.courtsearch.web.cases;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.UserError;
import org.courtsearch.query.cases.CaseDimension;
import org.courtsearch.query.cases.CaseQuery;
import org.courtsearch.search.cases.CaseExports;
import org.courtsearch.search.cases.CaseReporter;
import org.courtsearch.web.http.Downloads;
import org.courtsearch.web.http.Pages;

/** Cases: counts as the courts' records count them, a case's record, and its page with the chain of instances. */
public final class CaseController {
  private final CaseReporter reporter;
  private final Pages pages;

  public CaseController(CaseReporter reporter, Pages pages) {
    this.reporter = reporter;
    this.pages = pages;
  }

  /** {@code GET /cases?…}: search over cases with facets, a count by one dimension, a page of cases. */
  public void searchPage(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    int from = number(ctx.queryParam("from"), 0, "from");
    CaseQuery q;
    CaseDimension by;
    try {
      q = CaseQuery.parse(params);
      by = dimension(ctx.queryParam("by"));
    } catch (QueryException e) {
      ctx.status(400);
      pages.render(ctx, "cases.jte", new CasesPage(params, 0, null, Map.of(), List.of(), 0, PAGE, e.getMessage()));
      return;
    }
    CaseQuery casesOnly = q.asCases();
    pages.render(ctx, "cases.jte", new CasesPage(params, reporter.total(casesOnly), reporter.count(q, by),
        reporter.facets(casesOnly, List.copyOf(CasesPage.FACETS.keySet())), reporter.find(casesOnly, from, PAGE), from, PAGE, null));
  }

  private static final int PAGE = 50;

  /** {@code GET /api/cases/export?format=csv|xlsx|jsonl&per=case|defendant&…}: every case selected, streamed. */
  public void export(Context ctx) throws IOException {
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("csv").toLowerCase(Locale.ROOT);
    String per = Optional.ofNullable(ctx.queryParam("per")).orElse("case");
    if (!per.equals("case") && !per.equals("defendant")) {
      throw new QueryException("Параметр per: case (строка на дело) или defendant (строка на лицо), а не «" + per + "».");
    }
    CaseQuery q = CaseQuery.parse(ctx.queryParamMap());
    String contentType = switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "jsonl" -> "application/x-ndjson; charset=utf-8";
      default -> throw new QueryException("Параметр format: дела выгружаются в csv, xlsx или jsonl, а не «" + format + "».");
    };
    boolean perDefendant = per.equals("defendant");
    ctx.header("X-Total-Count", Long.toString(reporter.total(q.asCases())));
    ctx.header("Content-Disposition", "attachment; filename=\"courtsearch-cases-" + (perDefendant ? "defendants-" : "")
        + LocalDate.now() + "." + format + "\"");
    ctx.contentType(contentType);
    OutputStream os = ctx.res().getOutputStream();
    String site = ctx.scheme() + "://" + ctx.host();
    try {
      switch (format) {
        case "csv" -> CaseExports.csv(reporter, q, perDefendant, site, os);
        case "xlsx" -> CaseExports.xlsx(reporter, q, perDefendant, site, os);
        default -> CaseExports.jsonl(reporter, q, perDefendant, os);
      }
      os.flush();
    } catch (IOException | RuntimeException e) {
      Downloads.abort(ctx, e); // a short file must not look whole
    }
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
    return reporter.get(id).orElseThrow(() -> UserError.notFound("Такого дела нет в индексе: " + id));
  }

  static CaseDimension dimension(String by) {
    if (by == null || by.isBlank()) {
      return CaseDimension.RECEIVED_MONTH;
    }
    return CaseDimension.ofValue(by).orElseThrow(() -> new QueryException("Параметр by: одно из "
        + String.join(", ", Arrays.stream(CaseDimension.values()).map(CaseDimension::value).toList()) + ", а не «" + by + "»."));
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
