package org.courtsearch.web.cases;

import java.util.List;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.cases.CaseResult;
import org.courtsearch.core.decision.Instance;

/** The case page's model: the case, and the instances of its chain (itself among them). */
public record CasePage(CaseRecord c, List<CaseRecord> chain) {
  public static String resultLabel(String kind) {
    return kind == null ? "—" : CaseResult.ofValue(kind).map(CaseResult::label).orElse(kind);
  }

  public static String instanceLabel(String instance) {
    return instance == null ? "—" : Instance.ofValue(instance).map(Instance::label).orElse(instance);
  }

  public static String or(Object value) {
    return value == null ? "—" : value.toString();
  }

  public static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }
}
