package org.courtsearch.indexer.metadata;

import java.time.LocalDate;
import java.util.List;
import org.courtsearch.core.decision.Evidence;
import org.courtsearch.core.decision.FirstInstance;

/**
 * What a decision is about, as far as its text (and any case card) tells. Null where it does
 * not tell; {@code warnings} say what could not be determined; {@code regionSource} where the region came from
 * ({@link org.courtsearch.core.decision.RegionSource}); {@code evidence} where in the text each field was read.
 */
public record DecisionMetadata(
    String title,
    String court,
    String courtAsWritten,
    String courtCode,
    String courtKind,
    String region,
    String regionCode,
    LocalDate decisionDate,
    String caseNumber,
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
    List<String> sources,
    List<String> warnings,
    String regionSource,
    List<Evidence> evidence) {}
