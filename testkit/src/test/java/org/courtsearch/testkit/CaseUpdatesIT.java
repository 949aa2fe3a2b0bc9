package org.courtsearch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.indexer.extract.DocumentExtractor;
import org.courtsearch.indexer.extract.ExtractionLimits;
import org.courtsearch.indexer.ingest.IndexRun;
import org.courtsearch.indexer.ingest.RunReport;
import org.courtsearch.indexer.sidecar.CaseCards;
import org.courtsearch.node.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case records follow their sources across runs: a card saved again updates its case, a source pruned takes its facts along. */
class CaseUpdatesIT {
  @TempDir Path dir;
  @TempDir Path runs;
  final ElasticsearchClient client = TestCluster.get().client();

  RunReport index(String alias, boolean prune) {
    try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), false)) {
      return new IndexRun(client, alias, 1, "0-1", extractor, runs)
          .run(new IndexRun.Options(List.of(dir), CaseCards.empty(), prune, 2, false, Set.of()));
    }
  }

  List<CaseRecord> cases(String alias) throws IOException {
    client.indices().refresh(r -> r.index(IndexNames.cases(alias)));
    SearchResponse<CaseRecord> r = client.search(s -> s.index(IndexNames.cases(alias)).size(1000), CaseRecord.class);
    List<CaseRecord> out = new ArrayList<>();
    r.hits().hits().forEach(h -> out.add(h.source()));
    return out;
  }

  @Test
  void aNewerCardUpdatesItsCaseAndAPrunedListingTakesItsCasesAlong() throws Exception {
    List<GeneratedCase> truth = new CaseCorpusGenerator(dir, 5).generate(80);
    String alias = TestCluster.uniqueName("caseupd");
    index(alias, false);
    assertEquals(truth.size(), cases(alias).size());

    // a pending case's card saved again after its hearing
    GeneratedCase pending = truth.stream().filter(c -> c.resultKind().equals("pending") && c.sources().contains("card-classic"))
        .findFirst().orElseThrow();
    Path card = dir.resolve("cards/classic/" + pending.ref() + ".html");
    Charset cp1251 = Charset.forName("windows-1251");
    String page = Files.readString(card, cp1251)
        .replace("value=14.03.2025", "value=20.06.2025")
        .replace("</table></div><div id='cont", "<tr><td width=\"50%\"><b>Дата рассмотрения</b></td><td>10.06.2025</td></tr>"
            + "<tr><td width=\"50%\"><b>Результат рассмотрения</b></td><td>Вынесен ПРИГОВОР</td></tr></table></div><div id='cont");
    Files.writeString(card, page, cp1251);
    RunReport second = index(alias, false);
    assertEquals(1, second.caseSources(), second.summary());
    CaseRecord updated = cases(alias).stream().filter(c -> pending.caseNumber().equals(c.caseNumber())
        && pending.courtCode().equals(c.courtCode())).findFirst().orElseThrow();
    assertEquals("sentence", updated.resultKind());
    assertEquals("2025-06-10", String.valueOf(updated.decisionDate()));
    assertEquals(truth.size(), cases(alias).size(), "updated, not added");

    // a listing page removed, with --prune: cases it alone spoke of are gone, the others stay
    Path listing;
    try (Stream<Path> pages = Files.list(dir.resolve("listings"))) {
      listing = pages.sorted().findFirst().orElseThrow();
    }
    String html = Files.readString(listing);
    long only = truth.stream().filter(c -> c.sources().equals(List.of("listing")) && html.contains(">" + c.caseNumber() + "<")).count();
    Files.delete(listing);
    RunReport pruned = index(alias, true);
    assertEquals(1, pruned.pruned(), pruned.summary());
    assertEquals(truth.size() - only, cases(alias).size(), only + " cases known only from that listing");
    Map<String, Long> bySource = new TreeMap<>();
    for (CaseRecord c : cases(alias)) {
      c.sources().forEach(s -> bySource.merge(s.kind(), 1L, Long::sum));
      assertTrue(c.sources().stream().noneMatch(s -> s.path().startsWith(listing.toString())), "no fact of the pruned page left");
    }
    assertTrue(bySource.containsKey("card"), bySource.toString());
  }
}
