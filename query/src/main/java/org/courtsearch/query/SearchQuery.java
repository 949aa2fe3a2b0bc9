package org.courtsearch.query;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search, as the URL states it: the same model drives the search page, the API, reports
 * and exports. Parsing enforces the limits, so a bad parameter is a 400 with its name.
 *
 * @param q the user's query (simple query syntax: "phrase", AND/OR, -exclude, prefix*, field:value)
 * @param filters selected facet values; values of one facet are OR-ed, facets AND-ed
 * @param from first decision date, inclusive
 * @param to last decision date, inclusive
 * @param after the cursor of the page to continue from (search_after), opaque
 * @param facetSize values per facet ({@code more=FACET} raises one facet's)
 * @param more the facet whose full list is wanted
 * @param related also find related forms of the query words: a verb and its action noun
 *     (оставил → оставление), through the index's {@code ru_related} query analyzer
 * @param facetFilter with {@code more}: only that facet's values containing this text (any case,
 *     ё as е), looked up among all of them, not just the ones shown (param {@code fq})
 * @param newSince only decisions indexed after this instant (param {@code new_since}): what is new
 *     for a saved search since it was last looked at
 */
public record SearchQuery(
    String q, Map<Dimension, List<String>> filters, LocalDate from, LocalDate to, Sort sort, int size, String after,
    int facetSize, Dimension more, boolean related, String facetFilter, Instant newSince) {

  public static final int MAX_QUERY_LENGTH = 1000;
  public static final int MAX_SIZE = 100;
  public static final int MAX_VALUES_PER_FACET = 100;
  public static final int DEFAULT_FACET_SIZE = 10;
  public static final int MORE_FACET_SIZE = 200;
  public static final int MAX_FACET_FILTER_LENGTH = 100;

  public static SearchQuery of(Map<String, List<String>> params) {
    String q = one(params, "q", "");
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new QueryException("Запрос слишком длинный: " + q.length() + " символов, можно не больше " + MAX_QUERY_LENGTH + ".");
    }
    Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    for (Dimension f : Dimension.facets()) {
      List<String> values = params.getOrDefault(f.param(), List.of()).stream()
          .map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
      if (values.size() > MAX_VALUES_PER_FACET) {
        throw new QueryException("Слишком много значений фильтра «" + f.label() + "»: не больше " + MAX_VALUES_PER_FACET + ".");
      }
      if (!values.isEmpty()) {
        filters.put(f, values);
      }
    }
    LocalDate from = date(params, "from");
    LocalDate to = date(params, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new QueryException("Начальная дата " + from + " позже конечной " + to + ".");
    }
    String sortParam = one(params, "sort", "");
    Sort sort = sortParam.isEmpty() ? (q.isBlank() ? Sort.DATE_DESC : Sort.RELEVANCE)
        : Sort.byParam(sortParam).orElseThrow(() -> new QueryException("Неизвестная сортировка «" + sortParam
            + "»: relevance, date_desc, date_asc или court."));
    int size = integer(params, "size", 20, 1, MAX_SIZE);
    String after = one(params, "after", "").trim();
    after = after.isEmpty() ? null : after;
    if (after != null && after.length() > 2048) {
      throw new QueryException("Параметр after слишком длинный.");
    }
    String moreParam = one(params, "more", "");
    Dimension more = moreParam.isEmpty() ? null
        : Dimension.facetByParam(moreParam).orElseThrow(() -> new QueryException("Неизвестный фильтр «" + moreParam + "»."));
    String relatedParam = one(params, "related", "").trim();
    if (!relatedParam.isEmpty() && !List.of("1", "0", "true", "false", "on", "off").contains(relatedParam)) {
      throw new QueryException("Параметр related: 1 (искать и однокоренные формы) или 0, а не «" + relatedParam + "».");
    }
    boolean related = List.of("1", "true", "on").contains(relatedParam);
    String fq = one(params, "fq", "").trim();
    if (fq.length() > MAX_FACET_FILTER_LENGTH) {
      throw new QueryException("Фильтр значений слишком длинный: не больше " + MAX_FACET_FILTER_LENGTH + " символов.");
    }
    if (!fq.isEmpty() && more == null) {
      throw new QueryException("Параметр fq ищет среди значений одного фильтра: укажите его в more (например, more=judge).");
    }
    String since = one(params, "new_since", "").trim();
    Instant newSince = null;
    if (!since.isEmpty()) {
      try {
        newSince = Instant.parse(since);
      } catch (DateTimeParseException e) {
        throw new QueryException("Параметр new_since: момент в виде 2026-12-01T10:15:30Z, а не «" + since + "».");
      }
    }
    return new SearchQuery(q.trim(), filters, from, to, sort, size, after, DEFAULT_FACET_SIZE, more, related,
        fq.isEmpty() ? null : fq, newSince);
  }

  public int facetSize(Dimension f) {
    return f == more ? MORE_FACET_SIZE : facetSize;
  }

  public List<String> selected(Dimension f) {
    return filters.getOrDefault(f, List.of());
  }

  public boolean isSelected(Dimension f, String value) {
    return selected(f).contains(value);
  }

  /** This query with one facet value toggled, from the first page. */
  public SearchQuery toggle(Dimension f, String value) {
    Map<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
    copy.putAll(filters);
    Set<String> values = new LinkedHashSet<>(selected(f));
    if (!values.remove(value)) {
      values.add(value);
    }
    if (values.isEmpty()) {
      copy.remove(f);
    } else {
      copy.put(f, List.copyOf(values));
    }
    return new SearchQuery(q, copy, from, to, sort, size, null, facetSize, more, related, facetFilter, newSince);
  }

  /**
   * This query narrowed to the decisions one value of a dimension counts (a report's cell): the
   * value alone selected for a facet, the period's days for a time dimension (within any range
   * already chosen).
   */
  public SearchQuery narrowedTo(Dimension d, String value) {
    if (d.isTime()) {
      LocalDate start = Periods.start(d, value);
      LocalDate end = Periods.next(d, start).minusDays(1);
      LocalDate f = from != null && from.isAfter(start) ? from : start;
      LocalDate t = to != null && to.isBefore(end) ? to : end;
      return withRange(f, t);
    }
    Map<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
    copy.putAll(filters);
    copy.put(d, List.of(value));
    return new SearchQuery(q, copy, from, to, sort, size, null, facetSize, more, related, facetFilter, newSince);
  }

  public SearchQuery withRange(LocalDate newFrom, LocalDate newTo) {
    return new SearchQuery(q, filters, newFrom, newTo, sort, size, null, facetSize, more, related, facetFilter, newSince);
  }

  public SearchQuery withAfter(String cursor) {
    return new SearchQuery(q, filters, from, to, sort, size, cursor, facetSize, more, related, facetFilter, newSince);
  }

  public SearchQuery withSort(Sort s) {
    return new SearchQuery(q, filters, from, to, s, size, null, facetSize, more, related, facetFilter, newSince);
  }

  public SearchQuery withMore(Dimension f) {
    return new SearchQuery(q, filters, from, to, sort, size, after, facetSize, f, related, f == more ? facetFilter : null, newSince);
  }

  /** Whether this search counts the facet: every facet, an on-demand one only where it is asked for ({@link Dimension#onDemand}). */
  public boolean counts(Dimension f) {
    if (!f.onDemand()) {
      return true;
    }
    if (f == more || filters.containsKey(f)) {
      return true;
    }
    // a search among another facet's values does not need them
    return more == null && (filters.containsKey(Dimension.TYPE) || filters.containsKey(Dimension.OUTCOME)
        || filters.containsKey(Dimension.PUNISHMENT));
  }

  /** The facet values shown in full for {@code more}, narrowed to those containing {@code text}. */
  public SearchQuery withFacetFilter(String text) {
    return new SearchQuery(q, filters, from, to, sort, size, null, facetSize, more, related,
        text == null || text.isBlank() ? null : text.trim(), newSince);
  }

  /** Whether {@code f}'s values are narrowed by {@link #facetFilter}. */
  public boolean facetFiltered(Dimension f) {
    return f == more && facetFilter != null;
  }

  /** The URL query string of this search (what a bookmark keeps). */
  public String queryString() {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> p : params()) {
      parts.add(p.getKey() + "=" + enc(p.getValue()));
    }
    return String.join("&", parts);
  }

  /** This search's URL parameters, in order, not encoded (for links and for the fields of a form). */
  public List<Map.Entry<String, String>> params() {
    List<Map.Entry<String, String>> parts = new ArrayList<>();
    if (!q.isEmpty()) {
      parts.add(Map.entry("q", q));
    }
    for (Map.Entry<Dimension, List<String>> e : filters.entrySet()) {
      for (String v : e.getValue()) {
        parts.add(Map.entry(e.getKey().param(), v));
      }
    }
    if (from != null) {
      parts.add(Map.entry("from", from.toString()));
    }
    if (to != null) {
      parts.add(Map.entry("to", to.toString()));
    }
    if (!(sort == Sort.RELEVANCE && !q.isBlank() || sort == Sort.DATE_DESC && q.isBlank())) {
      parts.add(Map.entry("sort", sort.param()));
    }
    if (related) {
      parts.add(Map.entry("related", "1"));
    }
    if (size != 20) {
      parts.add(Map.entry("size", Integer.toString(size)));
    }
    if (more != null) {
      parts.add(Map.entry("more", more.param()));
    }
    if (facetFilter != null) {
      parts.add(Map.entry("fq", facetFilter));
    }
    if (newSince != null) {
      parts.add(Map.entry("new_since", newSince.toString()));
    }
    if (after != null) {
      parts.add(Map.entry("after", after));
    }
    return parts;
  }

  public boolean isEmpty() {
    return q.isEmpty() && filters.isEmpty() && from == null && to == null && newSince == null;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The parameters of a URL query string ({@code a=1&b=2&b=3}), decoded, in order. */
  public static Map<String, List<String>> parseQueryString(String queryString) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : queryString.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return params;
  }

  /** This search without its paging cursor and facet list options: what a saved search keeps. */
  public SearchQuery forSaving() {
    return new SearchQuery(q, filters, from, to, sort, size, null, DEFAULT_FACET_SIZE, null, related, null, null);
  }

  /** Only the decisions indexed after {@code instant}. */
  public SearchQuery withNewSince(Instant instant) {
    return new SearchQuery(q, filters, from, to, sort, size, null, facetSize, more, related, facetFilter, instant);
  }

  private static String one(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? fallback : values.get(0);
  }

  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static LocalDate date(Map<String, List<String>> params, String name) {
    String v = one(params, name, "").trim();
    if (v.isEmpty()) {
      return null;
    }
    try {
      // as a Russian reader types it (дд.мм.гггг, whatever the browser's language), or as URLs carry it (ISO)
      return v.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}") ? LocalDate.parse(v, RU_DATE) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new QueryException("Параметр " + name + ": дата в виде дд.мм.гггг (или ГГГГ-ММ-ДД), а не «" + v + "».");
    }
  }

  private static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max) {
    String v = one(params, name, "").trim();
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new QueryException("Параметр " + name + " должен быть от " + min + " до " + max + ", а не " + n + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new QueryException("Параметр " + name + " должен быть числом, а не «" + v + "».");
    }
  }
}
