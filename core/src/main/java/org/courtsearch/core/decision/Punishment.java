package org.courtsearch.core.decision;

import org.courtsearch.core.text.ValueLabel;

/** Kinds of punishment named in a sentence's operative part. */
public enum Punishment implements ValueLabel {
  IMPRISONMENT("imprisonment", "Лишение свободы (реально)"),
  SUSPENDED("suspended", "Лишение свободы условно"),
  FINE("fine", "Штраф"),
  COURT_FINE("court_fine", "Судебный штраф"),
  COMPULSORY_WORK("compulsory_work", "Обязательные работы"),
  CORRECTIONAL_WORK("correctional_work", "Исправительные работы"),
  FORCED_LABOUR("forced_labour", "Принудительные работы"),
  RESTRICTION_OF_FREEDOM("restriction_of_freedom", "Ограничение свободы"),
  MILITARY_SERVICE_RESTRICTION("military_service_restriction", "Ограничение по военной службе"),
  DISCIPLINARY_UNIT("disciplinary_unit", "Дисциплинарная воинская часть"),
  DEPRIVATION_OF_RIGHT("deprivation_of_right", "Лишение права занимать должности / заниматься деятельностью"),
  DEPRIVATION_OF_RANK("deprivation_of_rank", "Лишение воинского звания"),
  ARREST("arrest", "Арест");

  private final String value;
  private final String label;

  Punishment(String value, String label) {
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
