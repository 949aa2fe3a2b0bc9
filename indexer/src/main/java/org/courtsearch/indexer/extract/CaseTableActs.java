package org.courtsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.courtsearch.indexer.cases.ScraperFiles;
import org.courtsearch.indexer.extract.ExtractResult.Act;
import org.courtsearch.indexer.extract.ExtractResult.Extracted;
import org.courtsearch.indexer.extract.ExtractResult.Skipped;
import org.courtsearch.indexer.metadata.CourtDirectory;

/** A scraper's table of cases (or our metadata table): its rows are cases, the texts some rows carry are acts. */
final class CaseTableActs {
  private CaseTableActs() {}

  /**
   * @param declared the file was given as a table of case cards, whatever its name or shape
   * @return empty when the file has none of the known tables' shapes
   */
  static Optional<ExtractResult> read(Source source, boolean declared, ExtractionLimits limits, CourtDirectory courts) {
    Optional<ScraperFiles.Table> table;
    try {
      table = ScraperFiles.read(source.bytes(), source.path(), null,
          code -> courts.region(String.format(Locale.ROOT, "%02d", code)).orElse(null), declared);
    } catch (RuntimeException e) {
      return Optional.of(new Skipped(SkipReason.CORRUPT, "a table of cases that cannot be read: " + e.getMessage()));
    }
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<Act> acts = new ArrayList<>();
    List<String> warnings = new ArrayList<>(table.get().warnings());
    for (ScraperFiles.RowText t : table.get().texts()) {
      acts.add(new Act(t.key(), limits.clip(TextCleanup.clean(t.text()), warnings), t.card()));
    }
    String type = source.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv" : "application/json";
    return Optional.of(new Extracted(type, acts, warnings, false, table.get().cases(), table.get().leftOut()));
  }
}
