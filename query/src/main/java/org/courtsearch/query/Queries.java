package org.courtsearch.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.geo.Regions;
import org.courtsearch.core.index.Fields;

/**
 * A {@link SearchQuery} in Elasticsearch's terms, the same for search, reports, export and every
 * entry point after them: the text and date range, the facet selections, the result set, the
 * sort and the paging cursor ({@code search_after}, opaque to the user).
 */
public final class Queries {
  private Queries() {}

  /** The query part shared by search, reports and export: text, field terms and date range (no facet selections). */
  public static Query base(SearchQuery q) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    QueryText.Parsed parsed = QueryText.parse(q.q());
    if (!parsed.text().isBlank()) {
      b.must(QueryText.fullText(parsed.text(), q.related()));
    }
    parsed.must().forEach(b::filter);
    parsed.mustNot().forEach(b::mustNot);
    if (q.from() != null || q.to() != null) {
      b.filter(f -> f.range(r -> r.date(d -> {
        d.field(Fields.DECISION_DATE);
        if (q.from() != null) {
          d.gte(q.from().toString());
        }
        if (q.to() != null) {
          d.lte(q.to().toString());
        }
        return d;
      })));
    }
    if (q.newSince() != null) {
      b.filter(f -> f.range(r -> r.date(d -> d.field(Fields.INDEXED_AT).gt(q.newSince().toString()))));
    }
    return Query.of(x -> x.bool(b.build()));
  }

  /** The facet selections, all of them or all but one. */
  public static Query selections(SearchQuery q, Dimension except) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    q.filters().forEach((facet, values) -> {
      if (facet != except) {
        // a region filter by any label the region has had matches decisions indexed under each of them
        List<FieldValue> v = values.stream()
            .flatMap(s -> facet == Dimension.REGION ? Regions.labels(s).stream() : Stream.of(s))
            .map(s -> facet == Dimension.YEAR ? FieldValue.of(year(s)) : FieldValue.of(s)).distinct().toList();
        b.filter(f -> f.terms(t -> t.field(facet.field()).terms(tv -> tv.value(v))));
      }
    });
    return Query.of(x -> x.bool(b.build()));
  }

  /** Query and selections together: the result set itself (reports, exports, batch counts). */
  public static Query resultSet(SearchQuery q) {
    return Query.of(x -> x.bool(b -> b.filter(base(q)).filter(selections(q, null))));
  }

  private static long year(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new QueryException("Год должен быть числом, а не «" + s + "».");
    }
  }

  /** The sort of a result list, ending in the document id so that paging is stable. */
  public static List<SortOptions> sort(Sort sort) {
    List<SortOptions> s = new ArrayList<>();
    switch (sort) {
      case RELEVANCE -> s.add(SortOptions.of(o -> o.score(x -> x.order(SortOrder.Desc))));
      case DATE_DESC -> s.add(byField(Fields.DECISION_DATE, SortOrder.Desc));
      case DATE_ASC -> s.add(byField(Fields.DECISION_DATE, SortOrder.Asc));
      case COURT -> {
        s.add(byField(Fields.COURT, SortOrder.Asc));
        s.add(byField(Fields.DECISION_DATE, SortOrder.Desc));
      }
    }
    s.add(SortOptions.of(o -> o.field(f -> f.field(Fields.DOC_ID).order(SortOrder.Asc))));
    return s;
  }

  private static SortOptions byField(String field, SortOrder order) {
    return SortOptions.of(o -> o.field(f -> f.field(field).order(order).missing("_last")));
  }

  /** The sort values of a page's last hit as an opaque, URL-safe cursor. */
  public static String encodeCursor(List<FieldValue> values) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (FieldValue v : values) {
      if (v.isLong()) {
        array.add(v.longValue());
      } else if (v.isDouble()) {
        array.add(v.doubleValue());
      } else if (v.isString()) {
        array.add(v.stringValue());
      } else if (v.isNull()) {
        array.addNull();
      } else if (v.isBoolean()) {
        array.add(v.booleanValue());
      } else {
        array.add(String.valueOf(v._get()));
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A cursor back to sort values; a tampered one is a {@link QueryException}. */
  public static List<FieldValue> decodeCursor(String cursor) {
    try {
      JsonNode node = Json.mapper().readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (!node.isArray() || node.size() == 0 || node.size() > 4) {
        throw new QueryException("Параметр after испорчен.");
      }
      List<FieldValue> out = new ArrayList<>();
      for (JsonNode v : node) {
        if (v.isIntegralNumber()) {
          out.add(FieldValue.of(v.longValue()));
        } else if (v.isNumber()) {
          out.add(FieldValue.of(v.doubleValue()));
        } else if (v.isTextual()) {
          out.add(FieldValue.of(v.textValue()));
        } else if (v.isNull()) {
          out.add(FieldValue.NULL);
        } else {
          throw new QueryException("Параметр after испорчен.");
        }
      }
      return out;
    } catch (IllegalArgumentException | IOException e) {
      throw new QueryException("Параметр after испорчен.");
    }
  }
}
