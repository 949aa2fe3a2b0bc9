package org.courtsearch.web.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latency of the site's API as a user meets it (over HTTP, through Javalin, one Elasticsearch
 * request per search with all facets and the histogram): p50/p95 of {@code /api/search} over a
 * mix of queries and filters, of the region × month report, and the rows/s of a CSV export.
 * Not a test: run by hand against a served index (see BENCHMARKS.md).
 *
 * <p>Usage: {@code ApiBench BASE_URL [searches] [export-filter-query-string]}; {@code -Dbench.related=true} turns related forms on,
 * {@code -Dbench.searchOnly=true} stops after the searches, {@code -Dbench.clearCache=ES_URL} clears the node's request cache
 * before each measured search (every search cold)
 */
public final class ApiBench {
  static final List<String> QUERIES = List.of("", "суд", "самовольное оставление", "\"лишение свободы условно\"", "мобилизации",
      "прокурор", "колонии общего режима", "кража", "штраф", "дезертирство", "ограничение по военной службе",
      "judge:Иванов", "неявка в срок", "\"самовольное оставление части\"", "опьянения", "наркотических средств",
      "грабеж", "судебного штрафа", "оправдать", "апелляционную жалобу");
  static final List<String> FILTERS = List.of("", "", "&article=" + enc("УК РФ 337"), "&type=" + enc("приговор") + "&outcome=conviction",
      "&region=" + enc("Свердловская область"), "&article=" + enc("УК РФ 337") + "&region=" + enc("Оренбургская область"),
      "&from=2024-01-01&to=2024-12-31", "&court_kind=garrison_military&sort=date_desc");

  /** {@code -Dbench.related=true}: every search with related forms on (the split query of RelatedFormsQuery). */
  static final boolean RELATED = Boolean.getBoolean("bench.related");

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    String exportFilter = args.length > 2 ? args[2] : "article=" + enc("УК РФ 337");
    HttpClient http = HttpClient.newHttpClient();
    Random random = new Random(1);
    for (int i = 0; i < Math.max(100, n / 4); i++) { // warm the JVMs and caches
      get(http, base, searchPath(random));
    }
    double[] search = new double[n];
    String clear = System.getProperty("bench.clearCache");
    for (int i = 0; i < n; i++) {
      if (clear != null) {
        http.send(HttpRequest.newBuilder(URI.create(clear + "/_cache/clear?request=true")).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.discarding());
      }
      search[i] = get(http, base, searchPath(random));
    }
    print("GET /api/search (all facets + histogram + highlight, size 20)", search);

    // the value search of a long facet: every judge containing a piece of a name, among all of them
    List<String> pieces = List.of("ов", "иван", "пет", "ко", "сер", "ник", "ва", "кузн", "смир", "ев");
    double[] facetSearch = new double[100];
    for (int i = 0; i < facetSearch.length + 20; i++) {
      String path = "/api/search?size=1&more=judge&fq=" + enc(pieces.get(random.nextInt(pieces.size())))
          + FILTERS.get(random.nextInt(FILTERS.size()));
      double ms = get(http, base, path);
      if (i >= 20) {
        facetSearch[i - 20] = ms;
      }
    }
    print("GET /api/search more=judge&fq=… (judge values searched among all)", facetSearch);
    if (Boolean.getBoolean("bench.searchOnly")) {
      return; // the A/B of the search page's requests: reports and the export are not what changes
    }

    String report = "/api/report?by=region&by=month&article=" + enc("УК РФ 337");
    for (int i = 0; i < 5; i++) {
      get(http, base, report);
    }
    double[] reports = new double[30];
    for (int i = 0; i < reports.length; i++) {
      reports[i] = get(http, base, report);
    }
    print("GET /api/report region x month, article 337", reports);

    // reports that measure (issue 23): the seed questions and a 2-D measure, each cell with the persons behind it
    List<String> measured = List.of(
        "/api/report?by=month&type=" + enc("приговор") + "&article=" + enc("УК РФ 337") + "&measure=suspended_share",
        "/api/report?by=court&type=" + enc("приговор") + "&article_part=" + enc("УК РФ 337 ч.5") + "&measure=term_median",
        "/api/report?by=region&by=service_basis&type=" + enc("приговор") + "&article=" + enc("УК РФ 337"),
        "/api/report?by=region&by=month&type=" + enc("приговор") + "&article=" + enc("УК РФ 337") + "&measure=suspended_share");
    if (!"false".equals(System.getProperty("bench.measures"))) {
      for (String m : measured) {
        get(http, base, m);
      }
      double[] all = new double[measured.size() * 20];
      for (int i = 0; i < all.length; i++) {
        all[i] = get(http, base, measured.get(i % measured.size()));
      }
      print("GET /api/report measures (suspended share by month, median term by court, basis by region, share region x month)", all);
      for (String m : measured) {
        double[] one = new double[15];
        for (int i = 0; i < one.length; i++) {
          one[i] = get(http, base, m);
        }
        print("  " + m.substring(m.indexOf('?') + 1, Math.min(m.length(), m.indexOf('?') + 18)) + "… " + m.substring(m.lastIndexOf('&') + 1),
            one);
      }
    }

    long t0 = System.nanoTime();
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(base.resolve("/api/export?format=csv&" + exportFilter)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long rows = 0;
    long bytes = 0;
    try (InputStream in = r.body()) {
      byte[] buf = new byte[1 << 16];
      int k;
      while ((k = in.read(buf)) > 0) {
        bytes += k;
        for (int i = 0; i < k; i++) {
          if (buf[i] == '\n') {
            rows++;
          }
        }
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("export csv: %d rows (%s expected), %.1f MB in %.1f s = %.0f rows/s%n", rows - 1,
        r.headers().firstValue("X-Total-Count").orElse("?"), bytes / 1e6, s, (rows - 1) / s);
  }

  static String searchPath(Random random) {
    return "/api/search?q=" + enc(QUERIES.get(random.nextInt(QUERIES.size()))) + FILTERS.get(random.nextInt(FILTERS.size()))
        + (RELATED ? "&related=1" : "");
  }

  static double get(HttpClient http, URI base, String path) throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - t0) / 1e6;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " → " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return ms;
  }

  static void print(String what, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.length,
        sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

}
