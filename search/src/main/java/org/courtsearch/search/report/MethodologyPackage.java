package org.courtsearch.search.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.query.Dimension;
import org.courtsearch.query.Queries;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.export.Exporter;
import org.courtsearch.search.table.TableWriter;

/**
 * A report's methodology package: one ZIP with which anyone can check a published count — the
 * table (CSV and XLSX), the exact query (the page's URL and the Elasticsearch query), every
 * decision counted (id, sha256, date, court, region, paths), the index, its morphology, the tool's
 * version and the date, and a README in Russian saying what was counted and how.
 * {@code courtsearch verify PACKAGE.zip} re-runs it against the index of the day.
 */
public final class MethodologyPackage {
  public static final String QUERY = "query.json";
  public static final String TABLE = "table.csv";
  public static final String DECISIONS = "decisions.csv";
  public static final List<String> DECISION_COLUMNS = List.of("doc_id", "sha256", "decision_date", "court", "region", "file_path",
      "file_paths");

  private final ElasticsearchClient client;
  private final String index;
  private final Reporter reporter;
  private final Exporter exporter;

  public MethodologyPackage(DecisionIndex ix, Reporter reporter, Exporter exporter) {
    this.client = ix.client();
    this.index = ix.alias();
    this.reporter = reporter;
    this.exporter = exporter;
  }

  /** The version of courtsearch that wrote a package. */
  public static String toolVersion() {
    String v = MethodologyPackage.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  /**
   * Writes the package of the report {@code rq}.
   *
   * @param site the site's address, for the page's URL in the package
   * @return decisions listed
   */
  public long write(ReportQuery rq, String site, OutputStream os) throws IOException {
    Report report = reporter.run(rq);
    IndexAdmin admin = new IndexAdmin(client);
    String concrete = admin.concreteIndex(index).orElse(index);
    ZipOutputStream zip = new ZipOutputStream(os);

    zip.putNextEntry(new ZipEntry(TABLE));
    ReportTables.csv(report, new NonClosing(zip));
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry("table.xlsx"));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ReportTables.xlsx(report, xlsx);
    zip.write(xlsx.toByteArray());
    zip.closeEntry();

    zip.putNextEntry(new ZipEntry(DECISIONS));
    TableWriter csv = TableWriter.csv(new NonClosing(zip), DECISION_COLUMNS);
    long n = exporter.forEach(rq.search().withAfter(null), false, List.of(Fields.DOC_ID, Fields.SHA256, Fields.DECISION_DATE,
        Fields.COURT, Fields.REGION, Fields.FILE_PATH, Fields.FILE_PATHS), d -> csv.row(Arrays.asList(d.docId(), d.sha256(),
        d.decisionDate(), d.court(), d.region(), d.filePath(), d.filePaths() == null ? "" : String.join(" | ", d.filePaths()))));
    csv.close();
    zip.closeEntry();

    ObjectNode q = Json.mapper().createObjectNode();
    q.put("created_at", Instant.now().toString());
    q.put("tool", "courtsearch " + toolVersion());
    q.put("page_url", site + "/reports?" + rq.queryString());
    q.put("api_url", site + "/api/report?" + rq.queryString());
    q.put("query_string", rq.queryString());
    q.put("count", report.count());
    q.put("total", report.totals().all());
    q.put("decisions_listed", n);
    ObjectNode es = q.putObject("elasticsearch");
    es.put("alias", index);
    es.put("index", concrete);
    es.put("morphology", admin.morphology(concrete));
    es.set("query", Json.mapper().readTree(JsonpUtils.toJsonString(Queries.resultSet(rq.search()), new JacksonJsonpMapper())));
    zip.putNextEntry(new ZipEntry(QUERY));
    zip.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(q));
    zip.closeEntry();

    zip.putNextEntry(new ZipEntry("README.md"));
    zip.write(readme(rq, report, concrete, admin.morphology(concrete), n, site).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    return n;
  }

  private static String readme(ReportQuery rq, Report report, String concrete, String morphology, long n, String site) {
    String by = String.join(" × ", rq.by().stream().map(Dimension::label).toList());
    return "# Методика подсчёта\n\n"
        + "Отчёт courtsearch: " + (rq.byCases() ? "число дел" : "число документов (судебных актов)") + " по измерениям «" + by
        + "», создан " + Instant.now() + " инструментом courtsearch " + toolVersion() + ".\n\n"
        + "## Что посчитано\n\n"
        + "- Выборка: " + (rq.search().queryString().isEmpty() ? "все документы индекса" : "`" + rq.search().queryString() + "`")
        + " (параметры страницы поиска; точный запрос к Elasticsearch — в `query.json`, поле `elasticsearch.query`).\n"
        + "- Всего в выборке: " + report.totals().all() + "; в `decisions.csv` перечислены все " + n + " документов выборки: "
        + "идентификатор, SHA-256 исходного файла, дата, суд, регион и пути к файлам.\n"
        + "- Каждая ячейка таблицы (`table.csv`, `table.xlsx`) — точный счёт документов с этими значениями; итоги считаются "
        + "отдельно: документ по двум статьям входит в две ячейки, но один раз в итог.\n"
        + "- Документы без значения измерения (например, регион не определён) не входят ни в одну строку: "
        + report.missing() + ".\n\n"
        + "## Как получены данные\n\n"
        + "Тексты решений извлечены Apache Tika, метаданные (суд, регион, дата, статьи, результат) прочитаны из текста "
        + "правилами courtsearch; статьи — только вменённые, а не упомянутые. Индекс `" + concrete + "`, морфология `"
        + morphology + "`. Страница отчёта: " + site + "/reports?" + rq.queryString() + "\n\n"
        + "## Как проверить\n\n"
        + "`./courtsearch verify этот-файл.zip` повторяет подсчёт на текущем индексе и печатает, что изменилось: "
        + "какие документы добавились и исчезли, какие ячейки сдвинулись.\n";
  }

  /** Lets a writer be flushed into a ZIP entry without closing the ZIP. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
