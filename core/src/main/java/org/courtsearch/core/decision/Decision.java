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
 * @param sentences a conviction's sentence per convicted person, as numbers (empty for other acts), see {@link Sentence}
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
    CourtKind courtKind,
    String region,
    String regionCode,
    LocalDate decisionDate,
    String yearMonth,
    Integer year,
    String caseNumber,
    String caseKey,
    String uid,
    DocType docType,
    Instance instance,
    FirstInstance firstInstance,
    List<String> articles,
    List<String> articlesPart,
    List<String> articlesMentioned,
    String judge,
    Outcome outcome,
    List<Punishment> punishment,
    List<Sentence> sentences,
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
    RegionSource regionSource,
    List<Evidence> evidence) {

  /** A decision to be made field by field: every field not set is null. */
  public static Builder builder() {
    return new Builder();
  }

  /** This decision's fields, to change some and {@link Builder#build() build} another. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.docId = docId;
    b.text = text;
    b.title = title;
    b.court = court;
    b.courtAsWritten = courtAsWritten;
    b.courtCode = courtCode;
    b.courtKind = courtKind;
    b.region = region;
    b.regionCode = regionCode;
    b.decisionDate = decisionDate;
    b.yearMonth = yearMonth;
    b.year = year;
    b.caseNumber = caseNumber;
    b.caseKey = caseKey;
    b.uid = uid;
    b.docType = docType;
    b.instance = instance;
    b.firstInstance = firstInstance;
    b.articles = articles;
    b.articlesPart = articlesPart;
    b.articlesMentioned = articlesMentioned;
    b.judge = judge;
    b.outcome = outcome;
    b.punishment = punishment;
    b.sentences = sentences;
    b.filePath = filePath;
    b.filePaths = filePaths;
    b.fileName = fileName;
    b.contentType = contentType;
    b.size = size;
    b.sha256 = sha256;
    b.textLength = textLength;
    b.indexedAt = indexedAt;
    b.metadataSources = metadataSources;
    b.extractionWarnings = extractionWarnings;
    b.ocr = ocr;
    b.tags = tags;
    b.regionSource = regionSource;
    b.evidence = evidence;
    return b;
  }

  /** Names each field as it is set: a decision has too many fields of one type to be made by position. */
  public static final class Builder {
    private String docId;
    private String text;
    private String title;
    private String court;
    private String courtAsWritten;
    private String courtCode;
    private CourtKind courtKind;
    private String region;
    private String regionCode;
    private LocalDate decisionDate;
    private String yearMonth;
    private Integer year;
    private String caseNumber;
    private String caseKey;
    private String uid;
    private DocType docType;
    private Instance instance;
    private FirstInstance firstInstance;
    private List<String> articles;
    private List<String> articlesPart;
    private List<String> articlesMentioned;
    private String judge;
    private Outcome outcome;
    private List<Punishment> punishment;
    private List<Sentence> sentences;
    private String filePath;
    private List<String> filePaths;
    private String fileName;
    private String contentType;
    private Long size;
    private String sha256;
    private Integer textLength;
    private Instant indexedAt;
    private List<String> metadataSources;
    private List<String> extractionWarnings;
    private Boolean ocr;
    private List<String> tags;
    private RegionSource regionSource;
    private List<Evidence> evidence;

    private Builder() {}

    public Builder docId(String docId) {
      this.docId = docId;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder court(String court) {
      this.court = court;
      return this;
    }

    public Builder courtAsWritten(String courtAsWritten) {
      this.courtAsWritten = courtAsWritten;
      return this;
    }

    public Builder courtCode(String courtCode) {
      this.courtCode = courtCode;
      return this;
    }

    public Builder courtKind(CourtKind courtKind) {
      this.courtKind = courtKind;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder regionCode(String regionCode) {
      this.regionCode = regionCode;
      return this;
    }

    public Builder decisionDate(LocalDate decisionDate) {
      this.decisionDate = decisionDate;
      return this;
    }

    public Builder yearMonth(String yearMonth) {
      this.yearMonth = yearMonth;
      return this;
    }

    public Builder year(Integer year) {
      this.year = year;
      return this;
    }

    public Builder caseNumber(String caseNumber) {
      this.caseNumber = caseNumber;
      return this;
    }

    public Builder caseKey(String caseKey) {
      this.caseKey = caseKey;
      return this;
    }

    public Builder uid(String uid) {
      this.uid = uid;
      return this;
    }

    public Builder docType(DocType docType) {
      this.docType = docType;
      return this;
    }

    public Builder instance(Instance instance) {
      this.instance = instance;
      return this;
    }

    public Builder firstInstance(FirstInstance firstInstance) {
      this.firstInstance = firstInstance;
      return this;
    }

    public Builder articles(List<String> articles) {
      this.articles = articles;
      return this;
    }

    public Builder articlesPart(List<String> articlesPart) {
      this.articlesPart = articlesPart;
      return this;
    }

    public Builder articlesMentioned(List<String> articlesMentioned) {
      this.articlesMentioned = articlesMentioned;
      return this;
    }

    public Builder judge(String judge) {
      this.judge = judge;
      return this;
    }

    public Builder outcome(Outcome outcome) {
      this.outcome = outcome;
      return this;
    }

    public Builder punishment(List<Punishment> punishment) {
      this.punishment = punishment;
      return this;
    }

    public Builder sentences(List<Sentence> sentences) {
      this.sentences = sentences;
      return this;
    }

    public Builder filePath(String filePath) {
      this.filePath = filePath;
      return this;
    }

    public Builder filePaths(List<String> filePaths) {
      this.filePaths = filePaths;
      return this;
    }

    public Builder fileName(String fileName) {
      this.fileName = fileName;
      return this;
    }

    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    public Builder size(Long size) {
      this.size = size;
      return this;
    }

    public Builder sha256(String sha256) {
      this.sha256 = sha256;
      return this;
    }

    public Builder textLength(Integer textLength) {
      this.textLength = textLength;
      return this;
    }

    public Builder indexedAt(Instant indexedAt) {
      this.indexedAt = indexedAt;
      return this;
    }

    public Builder metadataSources(List<String> metadataSources) {
      this.metadataSources = metadataSources;
      return this;
    }

    public Builder extractionWarnings(List<String> extractionWarnings) {
      this.extractionWarnings = extractionWarnings;
      return this;
    }

    public Builder ocr(Boolean ocr) {
      this.ocr = ocr;
      return this;
    }

    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder regionSource(RegionSource regionSource) {
      this.regionSource = regionSource;
      return this;
    }

    public Builder evidence(List<Evidence> evidence) {
      this.evidence = evidence;
      return this;
    }

    public Decision build() {
      return new Decision(docId, text, title, court, courtAsWritten, courtCode, courtKind, region, regionCode, decisionDate, yearMonth, year,
          caseNumber, caseKey, uid, docType, instance, firstInstance, articles, articlesPart, articlesMentioned, judge, outcome, punishment, sentences,
          filePath, filePaths, fileName, contentType, size, sha256, textLength, indexedAt, metadataSources, extractionWarnings, ocr, tags,
          regionSource, evidence);
    }
  }
}
