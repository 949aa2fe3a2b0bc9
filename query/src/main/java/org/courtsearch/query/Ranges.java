package org.courtsearch.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of a sentence in the search box: {@code [36 TO 60]} (inclusive), {@code {36 TO 60}} (exclusive), {@code *} for
 * an open end, {@code >=36}, {@code >36}, {@code <=60}, {@code <60}, or one value.
 */
final class Ranges {
  private static final Pattern BRACKETS = Pattern.compile("([\\[{])\\s*(\\*|\\d+)\\s+(?:TO|ДО|-)\\s+(\\*|\\d+)\\s*([\\]}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMPARE = Pattern.compile("(>=|<=|>|<)?(\\d+)");

  private Ranges() {}

  static Query query(String field, String name, String value) {
    String v = value.trim();
    Matcher b = BRACKETS.matcher(v);
    if (b.matches()) {
      Long from = bound(b.group(2));
      Long to = bound(b.group(3));
      if (from != null && to != null && from > to) {
        throw new QueryException(name + ": начало диапазона больше его конца (" + v + ").");
      }
      boolean inclusiveFrom = b.group(1).equals("[");
      boolean inclusiveTo = b.group(4).equals("]");
      return Query.of(q -> q.range(r -> r.number(n -> {
        n.field(field);
        if (from != null) {
          if (inclusiveFrom) {
            n.gte((double) from);
          } else {
            n.gt((double) from);
          }
        }
        if (to != null) {
          if (inclusiveTo) {
            n.lte((double) to);
          } else {
            n.lt((double) to);
          }
        }
        return n;
      })));
    }
    Matcher c = COMPARE.matcher(v);
    if (!c.matches()) {
      throw new QueryException(name + ": число или диапазон, например " + name + ":[36 TO 60] или " + name + ":>=36, а не «" + value
          + "».");
    }
    double n = Long.parseLong(c.group(2));
    String op = c.group(1) == null ? "=" : c.group(1);
    return Query.of(q -> q.range(r -> r.number(x -> switch (op) {
      case ">=" -> x.field(field).gte(n);
      case ">" -> x.field(field).gt(n);
      case "<=" -> x.field(field).lte(n);
      case "<" -> x.field(field).lt(n);
      default -> x.field(field).gte(n).lte(n);
    })));
  }

  private static Long bound(String s) {
    return s.equals("*") ? null : Long.valueOf(s);
  }
}
