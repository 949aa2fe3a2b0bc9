package org.courtsearch.search.decision;

import java.util.List;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.search.SearchResult;

/**
 * A decision for its page: the document, its text as safe HTML with numbered matches, and
 * related decisions.
 *
 * @param textHtml the full text, escaped, matches in {@code <mark id="mN">}
 * @param matches how many matches the text has
 * @param sameCase other documents of the case (court + case number)
 * @param sameCourt recent decisions of the same court
 */
public record DecisionView(
    String id, Decision decision, String textHtml, int matches, List<SearchResult.Hit> sameCase,
    List<SearchResult.Hit> sameCourt) {}
