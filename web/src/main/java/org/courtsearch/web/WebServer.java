package org.courtsearch.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigException;
import org.courtsearch.core.es.Json;
import org.courtsearch.core.workbench.Workbench;
import org.courtsearch.query.UserError;
import org.courtsearch.search.DecisionIndex;
import org.courtsearch.search.Searcher;
import org.courtsearch.search.batch.BatchSearch;
import org.courtsearch.search.cases.CaseReporter;
import org.courtsearch.search.decision.DecisionService;
import org.courtsearch.search.export.Exporter;
import org.courtsearch.search.report.MethodologyPackage;
import org.courtsearch.search.report.Reporter;
import org.courtsearch.search.workbench.WhatsNew;
import org.courtsearch.web.batch.BatchController;
import org.courtsearch.web.batch.BatchJobs;
import org.courtsearch.web.cases.CaseController;
import org.courtsearch.web.decision.DecisionController;
import org.courtsearch.web.export.ExportController;
import org.courtsearch.web.health.HealthController;
import org.courtsearch.web.http.AccessGuard;
import org.courtsearch.web.http.ApiError;
import org.courtsearch.web.http.Pages;
import org.courtsearch.web.report.ReportController;
import org.courtsearch.web.search.SearchController;
import org.courtsearch.web.workbench.SavedController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The courtsearch site. Every route and every exception mapping is registered here, top to
 * bottom; controllers only translate HTTP to their services and back.
 */
public final class WebServer {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;
  private final Config config;
  private final Pages pages;
  private final BatchJobs batchJobs;

  public WebServer(Config config, ElasticsearchClient client, String clusterMode) {
    this.config = config;
    if (!config.loopbackOnly() && config.accessToken().isEmpty()) {
      throw new ConfigException("COURTSEARCH_HOST is " + config.host() + ", beyond this machine: set COURTSEARCH_ACCESS_TOKEN "
          + "so that decision collections are not open to the network.");
    }
    HealthController health = new HealthController(client, config.index(), clusterMode);
    this.pages = new Pages();
    DecisionIndex ix = DecisionIndex.of(client, config.index()); // one handle, one related-forms check
    Searcher searcher = new Searcher(ix);
    Reporter reporter = new Reporter(ix);
    CaseReporter caseReporter = new CaseReporter(ix);
    SearchController search = new SearchController(searcher, this.pages, reporter, caseReporter);
    DecisionService decisionService = new DecisionService(ix);
    Exporter exporter = new Exporter(ix);
    ReportController reports = new ReportController(reporter, this.pages,
        new MethodologyPackage(ix, reporter, exporter));
    ExportController exports = new ExportController(exporter, (long) config.exportZipMaxMb() << 20);
    CaseController cases = new CaseController(caseReporter, this.pages);
    BatchSearch batchSearch = new BatchSearch(ix);
    this.batchJobs = new BatchJobs(batchSearch);
    BatchController batch = new BatchController(batchSearch, batchJobs, this.pages);
    Workbench workbench = new Workbench(client, config.index());
    SavedController saved = new SavedController(workbench, new WhatsNew(ix), this.pages);
    DecisionController decisions = new DecisionController(decisionService, this.pages, caseReporter, workbench);
    AccessGuard guard = config.accessToken().map(AccessGuard::new).orElse(null);

    app = Javalin.create(c -> {
      c.jsonMapper(new JavalinJackson(Json.mapper(), false));
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = 16L << 20; // a batch of 10,000 lines
      c.startup.showOldJavalinVersionWarning = false;
      c.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/public";
        s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
      });
      c.staticFiles.enableWebjars(); // Chart.js

      c.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (guard != null) {
          guard.check(ctx);
        }
        refuseCrossSiteWrites(ctx);
      });

      c.routes.get("/", search::page);
      c.routes.get("/decisions/{id}", decisions::page);
      c.routes.get("/reports", reports::page);
      c.routes.get("/api/health", health::health);
      c.routes.get("/api/search", search::api);
      c.routes.get("/api/decisions/{id}", decisions::api);
      c.routes.get("/api/decisions/{id}/original", decisions::original);
      c.routes.get("/api/report", reports::api);
      c.routes.get("/api/report/package", reports::methodology);
      c.routes.get("/api/export", exports::export);
      c.routes.post("/api/batch", batch::api);
      c.routes.get("/api/batch/{id}", batch::jobApi);
      c.routes.get("/api/batch/{id}/export", batch::jobExport);
      c.routes.get("/batch", batch::page);
      c.routes.post("/batch", batch::submit);
      c.routes.get("/batch/{id}", batch::job);
      c.routes.get("/saved", saved::page);
      c.routes.post("/saved", saved::save);
      c.routes.get("/saved/{id}", saved::open);
      c.routes.post("/saved/{id}/delete", saved::delete);
      c.routes.get("/api/saved", saved::api);
      c.routes.post("/api/saved", saved::apiSave);
      c.routes.delete("/api/saved/{id}", saved::delete);
      c.routes.get("/feeds/{file}", saved::feed);
      c.routes.get("/api/decisions/{id}/note", decisions::note);
      c.routes.put("/api/decisions/{id}/note", decisions::putNote);
      c.routes.post("/decisions/{id}/note", decisions::postNote);
      c.routes.get("/cases", cases::searchPage);
      c.routes.get("/cases/{id}", cases::page);
      c.routes.get("/api/cases/export", cases::export);
      c.routes.get("/api/cases", cases::list);
      c.routes.get("/api/cases/report", cases::report);
      c.routes.get("/api/cases/{id}", cases::api);

      // the one user error: its status, its code, its message in Russian
      c.routes.exception(UserError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
      c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage()));
      c.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 404, "not_found", "Такой страницы нет: " + ctx.path());
        }
      });
      c.routes.exception(ElasticsearchException.class, (e, ctx) -> {
        if (e.status() == 400) {
          error(ctx, 400, "bad_query", "Elasticsearch не может выполнить этот запрос: " + reason(e));
        } else {
          log.error("Elasticsearch failed on {}", ctx.path(), e);
          error(ctx, 502, "search_failed", "Ошибка поискового движка: " + reason(e));
        }
      });
      c.routes.exception(Exception.class, (e, ctx) -> {
        log.error("unexpected failure on {}", ctx.path(), e);
        error(ctx, 500, "internal_error", "Ошибка на сервере; подробности в журнале.");
      });
    });
  }

  /**
   * A form on another site must not save, tag or delete here with the browser's credentials: a
   * browser says where a request comes from ({@code Sec-Fetch-Site}); scripts and curl send nothing
   * and are let through (the access token guards them).
   */
  static void refuseCrossSiteWrites(Context ctx) {
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new ForbiddenResponse("Запросы, меняющие данные, принимаются только со страниц этого сайта (Sec-Fetch-Site: " + site + ").");
    }
  }

  static String reason(ElasticsearchException e) {
    var cause = e.error();
    String reason = cause.reason();
    if (!cause.rootCause().isEmpty() && cause.rootCause().get(0).reason() != null) {
      reason = cause.rootCause().get(0).reason();
    }
    return reason == null ? e.getMessage() : reason;
  }

  /** JSON for the API, a page for the browser. */
  private void error(Context ctx, int status, String error, String detail) {
    if (ctx.path().startsWith("/api/")) {
      ctx.status(status).json(new ApiError(error, detail));
    } else {
      pages.error(ctx, status, detail);
    }
  }

  public WebServer start() {
    app.start(config.host(), config.port());
    log.info("courtsearch is serving on http://{}:{}/", config.host(), app.port());
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    batchJobs.close();
  }
}
