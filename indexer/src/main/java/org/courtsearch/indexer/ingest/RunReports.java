package org.courtsearch.indexer.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.courtsearch.core.es.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes run reports as JSON: one file per run, and {@code last-index.json} for the latest. */
final class RunReports {
  private static final Logger log = LoggerFactory.getLogger(RunReports.class);

  private RunReports() {}

  static void write(Path dir, RunReport report) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("index-" + report.runId() + ".json");
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
      Files.copy(file, dir.resolve("last-index.json"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.warn("could not write the run report to {}: {}", dir, e.getMessage());
    }
  }
}
