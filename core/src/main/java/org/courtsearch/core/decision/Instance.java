package org.courtsearch.core.decision;

import java.util.Optional;
import org.courtsearch.core.text.ValueLabel;

/** Which hearing of a case an act comes from: the first, an appeal, a cassation, a supervisory review. */
public enum Instance implements ValueLabel {
  FIRST("first", "Первая инстанция"),
  APPEAL("appeal", "Апелляция"),
  CASSATION("cassation", "Кассация"),
  SUPERVISORY("supervisory", "Надзор");

  private final String value;
  private final String label;

  Instance(String value, String label) {
    this.value = value;
    this.label = label;
  }

  /** As stored in the index ({@code instance}). */
  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Instance> ofValue(String value) {
    return ValueLabel.of(Instance.class, value);
  }

  /** Whether {@code instance} is a review of a lower court's act (appeal, cassation, supervisory). */
  public static boolean isReview(Instance instance) {
    return instance != null && instance != FIRST;
  }

  /** Whether a stored value names a review of a lower court's act (appeal, cassation, supervisory). */
  public static boolean isReview(String value) {
    return value != null && !FIRST.value.equals(value);
  }

  /** The stored value: what logs, messages and string joins show. */
  @Override
  public String toString() {
    return value;
  }
}
