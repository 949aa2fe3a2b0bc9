package org.courtsearch.core.decision;

/**
 * Where in a decision's text a field was read: the words a count rests on, so that a reader who
 * doubts a number can see them in the act itself.
 *
 * @param field the field read ({@code court}, {@code decision_date}, {@code case_number}, {@code articles})
 * @param value the value the field got from these words ({@code УК РФ 337 ч.5})
 * @param start the first character of the words in the decision's text
 * @param end one past the last character
 */
public record Evidence(String field, String value, int start, int end) {}
