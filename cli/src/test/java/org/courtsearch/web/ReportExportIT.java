package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.text.ValueLabel;
import org.courtsearch.node.TestCluster;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports and exports on a generated index whose counts are known exactly: zero months,
 * a two-dimensional pivot, cases vs documents, a dimension with more than 10,000 values, and
 * every export format with more than 10,000 rows.
 */
class ReportExportIT {
  static final int JUDGES = 10_200;
  static WebFixture web;
  static String alias;
  static WebServer server;
  static URI root;
  static final HttpClient http = HttpClient.newHttpClient();
  /** region → month → count, as generated. */
  static final Map<String, Map<String, Long>> expected = new HashMap<>();
  static long total;
  static final int UNPLACED = 2;

  @BeforeAll
  static void generate() throws Exception {
    web = WebFixture.get();
    alias = TestCluster.uniqueName("reports");
    new IndexAdmin(web.client).ensure(alias, IndexContract.DECISIONS, 1, "0-1", IndexContract.DEFAULT_MORPHOLOGY);
    List<String> regions = List.of("Московская область", "Свердловская область", "Оренбургская область");
    // months 2024-01 and 2024-03 have decisions; 2024-02 has none
    List<LocalDate> dates = List.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10));
    try (BulkIngester<Void> bulk = BulkIngester.of(b -> b.client(web.client).maxOperations(2000))) {
      for (int i = 0; i < JUDGES; i++) {
        String region = regions.get(i % 3);
        LocalDate date = dates.get((i / 3) % 2);
        String judge = (i == 0 ? "=HYPERLINK(\"http://evil.example/\")" : "Судья " + i) + " А.А.";
        add(bulk, i, region, date, "Суд " + (i % 7), "1-" + i + "/2024", "приговор", judge, 1000);
        expected.computeIfAbsent(region, k -> new HashMap<>()).merge(date.toString().substring(0, 7), 1L, Long::sum);
      }
      // one case, three documents: sentence, appeal ruling, cassation ruling
      for (int j = 0; j < 3; j++) {
        add(bulk, JUDGES + j, "Московская область", LocalDate.of(2024, 3, 20 + j), "Суд 0", "1-99999/2024",
            j == 0 ? "приговор" : "постановление", "Судья Один А.А.", 1000);
        expected.get("Московская область").merge("2024-03", 1L, Long::sum);
      }
      // two decisions whose region could not be read: in the total, in no row, named as missing
      for (int j = 0; j < UNPLACED; j++) {
        add(bulk, JUDGES + 3 + j, null, LocalDate.of(2024, 1, 20), "=Суд без региона", "1-7777" + j + "/2024", "приговор",
            "Судья Два А.А.", 1000);
      }
    }
    total = JUDGES + 3 + UNPLACED;
    web.client.indices().refresh(r -> r.index(alias));
    server = new WebServer(WebFixture.config(alias, Map.of(ConfigLoader.EXPORT_ZIP_MAX_MB, "1")), web.client, "embedded").start();
    root = URI.create("http://127.0.0.1:" + server.port());
  }

  static void add(BulkIngester<Void> bulk, int i, String region, LocalDate date, String court, String caseNumber,
      String type, String judge, long size) {
    String id = String.format("%064x", i + 1_000_000);
    Decision d = Decision.builder().docId(id).text("Текст решения номер " + i).title("Решение " + i)
        .court(court).courtKind(CourtKind.GARRISON_MILITARY).region(region)
        .regionSource(region == null ? null : i % 10 == 9 ? RegionSource.PLACE_LINE : RegionSource.REGISTRY)
        .decisionDate(date).yearMonth(date.toString().substring(0, 7)).year(date.getYear())
        .caseNumber(caseNumber).caseKey(court + " | " + caseNumber).docType(ValueLabel.of(DocType.class, type).orElseThrow()).instance(Instance.FIRST)
        .articles(List.of("УК РФ 337")).articlesPart(List.of("УК РФ 337 ч.5")).articlesMentioned(List.of())
        .judge(judge).outcome(Outcome.CONVICTION).punishment(List.of(Punishment.IMPRISONMENT))
        .filePath("/nonexistent/" + i + ".txt").filePaths(List.of("/nonexistent/" + i + ".txt")).fileName(i + ".txt")
        .contentType("text/plain").size(size).sha256(id).textLength(10)
        .metadataSources(List.of("text")).extractionWarnings(List.of()).ocr(false).evidence(List.of())
        .build();
    bulk.add(op -> op.index(ix -> ix.index(alias).id(id).document(d)));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return Json.mapper().readTree(r.body());
  }

  @Test
  void regionByMonthPivotIsExactWithZeroMonths() throws Exception {
    JsonNode report = json("/api/report?by=region&by=month&from=2024-01-01&to=2024-03-31");
    assertEquals(total, report.path("totals").path("all").asLong());
    long derived = java.util.stream.IntStream.range(0, JUDGES).filter(i -> i % 10 == 9).count();
    assertEquals(derived, report.path("region_derived").asLong(), "regions derived from a court's seat are counted apart");
    assertEquals(0, json("/api/report?by=month").path("region_derived").asLong(), "only where a region is a dimension");
    int zeros = 0;
    int rows = 0;
    for (JsonNode row : report.path("rows")) {
      rows++;
      long want = expected.get(row.path("region").asText()).getOrDefault(row.path("month").asText(), 0L);
      assertEquals(want, row.path("count").asLong(), row.toString());
      if (row.path("month").asText().equals("2024-02")) {
        assertEquals(0, row.path("count").asLong());
        zeros++;
      }
    }
    assertEquals(3 * 3, rows, "3 regions x 3 months, the empty month included");
    assertEquals(3, zeros);
    assertEquals(0, report.path("totals").path("second").path("2024-02").asLong());
  }

  @Test
  void casesAreCountedOnceDocumentsEach() throws Exception {
    JsonNode docs = json("/api/report?by=court&q=" + URLEncoder.encode("case:1-99999/2024", StandardCharsets.UTF_8));
    JsonNode cases = json("/api/report?by=court&count=cases&q=" + URLEncoder.encode("case:1-99999/2024", StandardCharsets.UTF_8));
    assertEquals(3, docs.path("totals").path("all").asLong());
    assertEquals(1, cases.path("totals").path("all").asLong());
    assertEquals("cases", cases.path("count").asText());
    JsonNode allCases = json("/api/report?by=region&count=cases");
    assertEquals(total - 2, allCases.path("totals").path("all").asLong());
    // the page says what this count of cases is, and where cases known only from their cards are counted
    String page = new String(get("/reports?by=region&count=cases").body(), StandardCharsets.UTF_8);
    assertTrue(page.contains("id=\"cases-by-texts\"") && page.contains("href=\"/cases\""), "the cases count explains itself");
    assertFalse(new String(get("/reports?by=region").body(), StandardCharsets.UTF_8).contains("cases-by-texts"));
  }

  /** Counts anyone can check: every cell and total of the report page opens the decisions it counts, as many as it says. */
  @Test
  void everyCellLinksToTheDecisionsBehindIt() throws Exception {
    String page = new String(get("/reports?by=region&by=month&from=2024-01-01&to=2024-03-31").body(), StandardCharsets.UTF_8);
    java.util.regex.Matcher cell = java.util.regex.Pattern.compile("class=\"cell\" href=\"([^\"]+)\">(\\d+)<").matcher(page);
    int checked = 0;
    while (cell.find()) {
      long shown = Long.parseLong(cell.group(2));
      String href = cell.group(1).replace("&amp;", "&");
      String api = "/api/search?size=1&" + (href.startsWith("/?") ? href.substring(2) : "");
      assertEquals(shown, json(api).path("total").asLong(), href);
      checked++;
    }
    assertEquals(3 * 3 + 3 + 3 + 1, checked, "3x3 cells, 3 row totals, 3 column totals and the grand total, zeros included");
  }

  @Test
  void aReportSaysHowManyDecisionsItCouldNotPlace() throws Exception {
    JsonNode report = json("/api/report?by=region&by=month&from=2024-01-01&to=2024-03-31");
    assertEquals(UNPLACED, report.path("missing").path("region").asLong(), report.path("missing").toString());
    assertEquals(0, report.path("missing").path("month").asLong());
    long inRows = 0;
    for (JsonNode row : report.path("rows")) {
      inRows += row.path("count").asLong();
    }
    assertEquals(total, inRows + report.path("missing").path("region").asLong(), "rows plus the unplaced are the total");
    JsonNode cases = json("/api/report?by=region&count=cases");
    assertEquals(UNPLACED, cases.path("missing").path("region").asLong());
    String html = new String(get("/reports?by=region&by=month").body(), StandardCharsets.UTF_8);
    assertTrue(html.contains("Без поля «Регион»: <strong>" + UNPLACED + "</strong>"), "the reports page names what it left out");
  }

  @Test
  void aDimensionWithMoreThanTenThousandValuesIsCountedToTheLast() throws Exception {
    JsonNode report = json("/api/report?by=judge");
    Set<String> judges = new HashSet<>();
    long sum = 0;
    for (JsonNode row : report.path("rows")) {
      judges.add(row.path("judge").asText());
      sum += row.path("count").asLong();
    }
    assertEquals(JUDGES + 2, judges.size()); // and the unplaced decisions' judge
    assertEquals(total, sum);
  }

  @Test
  void csvExportStreamsEveryRowAndNeutralisesFormulas() throws Exception {
    HttpResponse<byte[]> r = get("/api/export?format=csv");
    assertEquals(200, r.statusCode());
    assertEquals(String.valueOf(total), r.headers().firstValue("X-Total-Count").orElse(""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    byte[] body = r.body();
    assertEquals((byte) 0xEF, body[0], "UTF-8 BOM for Excel");
    List<CSVRecord> records;
    try (CSVParser p = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
      records = p.getRecords();
    }
    assertEquals(total, records.size());
    Set<String> ids = new HashSet<>();
    for (CSVRecord rec : records) {
      ids.add(rec.get("id"));
      assertTrue(!rec.get("judge").startsWith("="), "formula left in a cell: " + rec.get("judge"));
    }
    assertEquals(total, ids.size());
    assertTrue(records.stream().anyMatch(rec -> rec.get("judge").equals("'=HYPERLINK(\"http://evil.example/\") А.А.")));
    assertTrue(records.get(0).get("link").contains("/decisions/"));
  }

  @Test
  void theMethodologyPackagesTablesAreWrittenAsEveryOtherTable() throws Exception {
    HttpResponse<byte[]> r = get("/api/report/package?by=month&from=2024-01-01&to=2024-01-31");
    assertEquals(200, r.statusCode());
    Map<String, String> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    String decisions = entries.get("decisions.csv");
    assertTrue(decisions.startsWith("\ufeff"), "a BOM for Excel, as every table");
    assertTrue(decisions.contains(",'=Суд без региона,"), "a court that reads as a formula is made safe");
    assertTrue(!decisions.contains(",=Суд"), decisions.substring(0, Math.min(300, decisions.length())));
  }

  @Test
  void xlsxAndJsonLinesCarryTheWholeSet() throws Exception {
    HttpResponse<byte[]> x = get("/api/export?format=xlsx&region=" + URLEncoder.encode("Оренбургская область", StandardCharsets.UTF_8));
    assertEquals(200, x.statusCode());
    long orenburg = expected.get("Оренбургская область").values().stream().mapToLong(Long::longValue).sum();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()))) {
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals(orenburg + 1, rows.size());
      assertEquals("decision_date", rows.get(0).getCell(3).asString());
      assertTrue(rows.get(1).getCell(3).asDate() != null, "dates are dates");
    }
    HttpResponse<byte[]> j = get("/api/export?format=jsonl&include_text=true");
    String[] lines = new String(j.body(), StandardCharsets.UTF_8).split("\n");
    assertEquals(total, lines.length);
    assertTrue(Json.mapper().readTree(lines[0]).path("text").asText().startsWith("Текст решения"));
  }

  @Test
  void zipOverTheCapIsRefusedBeforeItStarts() throws Exception {
    HttpResponse<byte[]> r = get("/api/export?format=zip");
    assertEquals(400, r.statusCode());
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("COURTSEARCH_EXPORT_ZIP_MAX_MB"));
  }

  @Test
  void zipOfOriginalsWithAManifest() throws Exception {
    // the sample corpus: real files on disk
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(web.base.resolve("/api/export?format=zip&article="
        + URLEncoder.encode("УК РФ 337", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    long count = Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
    List<String> entries = new ArrayList<>();
    String manifest = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals("manifest.csv")) {
          manifest = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        } else {
          entries.add(e.getName());
          assertTrue(zip.readAllBytes().length > 0);
        }
      }
    }
    assertEquals(count, entries.size(), "every original is in the archive");
    assertTrue(manifest != null && manifest.split("\r\n").length == count + 1, manifest);
  }

  @Test
  void reportDownloadsAsCsvAndXlsx() throws Exception {
    HttpResponse<byte[]> csv = get("/api/report?by=region&format=csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\ufeffregion,documents"), text);
    assertEquals(4, text.trim().split("\r\n").length);
    HttpResponse<byte[]> xlsx = get("/api/report?by=region&by=month&format=xlsx");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertTrue(wb.getFirstSheet().read().size() > 3);
    }
    assertEquals(400, get("/api/report?by=planet").statusCode());
    assertEquals(400, get("/api/report?by=month&by=year").statusCode());
  }
}
