package org.courtsearch.core.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An enumerated field's value as stored ({@code conviction}) and its Russian name ({@code Обвинительный приговор}): the
 * one lookup every such enum shares, instead of a loop of its own.
 */
public interface ValueLabel {
  /** The value as stored and in the API: how Jackson writes and reads the constant. */
  @JsonValue
  String value();

  String label();

  /** The stored value of {@code e}; null for null (a field the text does not tell). */
  static String valueOf(ValueLabel e) {
    return e == null ? null : e.value();
  }

  /** The stored values of {@code list}, in its order; null for null. */
  static List<String> valuesOf(List<? extends ValueLabel> list) {
    return list == null ? null : list.stream().map(ValueLabel::value).toList();
  }

  /** The constant of {@code type} stored as {@code value}, if any. */
  static <E extends Enum<E> & ValueLabel> Optional<E> of(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.value().equals(value)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Every stored value of {@code type} with its name, in declaration order. */
  static <E extends Enum<E> & ValueLabel> Map<String, String> labels(Class<E> type) {
    Map<String, String> out = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      out.put(e.value(), e.label());
    }
    return out;
  }
}
