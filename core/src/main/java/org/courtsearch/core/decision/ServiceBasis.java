package org.courtsearch.core.decision;

import org.courtsearch.core.text.ValueLabel;

/** On what basis a convicted serviceman served: the first question asked of desertion sentences. */
public enum ServiceBasis implements ValueLabel {
  MOBILISED("mobilised", "По мобилизации"),
  CONTRACT("contract", "По контракту"),
  CONSCRIPT("conscript", "По призыву"),
  /** A volunteer formation, the mobilisation reserve, military training (сборы). */
  OTHER("other", "Иное (добровольческое формирование, резерв, сборы)");

  private final String value;
  private final String label;

  ServiceBasis(String value, String label) {
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
