package org.courtsearch.indexer.sidecar;

import java.util.List;

/**
 * A case card as court sites and the «Правосудие» portal publish it, from a sidecar file.
 * Every field may be null.
 *
 * @param file the decision file it describes (file name or path), if the sidecar says
 * @param articles the articles as listed ({@code ст.158 ч.2 п.п.а,б УК РФ}, {@code Статья 158 Часть 1})
 * @param result the card's result text ({@code Вынесен ПРИГОВОР}, {@code Уголовное дело ПРЕКРАЩЕНО})
 * @param received the day the case came to the court, as written
 */
public record CaseCard(
    String file,
    String caseNumber,
    String uid,
    String court,
    String courtCode,
    String region,
    String decisionDate,
    String judge,
    String result,
    List<String> articles,
    String docType,
    String link,
    String received) {}
