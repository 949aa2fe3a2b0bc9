package org.courtsearch.indexer.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.courtsearch.core.cases.CaseKeys;
import org.courtsearch.core.decision.Decision;
import org.courtsearch.indexer.metadata.DecisionMetadata;

/**
 * A decision as the index holds it, from its text and what was read from it: one way of making
 * it, for a run and for the corpus loader of the benchmarks alike, so the derived fields
 * ({@code year_month}, {@code year}, {@code case_key}) cannot drift apart.
 */
public final class DecisionBuilder {
  private DecisionBuilder() {}

  /**
   * @param path the file (with {@code #n} for the n-th act of a page)
   * @param paths every path with this content
   * @param ocr the text was recognised from a scan
   */
  public static Decision build(String id, String text, DecisionMetadata m, String path, List<String> paths, String fileName,
      String contentType, long size, String sha256, List<String> warnings, boolean ocr) {
    LocalDate date = m.decisionDate();
    return new Decision(id, text, m.title(), m.court(), m.courtAsWritten(), m.courtCode(), m.courtKind(), m.region(),
        m.regionCode(), date, date == null ? null : date.toString().substring(0, 7), date == null ? null : date.getYear(),
        m.caseNumber(), CaseKeys.decisionKey(m.court(), m.caseNumber()), m.uid(), m.docType(), m.instance(), m.firstInstance(),
        m.articles(), m.articlesPart(), m.articlesMentioned(), m.judge(), m.outcome(), m.punishment(), path, paths, fileName,
        contentType, size, sha256, text.length(), Instant.now(), m.sources(), warnings, ocr, null, m.regionSource(), m.evidence());
  }
}
