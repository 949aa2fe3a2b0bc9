package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles as case cards and portals list them, in reverse order: {@code ст.158 ч.2 п.п.а,б УК РФ},
 * {@code ст.183 ч.4; ст.290 ч.3 УК РФ}, {@code Статья 158 Часть 1}. A card lists the articles of
 * the charge, so every one counts as charged; a list without a code is taken as УК РФ only when
 * the card says so, else as named.
 */
public final class CardArticles {
  private static final Pattern REF = Pattern.compile(
      "(?:ст(?:атья)?\\.?\\s*)(\\d{1,3}(?:\\.\\d{1,2}){0,2})(?:\\s*ч(?:асть)?\\.?\\s*(\\d{1,2}(?:\\.\\d)?))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CODE = Pattern.compile("(УК|КоАП|УПК|ГПК|КАС|АПК)\\s*(?:РФ|России)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CardArticles() {}

  public record Parsed(List<String> articles, List<String> parts) {}

  /** @param defaultCode the code of references that name none (e.g. a sidecar's criminal cases) */
  public static Parsed parse(String value, String defaultCode) {
    Set<String> articles = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    for (String group : value.split("[;\\n]")) {
      Matcher code = CODE.matcher(group);
      String codeName = code.find() ? normalise(code.group(1)) : defaultCode;
      if (codeName == null) {
        continue;
      }
      Matcher m = REF.matcher(group);
      while (m.find()) {
        articles.add(codeName + " " + m.group(1));
        if (m.group(2) != null) {
          parts.add(codeName + " " + m.group(1) + " ч." + m.group(2));
        }
      }
    }
    return new Parsed(new ArrayList<>(articles), new ArrayList<>(parts));
  }

  /** Groups without a code inherit the code of the last group that names one (card lists end with it). */
  public static Parsed parse(String value) {
    Matcher code = CODE.matcher(value);
    String last = null;
    while (code.find()) {
      last = normalise(code.group(1));
    }
    return parse(value, last);
  }

  private static String normalise(String code) {
    String c = code.toUpperCase();
    return (c.equals("КОАП") ? "КоАП" : c) + " РФ";
  }
}
