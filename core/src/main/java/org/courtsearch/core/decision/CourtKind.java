package org.courtsearch.core.decision;

import org.courtsearch.core.text.ValueLabel;

/** Level and branch of a court. */
public enum CourtKind implements ValueLabel {
  GARRISON_MILITARY("garrison_military", "Гарнизонный военный суд"),
  DISTRICT_MILITARY("district_military", "Окружной (флотский) военный суд"),
  MILITARY_APPEAL("military_appeal", "Апелляционный военный суд"),
  MILITARY_CASSATION("military_cassation", "Кассационный военный суд"),
  DISTRICT("district", "Районный (городской) суд"),
  REGIONAL("regional", "Суд субъекта РФ"),
  APPEAL("appeal", "Апелляционный суд общей юрисдикции"),
  CASSATION("cassation", "Кассационный суд общей юрисдикции"),
  SUPREME("supreme", "Верховный Суд РФ"),
  MAGISTRATE("magistrate", "Мировой судья"),
  ARBITRATION("arbitration", "Арбитражный суд"),
  OTHER("other", "Другой");

  private final String value;
  private final String label;

  CourtKind(String value, String label) {
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
