package org.courtsearch.core.decision;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One court decision as indexed: its text, what it is about, and the file(s) it came from.
 * Stored in the {@code decisions} index with the content hash as id, field names in snake case
 * as in {@code mappings/decisions.json}. Metadata that could not be found is null, never guessed.
 *
 * @param docId the document's id (content hash, plus {@code -2}... for further acts of one page);
 *     also the tiebreaker that makes deep pagination stable
 * @param court normalised court name (facet value)
 * @param courtAsWritten the court as the text names it
 * @param courtCode court code from the УИД or the reference table (e.g. {@code 50GV0001})
 * @param courtKind see {@link CourtKind}
 * @param region federal subject the court sits in; null when it could not be determined
 * @param yearMonth {@code 2024-03}, from the decision date
 * @param caseKey court + case number: identifies a case across its documents
 * @param docType see {@link DocType}
 * @param firstInstance for an appeal or cassation act, the case below (court, number, judge, date); else null
 * @param articles charged/convicted articles with their code, e.g. {@code УК РФ 337}
 * @param articlesPart the same with the part, e.g. {@code УК РФ 337 ч.5}
 * @param articlesMentioned articles only cited (prior convictions, procedure, arguments)
 * @param outcome see {@link Outcome}
 * @param punishment kinds of punishment the operative part names, see {@link Punishment}
 * @param filePath the file first seen with this content ({@code archive.zip!/inner.rtf} inside archives)
 * @param filePaths every path with this content
 * @param metadataSources where the metadata came from: {@code text}, {@code sidecar}
 * @param ocr whether the text was recognised from a scan (it may hold recognition errors)
 * @param tags the team's labels on this decision, copied from its note ({@code <index>-notes}); the
 *     indexer writes none, the note store puts them back after every run
 * @param regionSource where the region came from, see {@link RegionSource}
 * @param evidence where in the text the court, date, case number and articles were read
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Decision(
    String docId,
    String text,
    String title,
    String court,
    String courtAsWritten,
    String courtCode,
    String courtKind,
    String region,
    String regionCode,
    LocalDate decisionDate,
    String yearMonth,
    Integer year,
    String caseNumber,
    String caseKey,
    String uid,
    String docType,
    String instance,
    FirstInstance firstInstance,
    List<String> articles,
    List<String> articlesPart,
    List<String> articlesMentioned,
    String judge,
    String outcome,
    List<String> punishment,
    String filePath,
    List<String> filePaths,
    String fileName,
    String contentType,
    Long size,
    String sha256,
    Integer textLength,
    Instant indexedAt,
    List<String> metadataSources,
    List<String> extractionWarnings,
    Boolean ocr,
    List<String> tags,
    String regionSource,
    List<Evidence> evidence) {}
