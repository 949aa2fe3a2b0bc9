package org.courtsearch.web.decision;

import java.util.List;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.workbench.Note;
import org.courtsearch.search.decision.DecisionView;

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

  public String originalUrl() {
    return "/api/decisions/" + view.id() + "/original";
  }
}
