package org.courtsearch.testkit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.courtsearch.core.cases.CaseFacts;
import org.courtsearch.core.cases.CaseKeys;
import org.courtsearch.core.cases.CaseMerge;
import org.courtsearch.core.cases.CaseRecord;
import org.courtsearch.core.cases.SourceKind;
import org.courtsearch.core.client.EsClientFactory;
import org.courtsearch.core.config.Config;
import org.courtsearch.core.config.ConfigLoader;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexContract;
import org.courtsearch.core.index.IndexNames;
import org.courtsearch.indexer.ingest.DecisionSink;
import org.courtsearch.indexer.ingest.Job;
import org.courtsearch.indexer.metadata.CourtDirectory;
import org.courtsearch.indexer.metadata.CourtDirectory.Court;

/**
 * Loads case records straight into the cases index of an alias, without pages, for benchmarks
 * of the case reports at 1,000,000 cases. Each record is what the merge makes of one card of a
 * garrison or district court: received and decided dates, one to three defendants with their
 * articles and results, a few events.
 *
 * <p>Usage: {@code CaseLoader ES_URL ALIAS COUNT [SEED]}
 */
public final class CaseLoader {
  private CaseLoader() {}

  private static final String[][] CHARGES = {{"337", "5"}, {"337", "5"}, {"337", "3.1"}, {"337", "2.1"}, {"338", "3"},
      {"158", "2"}, {"264.1", "1"}, {"228", "2"}, {"318", "1"}};
  private static final String[] KINDS = {"sentence", "sentence", "sentence", "sentence", "sentence", "sentence", "termination",
      "returned", "transferred", "pending"};

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String alias = args[1];
    int count = Integer.parseInt(args[2]);
    Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 1);
    Config config = ConfigLoader.load(Map.of(ConfigLoader.ES_URL, url.toString()), Map.of());
    ElasticsearchClient client = EsClientFactory.create(config, List.of(url));
    String cases = IndexNames.cases(alias);
    new IndexAdmin(client).ensure(cases, IndexContract.CASES, 1, "0", IndexContract.DEFAULT_MORPHOLOGY);
    List<Court> courts = new ArrayList<>();
    for (Court c : CourtDirectory.shared().all()) {
      if (c.region() != null && (c.kind().equals("garrison_military") || c.kind().equals("district"))) {
        courts.add(c);
      }
    }
    AtomicReference<String> aborted = new AtomicReference<>();
    AtomicLong loaded = new AtomicLong();
    DecisionSink sink = new DecisionSink(client, aborted, new DecisionSink.Listener() {
      @Override
      public void indexed(Job job) {
        loaded.incrementAndGet();
      }

      @Override
      public void failed(String path, String message) {
        System.err.println("failed: " + path + ": " + message);
      }
    });
    sink.start();
    long t0 = System.nanoTime();
    for (int i = 0; i < count && aborted.get() == null; i++) {
      CaseRecord r = record(random, courts, i);
      Job job = Job.forDecision(r.caseId());
      sink.expect(1);
      sink.waitWhileDown();
      sink.send(op -> op.index(ix -> ix.index(cases).id(r.caseId()).document(r)), job);
      if ((i + 1) % 100_000 == 0) {
        System.out.printf("%d loaded, %.0f/s%n", i + 1, (i + 1) / ((System.nanoTime() - t0) / 1e9));
      }
    }
    sink.finishDecisions();
    sink.close();
    client.indices().refresh(r -> r.index(cases));
    System.out.printf("loaded %d cases into %s in %.0f s%n", loaded.get(), cases, (System.nanoTime() - t0) / 1e9);
    client._transport().close();
  }

  /** One case as its card would make it, merged as the indexer merges. */
  static CaseRecord record(Random random, List<Court> courts, int i) {
    Court court = courts.get(random.nextInt(courts.size()));
    LocalDate received = LocalDate.of(2022, 10, 1).plusDays(random.nextInt(1200));
    String kind = KINDS[random.nextInt(KINDS.length)];
    LocalDate decided = kind.equals("pending") ? null : received.plusDays(10 + random.nextInt(90));
    int persons = random.nextInt(100) < 85 ? 1 : 2 + random.nextInt(2);
    List<CaseFacts.Defendant> defendants = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < persons; p++) {
      String[] c = CHARGES[random.nextInt(CHARGES.length)];
      String article = "УК РФ " + c[0];
      String part = article + " ч." + c[1];
      defendants.add(new CaseFacts.Defendant("ФИО" + (p + 1), "ст." + c[0] + " ч." + c[1] + " УК РФ", List.of(article),
          List.of(part), decided, null, kind));
      articles.add(article);
      parts.add(part);
    }
    String number = "1-" + (i % 100_000 + 1) + "/" + received.getYear();
    String uid = String.format("%s-01-%d-%06d-%02d", court.code(), received.getYear(), i % 1_000_000, i % 97);
    List<CaseFacts.Event> events = List.of(
        new CaseFacts.Event("Регистрация поступившего в суд дела", received, "10:00", null, null, null, null, received),
        new CaseFacts.Event("Передача материалов дела судье", received.plusDays(1), "11:00", null, null, null, null, null));
    CaseFacts card = CaseFacts.builder().sourceKind(SourceKind.CARD.value()).sourcePath("/cards/" + i + ".html")
        .seen(LocalDate.of(2025, 3, 1)).keys(List.of(CaseKeys.uid(uid, court.code()), CaseKeys.number(court.code(), number)))
        .court(court.name()).courtCode(court.code()).courtKind(court.kind()).region(court.region()).regionCode(court.regionCode())
        .proceeding("criminal").instance("first").caseNumber(number).uid(uid).received(received).judge("Иванов И.И.")
        .decisionDate(decided).resultKind(kind).articles(articles).articlesPart(parts).defendants(defendants).events(events)
        .build();
    return CaseMerge.merge(List.of(card));
  }
}
