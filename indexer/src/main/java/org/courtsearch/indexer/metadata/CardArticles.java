package org.courtsearch.indexer.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.courtsearch.core.law.ArticleGrammar;
import org.courtsearch.core.law.Code;

/**
 * Articles as case cards and portals list them ({@code ст.158 ч.2 п.п.а,б УК РФ}, {@code ст.183
 * ч.4; ст.290 ч.3 УК РФ}, {@code Статья 158 Часть 1}), read by the one grammar in core. A card
 * lists the articles of the charge, so every one counts as charged.
 */
public final class CardArticles {
  private CardArticles() {}

  public record Parsed(List<String> articles, List<String> parts) {}

  /** @param defaultCode the code of references that name none (e.g. a sidecar's criminal cases), as a label; may be null */
  public static Parsed parse(String value, String defaultCode) {
    Code fallback = defaultCode == null ? null : Code.ofLabel(defaultCode).orElse(null);
    Set<String> articles = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    for (ArticleGrammar.Citation c : ArticleGrammar.parseList(value, fallback)) {
      articles.add(c.articleValue());
      if (c.part() != null) {
        parts.add(c.partValue());
      }
    }
    return new Parsed(new ArrayList<>(articles), new ArrayList<>(parts));
  }

  /** References without a code take the code the list names after (card lists end with it) or before. */
  public static Parsed parse(String value) {
    return parse(value, null);
  }
}
