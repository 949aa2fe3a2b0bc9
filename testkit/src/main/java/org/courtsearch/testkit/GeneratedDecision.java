package org.courtsearch.testkit;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.courtsearch.core.decision.Sentence;

/**
 * Ground truth for one generated decision: what the indexer must find in it.
 *
 * @param file path relative to the corpus root ({@code archive.zip!/inner.rtf} inside archives)
 * @param format the file format written (txt, html, docx, rtf, pdf, odt, doc)
 * @param encoding for txt and html, the character set written
 * @param mentioned articles that only appear as mentions (must not be charged)
 * @param sentences a conviction's sentence per convicted person
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GeneratedDecision(
    String file,
    String format,
    String encoding,
    String text,
    String court,
    String courtKind,
    String region,
    String decisionDate,
    String caseNumber,
    String uid,
    String docType,
    String instance,
    List<String> articles,
    List<String> articlesPart,
    List<String> mentioned,
    String judge,
    String outcome,
    List<String> punishment,
    List<Sentence> sentences) {

  public GeneratedDecision {
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }

  GeneratedDecision(String file, String format, String encoding, String text, String court, String courtKind, String region,
      String decisionDate, String caseNumber, String uid, String docType, String instance, List<String> articles,
      List<String> articlesPart, List<String> mentioned, String judge, String outcome, List<String> punishment) {
    this(file, format, encoding, text, court, courtKind, region, decisionDate, caseNumber, uid, docType, instance, articles, articlesPart,
        mentioned, judge, outcome, punishment, List.of());
  }

  GeneratedDecision withText(String text) {
    return new GeneratedDecision(file, format, encoding, text, court, courtKind, region, decisionDate, caseNumber, uid,
        docType, instance, articles, articlesPart, mentioned, judge, outcome, punishment, sentences);
  }

  GeneratedDecision withFile(String file, String format, String encoding) {
    return new GeneratedDecision(file, format, encoding, text, court, courtKind, region, decisionDate, caseNumber, uid,
        docType, instance, articles, articlesPart, mentioned, judge, outcome, punishment, sentences);
  }
}
