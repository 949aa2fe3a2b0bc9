package org.courtsearch.search.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.es.Json;
import org.courtsearch.query.cases.CaseQuery;
import org.courtsearch.search.table.TableWriter;

/**
 * Cases exported as they stream by, one row per case or one per defendant (a person's own
 * articles and result beside the case's fields), as CSV, XLSX or JSON Lines.
 */
public final class CaseExports {
  private CaseExports() {}

  /** A column: its header and its value for a case and (per defendant) one of its persons, which may be null. */
  record Column(String name, BiFunction<CaseRecord, CaseFacts.Defendant, Object> value) {}

  static List<Column> columns(boolean perDefendant, String site) {
    List<Column> c = new ArrayList<>();
    c.add(new Column("case_id", (r, d) -> r.caseId()));
    c.add(new Column("court", (r, d) -> r.court()));
    c.add(new Column("court_code", (r, d) -> r.courtCode()));
    c.add(new Column("region", (r, d) -> r.region()));
    c.add(new Column("proceeding", (r, d) -> r.proceeding()));
    c.add(new Column("instance", (r, d) -> r.instance()));
    c.add(new Column("case_number", (r, d) -> r.caseNumber()));
    c.add(new Column("uid", (r, d) -> r.uid()));
    c.add(new Column("received", (r, d) -> r.received()));
    c.add(new Column("judge", (r, d) -> r.judge()));
    c.add(new Column("decision_date", (r, d) -> r.decisionDate()));
    c.add(new Column("result_kind", (r, d) -> r.resultKind()));
    c.add(new Column("result", (r, d) -> r.result()));
    if (perDefendant) {
      c.add(new Column("defendant", (r, d) -> d == null ? null : d.label()));
      c.add(new Column("defendant_articles", (r, d) -> d == null ? null : String.join("; ",
          d.articlesPart() == null || d.articlesPart().isEmpty() ? list(d.articles()) : d.articlesPart())));
      c.add(new Column("defendant_result_kind", (r, d) -> d == null ? null : d.resultKind()));
    } else {
      c.add(new Column("articles", (r, d) -> String.join("; ", list(r.articlesPart()).isEmpty() ? list(r.articles())
          : r.articlesPart())));
      c.add(new Column("defendants", (r, d) -> r.defendantCount()));
    }
    c.add(new Column("has_text", (r, d) -> r.hasText()));
    c.add(new Column("chain_id", (r, d) -> r.chainId()));
    c.add(new Column("sources", (r, d) -> String.join("; ", list(r.sources()).stream().map(s -> s.kind() + ":" + s.path()).toList())));
    c.add(new Column("url", (r, d) -> site + "/cases/" + r.caseId()));
    return c;
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  /** The rows of one case: itself, or one per defendant (a case without listed persons keeps one row). */
  private static List<CaseFacts.Defendant> rows(CaseRecord r, boolean perDefendant) {
    if (!perDefendant || list(r.defendants()).isEmpty()) {
      List<CaseFacts.Defendant> one = new ArrayList<>();
      one.add(null);
      return one;
    }
    return r.defendants();
  }

  public static long csv(CaseReporter reporter, CaseQuery q, boolean perDefendant, String site, OutputStream os) throws IOException {
    return table(TableWriter.csv(os, names(perDefendant, site)), reporter, q, perDefendant, site);
  }

  public static long xlsx(CaseReporter reporter, CaseQuery q, boolean perDefendant, String site, OutputStream os) throws IOException {
    return table(TableWriter.xlsx(os, perDefendant ? "Лица" : "Дела", names(perDefendant, site)), reporter, q, perDefendant, site);
  }

  private static List<String> names(boolean perDefendant, String site) {
    return columns(perDefendant, site).stream().map(Column::name).toList();
  }

  /** The cases (or their people) as a table, a row each, as they stream by. */
  private static long table(TableWriter table, CaseReporter reporter, CaseQuery q, boolean perDefendant, String site)
      throws IOException {
    List<Column> columns = columns(perDefendant, site);
    reporter.forEach(q, r -> {
      for (CaseFacts.Defendant d : rows(r, perDefendant)) {
        List<Object> row = new ArrayList<>(columns.size());
        for (Column c : columns) {
          row.add(c.value().apply(r, d));
        }
        table.row(row);
      }
    });
    table.close(); // only after the last row: an export cut short must not end like a whole one
    return table.rows();
  }

  public static long jsonl(CaseReporter reporter, CaseQuery q, boolean perDefendant, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    long[] rows = {0};
    reporter.forEach(q, r -> {
      if (!perDefendant) {
        w.write(Json.mapper().writeValueAsString(r));
        w.write('\n');
        rows[0]++;
        return;
      }
      for (CaseFacts.Defendant d : rows(r, true)) {
        var node = Json.mapper().createObjectNode();
        node.put("case_id", r.caseId());
        node.set("case", Json.mapper().valueToTree(r.withChain(r.chainId(), r.lower())));
        ((ObjectNode) node.get("case")).remove("defendants");
        node.set("defendant", d == null ? null : Json.mapper().valueToTree(d));
        w.write(Json.mapper().writeValueAsString(node));
        w.write('\n');
        rows[0]++;
      }
    });
    w.flush();
    return rows[0];
  }
}
