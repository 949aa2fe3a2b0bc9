package org.courtsearch.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Random;

/**
 * Latency of the case reports over HTTP, as the site serves them: cases received per month and
 * sentences per month under an article, defendants by article, cases by region and court, each
 * with random filters. Not a test: run by hand against a served index ({@code bench/run.sh cases}).
 *
 * <p>Usage: {@code CaseApiBench BASE_URL [requests-per-report]}
 */
public final class CaseApiBench {
  static final List<String> REPORTS = List.of(
      "/api/cases/report?instance=first&article=" + ApiBench.enc("УК РФ 337") + "&by=received_month",
      "/api/cases/report?instance=first&article=" + ApiBench.enc("УК РФ 337") + "&result=sentence&by=decided_month",
      "/api/cases/report?unit=defendants&instance=first&by=article_part",
      "/api/cases/report?instance=first&article=" + ApiBench.enc("ч. 5 ст. 337 УК РФ") + "&by=region",
      "/api/cases/report?instance=first&by=court",
      "/api/cases/report?unit=defendants&article=" + ApiBench.enc("УК РФ 337") + "&result=sentence&by=region");
  static final List<String> FILTERS = List.of("", "", "&region=" + ApiBench.enc("Свердловская область"),
      "&region=" + ApiBench.enc("Оренбургская область"), "&result=pending", "&proceeding=criminal");

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    HttpClient http = HttpClient.newHttpClient();
    Random random = new Random(1);
    for (int i = 0; i < 60; i++) {
      ApiBench.get(http, base, REPORTS.get(i % REPORTS.size()) + FILTERS.get(random.nextInt(FILTERS.size())));
    }
    double[] all = new double[n * REPORTS.size()];
    int k = 0;
    for (String report : REPORTS) {
      double[] one = new double[n];
      for (int i = 0; i < n; i++) {
        one[i] = ApiBench.get(http, base, report + FILTERS.get(random.nextInt(FILTERS.size())));
        all[k++] = one[i];
      }
      ApiBench.print("GET " + report.substring(0, Math.min(report.length(), 110)) + " [+ filters]", one);
    }
    ApiBench.print("all case reports", all);
    long t0 = System.nanoTime();
    double page = 0;
    for (int i = 0; i < 20; i++) {
      page = Math.max(page, ApiBench.get(http, base, "/cases?instance=first&article=" + ApiBench.enc("УК РФ 337")));
    }
    System.out.printf("GET /cases (facets, count by month, 50 cases): 20 pages in %.1f s, slowest %.0f ms%n",
        (System.nanoTime() - t0) / 1e9, page);
  }
}
