package org.courtsearch.core.decision;

import org.courtsearch.core.text.ValueLabel;

/** What the decision did to the case. */
public enum Outcome implements ValueLabel {
  CONVICTION("conviction", "Обвинительный приговор"),
  ACQUITTAL("acquittal", "Оправдание"),
  TERMINATION("termination", "Прекращение дела"),
  RETURNED_TO_PROSECUTOR("returned_to_prosecutor", "Возвращение прокурору"),
  UPHELD("upheld", "Оставлено без изменения"),
  CHANGED("changed", "Изменено"),
  QUASHED("quashed", "Отменено"),
  OTHER("other", "Другое");

  private final String value;
  private final String label;

  Outcome(String value, String label) {
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
