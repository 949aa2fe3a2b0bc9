package org.courtsearch.core.decision;

import org.courtsearch.core.text.ValueLabel;

/** Kind of act, stored as its Russian name so that {@code doc_type:приговор} reads naturally. */
public enum DocType implements ValueLabel {
  SENTENCE("приговор", "Приговор"),
  RULING("постановление", "Постановление"),
  DECISION("решение", "Решение"),
  DETERMINATION("определение", "Определение");

  private final String value;
  private final String label;

  DocType(String value, String label) {
    this.value = value;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return label;
  }

  /** The stored value: what logs, messages and string joins show. */
  @Override
  public String toString() {
    return value;
  }
}
