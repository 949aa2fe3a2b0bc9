package org.courtsearch.indexer.metadata;

import java.time.LocalDate;
import java.util.List;
import org.courtsearch.core.decision.CourtKind;
import org.courtsearch.core.decision.DocType;
import org.courtsearch.core.decision.Evidence;
import org.courtsearch.core.decision.FirstInstance;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Outcome;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.RegionSource;
import org.courtsearch.core.decision.Sentence;

/**
 * What a decision is about, as far as its text (and any case card) tells. Null where it does
 * not tell; {@code warnings} say what could not be determined; {@code regionSource} where the region came from
 * ({@link RegionSource}); {@code evidence} where in the text each field was read.
 */
public record DecisionMetadata(
    String title,
    String court,
    String courtAsWritten,
    String courtCode,
    CourtKind courtKind,
    String region,
    String regionCode,
    LocalDate decisionDate,
    String caseNumber,
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
    List<String> sources,
    List<String> warnings,
    RegionSource regionSource,
    List<Evidence> evidence) {}
