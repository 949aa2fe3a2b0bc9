package org.courtsearch.core.law;

import java.util.Optional;

/**
 * The codes whose articles decisions cite, each with the label facet values carry
 * ({@code УК РФ 337 ч.5}). Only the two punitive codes define offences a person is charged with.
 */
public enum Code {
  UK("УК РФ", true, 105, 361),
  KOAP("КоАП РФ", true, 5, 21),
  UPK("УПК РФ", false, 0, 0),
  UIK("УИК РФ", false, 0, 0),
  KAS("КАС РФ", false, 0, 0),
  GPK("ГПК РФ", false, 0, 0),
  APK("АПК РФ", false, 0, 0),
  GK("ГК РФ", false, 0, 0),
  NK("НК РФ", false, 0, 0),
  TK("ТК РФ", false, 0, 0),
  ZHK("ЖК РФ", false, 0, 0),
  SK("СК РФ", false, 0, 0);

  private final String label;
  private final boolean punitive;
  private final int firstSpecial;
  private final int lastSpecial;

  Code(String label, boolean punitive, int firstSpecial, int lastSpecial) {
    this.label = label;
    this.punitive = punitive;
    this.firstSpecial = firstSpecial;
    this.lastSpecial = lastSpecial;
  }

  /** The label in index values: {@code УК РФ}, {@code КоАП РФ}. */
  public String label() {
    return label;
  }

  /** Whether the code defines offences (УК, КоАП) rather than procedure or private law. */
  public boolean punitive() {
    return punitive;
  }

  /** Whether the article is in the code's special part, where offences are defined. */
  public boolean definesOffence(String article) {
    if (!punitive) {
      return false;
    }
    int major = Integer.parseInt(article.split("\\.")[0]);
    return major >= firstSpecial && major <= lastSpecial;
  }

  public static Optional<Code> ofLabel(String label) {
    for (Code c : values()) {
      if (c.label.equalsIgnoreCase(label)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
