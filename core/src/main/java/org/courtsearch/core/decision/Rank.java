package org.courtsearch.core.decision;

import org.courtsearch.core.text.ValueLabel;

/**
 * Military ranks of the armed forces (ст. 46 Федерального закона «О воинской обязанности и военной службе»): the
 * army's and the navy's, each its own value, stored in the nominative as the law names it.
 */
public enum Rank implements ValueLabel {
  PRIVATE("рядовой"),
  SEAMAN("матрос"),
  LANCE_CORPORAL("ефрейтор"),
  SENIOR_SEAMAN("старший матрос"),
  JUNIOR_SERGEANT("младший сержант"),
  PETTY_OFFICER_2("старшина 2 статьи"),
  SERGEANT("сержант"),
  PETTY_OFFICER_1("старшина 1 статьи"),
  SENIOR_SERGEANT("старший сержант"),
  CHIEF_PETTY_OFFICER("главный старшина"),
  STARSHINA("старшина"),
  CHIEF_SHIP_PETTY_OFFICER("главный корабельный старшина"),
  PRAPORSHCHIK("прапорщик"),
  MICHMAN("мичман"),
  SENIOR_PRAPORSHCHIK("старший прапорщик"),
  SENIOR_MICHMAN("старший мичман"),
  JUNIOR_LIEUTENANT("младший лейтенант"),
  LIEUTENANT("лейтенант"),
  SENIOR_LIEUTENANT("старший лейтенант"),
  CAPTAIN("капитан"),
  CAPTAIN_LIEUTENANT("капитан-лейтенант"),
  MAJOR("майор"),
  CAPTAIN_3("капитан 3 ранга"),
  LIEUTENANT_COLONEL("подполковник"),
  CAPTAIN_2("капитан 2 ранга"),
  COLONEL("полковник"),
  CAPTAIN_1("капитан 1 ранга");

  private final String value;

  Rank(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return value;
  }

  /** The stored value: what logs, messages and string joins show. */
  @Override
  public String toString() {
    return value;
  }
}
