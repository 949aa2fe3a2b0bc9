package org.courtsearch.search.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.Sentence;
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
        // a sentence's numbers: the value for one convicted person, the persons' values joined for several
        new Column("service_basis", d -> perPerson(d, s -> ValueLabel.valueOf(s.serviceBasis()))),
        new Column("rank", d -> perPerson(d, s -> ValueLabel.valueOf(s.rank()))),
        new Column("unit", d -> perPerson(d, Sentence::unit)),
        new Column("main_punishment", d -> perPerson(d, s -> ValueLabel.valueOf(s.punishment()))),
        new Column("term_months", d -> perPerson(d, Sentence::termMonths)),
        new Column("suspended", d -> perPerson(d, Sentence::suspended)),
        new Column("probation_months", d -> perPerson(d, Sentence::probationMonths)),
        new Column("fine_roubles", d -> perPerson(d, Sentence::fineRoubles)),
        new Column("work_hours", d -> perPerson(d, Sentence::workHours)),
        new Column("additional_punishment", d -> perPerson(d, s -> s.additional().isEmpty() ? null : join(ValueLabel.valuesOf(s.additional())))),
        new Column("art64", d -> perPerson(d, Sentence::art64)),
        new Column("art73", d -> perPerson(d, Sentence::art73)),
        new Column("tags", d -> join(d.tags())),
        new Column("file_path", Decision::filePath),
        new Column("link", d -> siteBase + "/decisions/" + d.docId())));
    if (includeText) {
      c.add(new Column("text", Decision::text));
    }
    return c;
  }

  /** One person's value as itself (a number stays a number in XLSX); several persons' joined, «—» for one without it. */
  static Object perPerson(Decision d, Function<Sentence, Object> value) {
    List<Sentence> sentences = d.sentences() == null ? List.of() : d.sentences();
    if (sentences.size() == 1) {
      return value.apply(sentences.get(0));
    }
    if (sentences.isEmpty() || sentences.stream().allMatch(s -> value.apply(s) == null)) {
      return null;
    }
    return String.join("; ", sentences.stream().map(s -> value.apply(s)).map(v -> v == null ? "—" : v.toString()).toList());
  }

  static String join(List<String> values) {
    return values == null ? "" : String.join("; ", values);
  }

}
