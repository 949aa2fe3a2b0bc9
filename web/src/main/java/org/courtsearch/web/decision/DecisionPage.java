package org.courtsearch.web.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.workbench.Note;
import org.courtsearch.query.Dimension;
import org.courtsearch.search.decision.DecisionView;
import org.courtsearch.web.page.Labels;

/**
 * The decision page's model.
 *
 * @param back the search this decision was opened from (a URL of this site), or "/"
 * @param caseRecord the case the decision belongs to, when cases are indexed; else null
 */
public record DecisionPage(DecisionView view, String q, String back, CaseRecord caseRecord, Note note) {
  public Decision d() {
    return view.decision();
  }

  public <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  /** Each convicted person's sentence in words: who served how, the punishment with its numbers. */
  public List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (Sentence s : list(d().sentences())) {
      List<String> parts = new ArrayList<>();
      if (s.serviceBasis() != null) {
        parts.add(Labels.of(Dimension.SERVICE_BASIS, s.serviceBasis()).toLowerCase());
      }
      if (s.rank() != null) {
        parts.add(s.rank().value());
      }
      if (s.unit() != null) {
        parts.add(Sentence.MASKED_UNIT.equals(s.unit()) ? "в/ч (номер скрыт)" : "в/ч " + s.unit());
      }
      if (s.punishment() != null) {
        parts.add(Labels.of(Dimension.PUNISHMENT, s.punishment()).toLowerCase() + (s.termMonths() == null ? "" : ", " + s.termMonths() + " мес.")
            + (s.workHours() == null ? "" : ", " + s.workHours() + " ч."));
      }
      if (Boolean.TRUE.equals(s.suspended())) {
        parts.add("условно" + (s.probationMonths() == null ? "" : ", испытательный срок " + s.probationMonths() + " мес."));
      }
      if (s.fineRoubles() != null) {
        parts.add("штраф " + String.format(Locale.ROOT, "%,d", s.fineRoubles()).replace(',', ' ') + " руб.");
      }
      s.additional().forEach(a -> parts.add("доп.: " + Labels.of(Dimension.PUNISHMENT, a).toLowerCase()));
      if (Boolean.TRUE.equals(s.art64())) {
        parts.add("ниже низшего предела (ст. 64 УК РФ)");
      }
      out.add((s.person() == null ? "осуждённый" : s.person()) + ": " + String.join("; ", parts));
    }
    return out;
  }

  public String originalUrl() {
    return "/api/decisions/" + view.id() + "/original";
  }
}
