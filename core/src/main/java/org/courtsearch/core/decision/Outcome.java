package org.courtsearch.core.decision;

/** What the decision did to the case. */
public enum Outcome {
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

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }
}
