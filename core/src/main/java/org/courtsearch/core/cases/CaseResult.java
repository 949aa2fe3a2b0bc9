package org.courtsearch.core.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.text.ValueLabel;

/**
 * How a case (or one defendant's part of it) ended, in the words courts' records use: the
 * categories a count of cases needs (sentences, terminations, returns to the prosecutor,
 * transfers, cases still pending), and the outcomes of a review.
 */
public enum CaseResult implements ValueLabel {
  SENTENCE("sentence", "Приговор"),
  ACQUITTAL("acquittal", "Оправдательный приговор"),
  TERMINATION("termination", "Прекращено"),
  RETURNED("returned", "Возвращено прокурору"),
  TRANSFERRED("transferred", "Передано по подсудности"),
  UPHELD("upheld", "Оставлено без изменения"),
  CHANGED("changed", "Изменено"),
  QUASHED("quashed", "Отменено"),
  DECIDED("decided", "Рассмотрено (иное)"),
  PENDING("pending", "Не рассмотрено");

  private final String value;
  private final String label;

  CaseResult(String value, String label) {
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

  public static Optional<CaseResult> ofValue(String value) {
    return ValueLabel.of(CaseResult.class, value);
  }

  private static final Pattern ACQUITTED = Pattern.compile("оправда");
  private static final Pattern SENTENCED = Pattern.compile("приговор|осужден|обвинительн");
  private static final Pattern RETURN = Pattern.compile("возвра\\S*\\s+(?:уголовное\\s+дело\\s+)?прокурор|ст\\.\\s*237\\s+УПК");
  private static final Pattern TRANSFER = Pattern.compile("подсудност|передан\\S*\\s+(?:дела\\s+)?в\\s+друг|направлен\\S*\\s+по\\s+подсуд");
  private static final Pattern TERMINATED = Pattern.compile("прекращ|судебный штраф|освобожд\\S+ от уголовной");
  private static final Pattern UPHOLD = Pattern.compile("оставлен\\S*\\s+без\\s+изменени|без удовлетворения");
  private static final Pattern QUASH = Pattern.compile("отмен");
  private static final Pattern CHANGE = Pattern.compile("изменен");

  /**
   * The category of a result as a card, listing or scraper writes it ({@code Вынесен
   * ПРИГОВОР}, {@code Уголовное дело ПРЕКРАЩЕНО…}, {@code Дело присоединено к другому делу}…).
   * Blank means the case is not decided yet. A review's result names what happened to the act
   * below; a first instance's what happened to the charge.
   *
   * <p>Order matters: «приговор ОТМЕНЕН» is a review's quashing, not a sentence, so review
   * words are read first when {@code review} is set; «возвращено прокурору» is a return even
   * though it mentions the case.
   */
  public static CaseResult classify(String text, boolean review) {
    if (text == null || text.isBlank()) {
      return PENDING;
    }
    String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (review) {
      if (QUASH.matcher(t).find()) {
        return QUASHED;
      }
      if (UPHOLD.matcher(t).find()) {
        return UPHELD; // before «изменен»: «оставлен без изменения» contains it
      }
      if (CHANGE.matcher(t).find()) {
        return CHANGED;
      }
      return DECIDED;
    }
    if (RETURN.matcher(t).find()) {
      return RETURNED;
    }
    if (TRANSFER.matcher(t).find()) {
      return TRANSFERRED;
    }
    if (ACQUITTED.matcher(t).find()) {
      return ACQUITTAL;
    }
    if (TERMINATED.matcher(t).find()) {
      return TERMINATION;
    }
    if (SENTENCED.matcher(t).find()) {
      return SENTENCE;
    }
    return DECIDED;
  }

  /** The category of a decision's outcome as the text extractor names it. */
  public static Optional<CaseResult> ofOutcome(Outcome outcome) {
    if (outcome == null) {
      return Optional.empty();
    }
    return Optional.of(switch (outcome) {
      case CONVICTION -> SENTENCE;
      case ACQUITTAL -> ACQUITTAL;
      case TERMINATION -> TERMINATION;
      case RETURNED_TO_PROSECUTOR -> RETURNED;
      case UPHELD -> UPHELD;
      case CHANGED -> CHANGED;
      case QUASHED -> QUASHED;
      case OTHER -> DECIDED;
    });
  }
}
