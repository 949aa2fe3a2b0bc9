package org.courtsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver): search, a facet,
 * a decision, back, and the URL as the whole state. Screenshots go to target/screenshots.
 */
class SearchBrowserIT {
  static final Path SHOTS = Path.of("target", "screenshots");
  static WebFixture web;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start(); // skips the class where the browser is missing
    web = WebFixture.get();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  static long total() {
    return Long.parseLong(driver.findElement(By.id("total")).getText().trim());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchFacetDecisionBackAndReload() throws Exception {
    driver.get(web.base + "/");
    WebElement box = driver.findElement(By.name("q"));
    box.sendKeys("самовольное оставление");
    box.submit();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q="));
    long all = total();
    assertTrue(all > 0);
    assertFalse(driver.findElements(By.cssSelector("li.hit mark")).isEmpty(), "matches are highlighted");
    shot("search.png");

    WebElement value = driver.findElement(By.cssSelector(".facet[data-facet=region] a.facet-value"));
    long facetCount = Long.parseLong(value.findElement(By.className("count")).getText());
    String region = value.getAttribute("data-value");
    value.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("region="));
    String filteredUrl = driver.getCurrentUrl();
    assertEquals(facetCount, total());
    assertTrue(URLDecoder.decode(filteredUrl, StandardCharsets.UTF_8).contains("region=" + region));
    assertTrue(driver.findElement(By.cssSelector(".facet[data-facet=region] a.facet-value.selected")).getText().contains(region));

    driver.findElement(By.cssSelector("li.hit a.title")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/decisions/"));
    assertTrue(driver.findElement(By.tagName("h1")).getText().length() > 5);
    assertTrue(driver.findElement(By.cssSelector("dl.card")).getText().contains(region));
    assertFalse(driver.findElements(By.cssSelector("#text mark")).isEmpty(), "the query is highlighted in the text");
    String jump = driver.findElement(By.cssSelector("nav.matches a")).getAttribute("href");
    assertTrue(jump.endsWith("#m1"), jump);
    assertFalse(driver.findElements(By.id("m1")).isEmpty(), "the first match is a jump target");
    shot("decision.png");

    driver.navigate().back();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(filteredUrl));
    assertEquals(facetCount, total());

    driver.get(filteredUrl); // a bookmark: the URL alone restores the state
    assertEquals(facetCount, total());
    assertEquals("самовольное оставление", driver.findElement(By.name("q")).getAttribute("value"));
  }

  @Test
  void aDecisionPageMarksTheWordsItsCountsRestOn() throws Exception {
    driver.get(web.base + "/?q=" + enc("самовольное оставление") + "&type=" + enc("приговор"));
    driver.findElement(By.cssSelector("li.hit a.title")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/decisions/"));
    assertTrue(driver.findElement(By.id("evidence")).isDisplayed(), "the page says what the marks are");
    Map<String, WebElement> marks = new HashMap<>();
    for (WebElement e : driver.findElements(By.cssSelector("#text span.ev"))) {
      marks.putIfAbsent(e.getAttribute("data-field"), e);
    }
    assertEquals(Set.of("court", "decision_date", "case_number", "articles"), marks.keySet());
    String card = driver.findElement(By.cssSelector("dl.card")).getText();
    WebElement article = marks.get("articles");
    assertTrue(article.getText().contains("337"), article.getText());
    assertTrue(article.getAttribute("title").startsWith("Статья: УК РФ 337"), article.getAttribute("title"));
    assertTrue(card.contains(marks.get("case_number").getAttribute("title").replace("Номер дела: ", "")), card);
    assertTrue(card.contains(marks.get("court").getAttribute("title").replace("Суд: ", "")), card);
    assertFalse(driver.findElements(By.cssSelector("#text mark")).isEmpty(), "the query's matches are still marked");
    shot("decision-evidence.png");
  }

  @Test
  void datesAreTypedAndShownAsRussianReadersWriteThemWhateverTheBrowsersLanguage() throws Exception {
    driver.get(web.base + "/?q=" + enc("приговор") + "&from=2023-01-01&to=2023-06-30");
    long inRange = total();
    WebElement from = driver.findElement(By.cssSelector("form.search input[name=from]"));
    assertEquals("01.01.2023", from.getAttribute("value"), "not the browser's mm/dd/yyyy");
    assertEquals("дд.мм.гггг", from.getAttribute("placeholder"));
    WebElement to = driver.findElement(By.cssSelector("form.search input[name=to]"));
    to.clear();
    to.sendKeys("31.03.2023");
    driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("31.03.2023"));
    assertTrue(total() <= inRange, "a typed date narrows the range");
    assertEquals("31.03.2023", driver.findElement(By.cssSelector("form.search input[name=to]")).getAttribute("value"));
    assertEquals(0, driver.findElements(By.cssSelector("p.error, .error")).size(), "a typed date is no error");
  }

  @Test
  void relatedFormsCheckboxFindsTheNounOfAVerbAndStaysInTheUrl() throws Exception {
    driver.get(web.base + "/?q=" + enc("применил насилие"));
    assertEquals(0, total(), "a verb alone does not find its action noun");
    WebElement related = driver.findElement(By.cssSelector("form.search input[name=related]"));
    assertFalse(related.isSelected());
    related.click();
    driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("related=1"));
    assertTrue(total() > 0, "with related forms, «применил» finds «применение»");
    assertTrue(driver.findElement(By.cssSelector("form.search input[name=related]")).isSelected());
    assertTrue(driver.findElement(By.cssSelector("li.hit")).getText().toLowerCase().contains("применени"));
  }

  @Test
  void reportPageChangesGroupingAndDrawsTheChart() throws Exception {
    driver.get(web.base + "/reports?by=month&by=region&article=" + enc("УК РФ 337"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(
        d.findElement(By.id("report-chart")).getDomAttribute("data-rendered")));
    long all = Long.parseLong(driver.findElement(By.id("report-total")).getText());
    new Select(driver.findElement(By.id("by1"))).selectByValue("court");
    new Select(driver.findElement(By.id("by2"))).selectByValue("");
    driver.findElement(By.cssSelector("form.report-form button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("by=court"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(
        d.findElement(By.id("report-chart")).getDomAttribute("data-rendered")));
    assertEquals("Суд", driver.findElement(By.cssSelector("#report-table thead th")).getText());
    assertEquals(all, Long.parseLong(driver.findElement(By.id("report-total")).getText()));
    long rowsSum = 0;
    for (WebElement cell : driver.findElements(By.cssSelector("#report-table tbody tr td:last-child"))) {
      rowsSum += Long.parseLong(cell.getText());
    }
    assertEquals(all, rowsSum, "each decision has one court");
    String svg = URLDecoder.decode(driver.findElement(By.id("chart-svg")).getDomAttribute("href")
        .substring("data:image/svg+xml;charset=utf-8,".length()), StandardCharsets.UTF_8);
    assertTrue(svg.contains("<rect class=\"bar\""), "courts as bars in the SVG");
    String export = driver.findElement(By.id("export-csv")).getDomAttribute("href");
    assertTrue(export.startsWith("/api/export?format=csv") && export.contains("article="), export);
    shot("report.png");
  }

  /** What a person would say of a month × region report: a line per region (no more than nine), every month, shaded cells, downloads. */
  @Test
  void aTimeByRegionReportIsLinesOfTheTopSeriesOverAHeatMap() throws Exception {
    driver.get(web.base + "/reports?by=month&by=region");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(
        d.findElement(By.id("report-chart")).getDomAttribute("data-rendered")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertEquals("line", js.executeScript("return Chart.getChart(document.getElementById('report-chart')).config.type"));
    long series = (Long) js.executeScript("return Chart.getChart(document.getElementById('report-chart')).data.datasets.length");
    assertTrue(series > 1 && series <= 9, series + " series drawn");
    long months = (Long) js.executeScript("return Chart.getChart(document.getElementById('report-chart')).data.labels.length");
    List<WebElement> multiples = driver.findElements(By.cssSelector("#small-multiples figure.multiple canvas"));
    assertEquals(series, multiples.size(), "a small chart per series");
    assertEquals(1L, js.executeScript("return Chart.getChart(arguments[0]).data.datasets.length", multiples.get(0)));
    // the table turns: regions down the side, time across, every month a column, zeros included
    assertEquals("region", driver.findElement(By.id("report-table")).getDomAttribute("data-rows"));
    List<WebElement> header = driver.findElements(By.cssSelector("#report-table thead th"));
    assertEquals(months, header.size() - 2, "a column for every month the chart has a point for");
    assertEquals(series > 8 ? 9 : series, Math.min(9, driver.findElements(By.cssSelector("#report-table tbody tr")).size()));
    List<WebElement> cells = driver.findElements(By.cssSelector("#report-table tbody td[style*='rgba']"));
    assertTrue(!cells.isEmpty(), "the cells are shaded");
    long max = 0;
    String darkest = null;
    double alpha = 0;
    for (WebElement td : cells) {
      long value = Long.parseLong(td.getText());
      double a = Double.parseDouble(td.getDomAttribute("style").replaceAll(".*,\\s*([0-9.]+)\\).*", "$1"));
      if (value > max) {
        max = value;
      }
      if (a > alpha) {
        alpha = a;
        darkest = td.getText();
      }
    }
    assertEquals(String.valueOf(max), darkest, "the largest count is the darkest cell");
    assertTrue(driver.findElement(By.id("chart-png")).getDomAttribute("href").startsWith("data:image/png;base64,"));
    String csv = URLDecoder.decode(driver.findElement(By.id("chart-csv")).getDomAttribute("href")
        .substring("data:text/csv;charset=utf-8,".length()), StandardCharsets.UTF_8);
    assertEquals(months + 1, csv.strip().lines().count(), "a line per month and the header");
    String svg = URLDecoder.decode(driver.findElement(By.id("chart-svg")).getDomAttribute("href")
        .substring("data:image/svg+xml;charset=utf-8,".length()), StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.substring(0, Math.min(200, svg.length())));
    assertEquals(series, svg.split("<polyline", -1).length - 1, "a line per series in the SVG too");
    Path svgFile = Path.of("target", "screenshots", "report-chart.svg");
    Files.createDirectories(svgFile.getParent());
    Files.writeString(svgFile, svg);
    shot("report-heatmap.png");
  }

  /**
   * A report that measures: the median term of desertion sentences by court — each cell the value the API gives, with the
   * convicted persons and decisions it rests on under it, bars that do not stack, the axis named; then the share suspended
   * chosen in the form, shown as a percentage.
   */
  @Test
  void aMeasuredReportShowsEachCellsValueWithWhatItRestsOn() throws Exception {
    String query = "by=court&type=" + enc("приговор") + "&article=" + enc("УК РФ 337") + "&measure=term_median";
    driver.get(web.base + "/reports?" + query);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(
        d.findElement(By.id("report-chart")).getDomAttribute("data-rendered")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertEquals("bar", js.executeScript("return Chart.getChart(document.getElementById('report-chart')).config.type"));
    assertEquals(Boolean.FALSE, js.executeScript("return !!Chart.getChart(document.getElementById('report-chart')).options.scales.y.stacked"));
    assertEquals("Медианный срок, мес.", js.executeScript(
        "return Chart.getChart(document.getElementById('report-chart')).options.scales.y.title.text"));
    JsonNode api = Json.mapper().readTree(web.get("/api/report?" + query).body());
    Map<String, JsonNode> byCourt = new HashMap<>();
    api.path("measured").path("first").fields().forEachRemaining(e -> byCourt.put(e.getKey(), e.getValue()));
    assertTrue(byCourt.values().stream().anyMatch(v -> v.path("value").isNumber()), api.toString());
    List<WebElement> rows = driver.findElements(By.cssSelector("#report-table tbody tr"));
    assertEquals(byCourt.size(), rows.size());
    for (WebElement row : rows) {
      WebElement total = row.findElements(By.tagName("td")).get(1);
      String court = row.findElements(By.tagName("td")).get(0).getText();
      JsonNode v = byCourt.get(court);
      String shown = total.findElement(By.cssSelector("a.cell")).getText();
      assertEquals(v.path("value").isNull() ? "—" : String.valueOf(v.path("value").asDouble()).replaceAll("\\.0$", "").replace('.', ','), shown,
          court);
      String basis = total.findElement(By.cssSelector("small.basis")).getText();
      assertTrue(basis.startsWith(v.path("persons").asLong() + " осужд. · "), basis);
    }
    assertTrue(driver.findElement(By.id("measure-all")).getText().contains("Медианный срок"));
    shot("report-measure.png");
    new Select(driver.findElement(By.id("measure"))).selectByValue("suspended_share");
    driver.findElement(By.cssSelector("form.report-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("measure=suspended_share"));
    assertTrue(driver.findElement(By.id("measure-all")).getText().matches("(?s).*\\d+(,\\d)?%.*"),
        driver.findElement(By.id("measure-all")).getText());
    // the seed questions are links on the page: the first is this very report by month
    driver.findElement(By.cssSelector("#questions a")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("by=month")
        && d.getCurrentUrl().contains("measure=suspended_share")
        && "true".equals(d.findElement(By.id("report-chart")).getDomAttribute("data-rendered")));
    assertEquals("line", ((JavascriptExecutor) driver).executeScript(
        "return Chart.getChart(document.getElementById('report-chart')).config.type"));
  }

  /** The service facets are offered as links where a search did not count them; a link counts its facet. */
  @Test
  void theServiceFacetsAreCountedWhereAskedFor() throws Exception {
    driver.get(web.base + "/");
    assertTrue(driver.findElements(By.cssSelector(".facet[data-facet=service_basis] li")).isEmpty(), "not counted on every search");
    driver.findElement(By.cssSelector("#on-demand-facets a.count-facet[data-facet=service_basis]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("more=service_basis"));
    List<WebElement> values = driver.findElements(By.cssSelector(".facet[data-facet=service_basis] li .name"));
    assertTrue(values.stream().anyMatch(v -> v.getText().equals("По мобилизации")), values.stream().map(WebElement::getText).toList().toString());
    driver.get(web.base + "/?type=" + enc("приговор"));
    assertTrue(!driver.findElements(By.cssSelector(".facet[data-facet=service_basis] li")).isEmpty(), "counted for sentences");
    assertTrue(driver.findElements(By.cssSelector("#on-demand-facets a[data-facet=service_basis]")).isEmpty());
  }

  @Test
  void aLongFacetIsSearchedAmongAllItsValuesAndAValueIsPicked() throws Exception {
    driver.get(web.base + "/");
    driver.findElement(By.cssSelector(".facet[data-facet=judge] a.more")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("more=judge"));
    List<WebElement> all = driver.findElements(By.cssSelector(".facet[data-facet=judge] li .name"));
    String judge = all.get(all.size() - 1).getText();
    String piece = judge.substring(1, 4).toLowerCase(java.util.Locale.ROOT);
    WebElement box = driver.findElement(By.cssSelector(".facet[data-facet=judge] form.facet-search input[name=fq]"));
    box.sendKeys(piece);
    box.submit();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("fq="));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
        driver.findElement(By.cssSelector(".facet[data-facet=judge]")));
    shot("facet-search.png");
    List<WebElement> found = driver.findElements(By.cssSelector(".facet[data-facet=judge] li .name"));
    assertFalse(found.isEmpty());
    for (WebElement name : found) {
      assertTrue(name.getText().toLowerCase(java.util.Locale.ROOT).contains(piece), name.getText() + " ∌ " + piece);
    }
    driver.findElements(By.cssSelector(".facet[data-facet=judge] li a")).stream()
        .filter(a -> a.getText().contains(judge)).findFirst().orElseThrow().click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("judge="));
    String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    assertTrue(url.contains("judge=" + judge.replace(' ', '+')) || url.contains("judge=" + judge), url);
    assertTrue(url.contains("fq=" + piece), "the value search stays while picking: " + url);
    assertTrue(driver.findElement(By.cssSelector(".facet[data-facet=judge] li a.selected")).getText().contains(judge));

    // from the short list, Enter in its filter box searches all values too
    driver.get(web.base + "/");
    WebElement courtBox = driver.findElement(By.cssSelector(".facet[data-facet=court] input.facet-filter"));
    courtBox.sendKeys("гарнизон" + org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("more=court"));
    assertTrue(driver.getCurrentUrl().contains("fq="), driver.getCurrentUrl());
    List<WebElement> courts = driver.findElements(By.cssSelector(".facet[data-facet=court] li .name"));
    assertFalse(courts.isEmpty());
    courts.forEach(c -> assertTrue(c.getText().toLowerCase(java.util.Locale.ROOT).contains("гарнизон"), c.getText()));
  }

  @Test
  void histogramMonthNarrowsTheDates() {
    driver.get(web.base + "/?article=" + enc("УК РФ 337"));
    long before = total();
    WebElement bar = driver.findElement(By.cssSelector("#histogram a[data-month]"));
    String month = bar.getAttribute("data-month");
    String href = bar.getDomAttribute("href"); // an SVG link's href property is not a string
    driver.get(href.startsWith("http") ? href : web.base + href);
    assertTrue(driver.getCurrentUrl().contains("from=" + month + "-01"));
    assertTrue(total() <= before);
  }

  @Test
  void aDecisionContainingScriptShowsItAsText() throws Exception {
    String alias = TestCluster.uniqueName("xss");
    new IndexAdmin(web.client).ensure(alias, IndexContract.DECISIONS, 1, "0-1", IndexContract.DEFAULT_MORPHOLOGY);
    String id = "a".repeat(64);
    String text = "ПРИГОВОР\nПодсудимый написал <script>window.__xss = 1</script> и <img src=x onerror=\"window.__xss=2\"> в суде.";
    Decision d = Decision.builder().docId(id).text(text).title("Приговор <script>window.__xss=3</script>").court("Суд <b>жирный</b>")
        .decisionDate(LocalDate.of(2024, 3, 1)).yearMonth("2024-03").year(2024).caseNumber("1-1/2024")
        .docType(DocType.SENTENCE).instance(Instance.FIRST).articles(List.of()).articlesPart(List.of()).articlesMentioned(List.of())
        .punishment(List.of()).filePaths(List.of()).metadataSources(List.of()).extractionWarnings(List.of()).ocr(false)
        .evidence(List.of())
        .build();
    web.client.index(i -> i.index(alias).id(id).document(d).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    WebServer server = new WebServer(WebFixture.config(alias, Map.of()), web.client, "embedded").start();
    try {
      String base = "http://127.0.0.1:" + server.port();
      driver.get(base + "/?q=" + enc("суд"));
      assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss"));
      assertTrue(driver.getPageSource().contains("&lt;script&gt;"));
      driver.get(base + "/decisions/" + id + "?q=" + enc("суд"));
      assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss"));
      assertTrue(driver.findElement(By.id("text")).getText().contains("<script>window.__xss = 1</script>"));
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<script>"));
    } finally {
      server.stop();
    }
  }
}
