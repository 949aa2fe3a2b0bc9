package org.courtsearch.web.export;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.courtsearch.query.QueryException;
import org.courtsearch.query.SearchQuery;
import org.courtsearch.search.export.Exporter;
import org.courtsearch.search.export.Formats;
import org.courtsearch.web.http.Downloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/export?format=csv|xlsx|jsonl|zip&<search parameters>[&include_text=true]}: the whole result set, streamed. */
public final class ExportController {
  private static final Logger log = LoggerFactory.getLogger(ExportController.class);
  private final Exporter exporter;
  private final long zipCapBytes;

  public ExportController(Exporter exporter, long zipCapBytes) {
    this.exporter = exporter;
    this.zipCapBytes = zipCapBytes;
  }

  public void export(Context ctx) throws IOException {
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv").toLowerCase(Locale.ROOT);
    SearchQuery q = SearchQuery.of(ctx.queryParamMap()).withAfter(null);
    boolean includeText = "true".equals(ctx.queryParam("include_text"));
    String site = ctx.scheme() + "://" + ctx.host();
    long count = exporter.count(q);
    String contentType = switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "jsonl" -> "application/x-ndjson; charset=utf-8";
      case "zip" -> "application/zip";
      default -> throw new QueryException("Формат выгрузки: csv, xlsx, jsonl или zip, а не «" + format + "».");
    };
    if (format.equals("zip")) {
      long bytes = exporter.bytes(q);
      if (bytes > zipCapBytes) {
        throw new QueryException(String.format("Исходные файлы этой выборки занимают %d МБ, больше предела архива %d МБ "
            + "(COURTSEARCH_EXPORT_ZIP_MAX_MB). Сузьте выборку или выгрузите её частями, например по годам.",
            bytes >> 20, zipCapBytes >> 20));
      }
    }
    ctx.header("X-Total-Count", Long.toString(count));
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(q, format, true)
        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName(q, format, false), StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType(contentType);
    OutputStream os = ctx.res().getOutputStream();
    long written;
    try {
      written = switch (format) {
        case "csv" -> Formats.csv(exporter, q, includeText, site, os);
        case "xlsx" -> Formats.xlsx(exporter, q, includeText, site, os);
        case "jsonl" -> Formats.jsonl(exporter, q, includeText, os);
        default -> Formats.zip(exporter, q, site, os);
      };
      os.flush();
    } catch (IOException | RuntimeException e) {
      // headers are gone: the connection is aborted so that the client sees a failed download, and the log says why
      log.warn("export ({}, {} rows expected) stopped: {}", format, count, e.toString());
      Downloads.abort(ctx, e);
      return;
    }
    log.info("exported {} decisions as {}", written, format);
  }

  /** e.g. {@code courtsearch-самовольное-оставление-2026-11-25.csv}; ASCII-only for the plain filename parameter. */
  static String fileName(SearchQuery q, String format, boolean ascii) {
    String slug = q.q().isBlank() ? "decisions" : q.q().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60);
    }
    if (ascii) {
      slug = slug.replaceAll("[^a-z0-9-]", "");
      slug = slug.isEmpty() ? "decisions" : slug;
    }
    return "courtsearch-" + slug + "-" + LocalDate.now() + "." + format;
  }
}
