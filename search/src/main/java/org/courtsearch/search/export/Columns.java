package org.courtsearch.search.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.text.ValueLabel;

/** The columns of CSV and XLSX exports, in order, and how each is read from a decision. */
final class Columns {
  record Column(String name, Function<Decision, Object> value) {}

  private Columns() {}

  static List<Column> of(boolean includeText, String siteBase) {
    List<Column> c = new ArrayList<>(List.of(
        new Column("id", Decision::docId),
        new Column("court", Decision::court),
        new Column("region", Decision::region),
        new Column("decision_date", Decision::decisionDate),
        new Column("case_number", Decision::caseNumber),
        new Column("uid", Decision::uid),
        new Column("doc_type", d -> ValueLabel.valueOf(d.docType())),
        new Column("articles", d -> join(d.articlesPart() == null || d.articlesPart().isEmpty() ? d.articles() : d.articlesPart())),
        new Column("outcome", d -> ValueLabel.valueOf(d.outcome())),
        new Column("punishment", d -> join(ValueLabel.valuesOf(d.punishment()))),
        new Column("judge", Decision::judge),
        new Column("tags", d -> join(d.tags())),
        new Column("file_path", Decision::filePath),
        new Column("link", d -> siteBase + "/decisions/" + d.docId())));
    if (includeText) {
      c.add(new Column("text", Decision::text));
    }
    return c;
  }

  static String join(List<String> values) {
    return values == null ? "" : String.join("; ", values);
  }

}
