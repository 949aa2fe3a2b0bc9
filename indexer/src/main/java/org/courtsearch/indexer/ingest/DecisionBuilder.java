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
    return Decision.builder().docId(id).text(text).title(m.title())
        .court(m.court()).courtAsWritten(m.courtAsWritten()).courtCode(m.courtCode()).courtKind(m.courtKind())
        .region(m.region()).regionCode(m.regionCode()).regionSource(m.regionSource())
        .decisionDate(date).yearMonth(date == null ? null : date.toString().substring(0, 7)).year(date == null ? null : date.getYear())
        .caseNumber(m.caseNumber()).caseKey(CaseKeys.decisionKey(m.court(), m.caseNumber())).uid(m.uid())
        .docType(m.docType()).instance(m.instance()).firstInstance(m.firstInstance())
        .articles(m.articles()).articlesPart(m.articlesPart()).articlesMentioned(m.articlesMentioned())
        .judge(m.judge()).outcome(m.outcome()).punishment(m.punishment()).sentences(m.sentences())
        .filePath(path).filePaths(paths).fileName(fileName).contentType(contentType).size(size).sha256(sha256)
        .textLength(text.length()).indexedAt(Instant.now()).metadataSources(m.sources()).extractionWarnings(warnings).ocr(ocr)
        .evidence(m.evidence())
        .build();
  }
}
