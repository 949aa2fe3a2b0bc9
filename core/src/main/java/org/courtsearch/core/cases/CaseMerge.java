package org.courtsearch.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges what several sources say of one case into its record. Pure and deterministic: the same
 * facts in any order give the same record, which is what makes a re-run change nothing.
 *
 * <p>Sources are applied in order of authority, each value overriding the one before: first the
 * act's text (what the act says), then our metadata file, then the court's own records —
 * scraper rows, listing rows and cards — from the oldest capture to the newest, a card last
 * among sources of one day. So a newer card updates the record, and a card's date received or
 * result is never overwritten by a text's reading. Lists are merged, not overridden: events by
 * (name, date, time), complaints by (date filed, kind, applicant), acts by decision or link; the
 * defendants are those of the fullest kind of source that lists any (a card, else a listing, else
 * a scraper's row), the newest of that kind, so a person listed by a card and by a scraper's copy
 * of it is one person.
 */
public final class CaseMerge {
  private CaseMerge() {}

  private static final Comparator<CaseFacts> AUTHORITY = Comparator
      .comparing((CaseFacts f) -> group(f))
      .thenComparing(f -> group(f) == 2 ? f.seen() : null, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(f -> -SourceKind.of(f.sourceKind()).ordinal())
      .thenComparing(CaseFacts::sourcePath, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static int group(CaseFacts f) {
    return switch (SourceKind.of(f.sourceKind())) {
      case TEXT -> 0;
      case METADATA -> 1;
      default -> 2;
    };
  }

  /** The record of one case from all its facts (at least one). */
  public static CaseRecord merge(List<CaseFacts> facts) {
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("a case needs at least one source");
    }
    List<CaseFacts> ordered = new ArrayList<>(facts);
    ordered.sort(AUTHORITY);
    Merger m = new Merger();
    for (CaseFacts f : ordered) {
      m.apply(f);
    }
    return m.record();
  }

  private static final class Merger {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, String> provenance = new LinkedHashMap<>();
    final Set<String> keys = new TreeSet<>();
    final List<CaseRecord.Source> sources = new ArrayList<>();
    final Map<List<Object>, CaseFacts.Event> events = new LinkedHashMap<>();
    final Map<List<Object>, CaseFacts.Appeal> appeals = new LinkedHashMap<>();
    final Map<String, CaseFacts.ActLink> acts = new LinkedHashMap<>();
    final Set<String> warnings = new LinkedHashSet<>();
    boolean hasText;
    int defendantsRank = -1;

    void apply(CaseFacts f) {
      String source = f.sourceKind() + ":" + f.sourcePath();
      sources.add(new CaseRecord.Source(f.sourceKind(), f.sourcePath(), f.seen()));
      if (f.keys() != null) {
        keys.addAll(f.keys());
      }
      hasText |= SourceKind.TEXT.value().equals(f.sourceKind());
      set("court", f.court(), source);
      set("court_code", f.courtCode(), source);
      set("court_kind", f.courtKind(), source);
      set("region", f.region(), source);
      set("region_code", f.regionCode(), source);
      set("proceeding", f.proceeding(), source);
      set("instance", f.instance(), source);
      set("case_number", f.caseNumber(), source);
      set("uid", f.uid(), source);
      set("received", f.received(), source);
      set("judge", f.judge(), source);
      set("category", f.category(), source);
      set("decision_date", f.decisionDate(), source);
      set("result", f.result(), source);
      set("result_kind", f.resultKind(), source);
      set("articles", nonEmpty(f.articles()), source);
      set("articles_part", nonEmpty(f.articlesPart()), source);
      if (f.defendants() != null && !f.defendants().isEmpty()) {
        // the fullest list wins: a card's (with each person's result) over a listing's or a scraper's copy, the newest of a kind
        int rank = SourceKind.of(f.sourceKind()).ordinal();
        if (defendantsRank < 0 || rank <= defendantsRank) {
          defendantsRank = rank;
          set("defendants", f.defendants(), source);
        }
      }
      set("lower", f.lower(), source);
      for (CaseFacts.Event e : orEmpty(f.events())) {
        events.put(List.of(Objects.toString(e.name(), ""), Objects.toString(e.date(), ""), Objects.toString(e.time(), "")), e);
      }
      for (CaseFacts.Appeal a : orEmpty(f.appeals())) {
        appeals.put(List.of(Objects.toString(a.filed(), ""), Objects.toString(a.kind(), ""), Objects.toString(a.applicant(), "")), a);
      }
      for (CaseFacts.ActLink a : orEmpty(f.acts())) {
        String key = a.decisionId() != null ? a.decisionId() : a.link() != null ? a.link() : a.path();
        acts.merge(Objects.toString(key, ""), a, (old, now) -> now.decisionId() == null && old.decisionId() != null ? old : now);
        hasText |= a.decisionId() != null;
      }
      warnings.addAll(orEmpty(f.warnings()));
    }

    void set(String field, Object value, String source) {
      if (value != null) {
        values.put(field, value);
        provenance.put(field, source);
      }
    }

    @SuppressWarnings("unchecked")
    <T> T get(String field) {
      return (T) values.get(field);
    }

    /** No source decides the case: it is pending. */
    String resultKind() {
      String kind = get("result_kind");
      return kind == null ? CaseResult.PENDING.value() : kind;
    }

    CaseRecord record() {
      String strongest = keys.stream().min(CaseKeys::strength).orElseThrow();
      String uid = get("uid");
      List<CaseFacts.Defendant> defendants = get("defendants");
      List<String> articles = get("articles");
      List<String> articlesPart = get("articles_part");
      if (defendants != null) {
        // a case is charged with what its defendants are charged with
        Set<String> a = new LinkedHashSet<>();
        Set<String> p = new LinkedHashSet<>();
        for (CaseFacts.Defendant d : defendants) {
          a.addAll(orEmpty(d.articles()));
          p.addAll(orEmpty(d.articlesPart()));
        }
        if (!a.isEmpty()) {
          articles = List.copyOf(a);
          articlesPart = List.copyOf(p);
        }
      }
      LocalDate received = get("received");
      LocalDate decided = get("decision_date");
      if (defendants != null && defendantsRank != SourceKind.CARD.ordinal()) {
        // a listing's «Стороны» or a scraper's names give the people and their articles, not each one's result: where no
        // card lists them, they share the case's result and date (a case of one court is decided for all its accused)
        String kind = get("result_kind");
        String result = get("result");
        defendants = defendants.stream().map(d -> d.resultKind() != null ? d : new CaseFacts.Defendant(d.label(),
            d.articlesAsWritten(), d.articles(), d.articlesPart(), d.date() != null ? d.date() : decided,
            d.result() != null ? d.result() : result, kind)).toList();
      }
      List<CaseFacts.Event> eventList = new ArrayList<>(events.values());
      eventList.sort(Comparator.comparing(CaseFacts.Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
      List<CaseFacts.Appeal> appealList = new ArrayList<>(appeals.values());
      appealList.sort(Comparator.comparing(CaseFacts.Appeal::filed, Comparator.nullsLast(Comparator.naturalOrder())));
      sources.sort(Comparator.comparing(CaseRecord.Source::kind).thenComparing(CaseRecord.Source::path,
          Comparator.nullsFirst(Comparator.naturalOrder())));
      return CaseRecord.builder().caseId(CaseKeys.id(strongest)).chainId(uid == null ? null : CaseKeys.chain(uid))
          .keys(List.copyOf(keys)).sources(List.copyOf(sources)).provenance(Map.copyOf(provenance)).hasText(hasText)
          .court(get("court")).courtCode(get("court_code")).courtKind(get("court_kind")).region(get("region"))
          .regionCode(get("region_code")).proceeding(get("proceeding")).instance(get("instance")).caseNumber(get("case_number"))
          .uid(uid).received(received).receivedMonth(month(received)).judge(get("judge")).category(get("category"))
          .decisionDate(decided).decidedMonth(month(decided)).result(get("result")).resultKind(resultKind())
          .articles(articles).articlesPart(articlesPart).defendants(defendants).defendantCount(defendants == null ? 0 : defendants.size())
          .events(eventList).appeals(appealList).lower(get("lower")).acts(new ArrayList<>(acts.values())).warnings(List.copyOf(warnings))
          .build();
    }
  }

  private static String month(LocalDate date) {
    return date == null ? null : date.toString().substring(0, 7);
  }

  private static <T> List<T> nonEmpty(List<T> list) {
    return list == null || list.isEmpty() ? null : list;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Groups facts into cases: two facts are one case when they share a key, directly or through others. */
  public static List<List<CaseFacts>> group(List<CaseFacts> facts) {
    Map<String, String> parent = new LinkedHashMap<>();
    Function<String, String> find = new Function<>() {
      @Override
      public String apply(String k) {
        String p = parent.getOrDefault(k, k);
        if (p.equals(k)) {
          return k;
        }
        String root = apply(p);
        parent.put(k, root);
        return root;
      }
    };
    for (CaseFacts f : facts) {
      List<String> ks = f.keys();
      for (String k : ks) {
        parent.putIfAbsent(k, k);
      }
      for (int i = 1; i < ks.size(); i++) {
        String a = find.apply(ks.get(0));
        String b = find.apply(ks.get(i));
        if (!a.equals(b)) {
          parent.put(b, a);
        }
      }
    }
    Map<String, List<CaseFacts>> groups = new LinkedHashMap<>();
    for (CaseFacts f : facts) {
      groups.computeIfAbsent(find.apply(f.keys().get(0)), k -> new ArrayList<>()).add(f);
    }
    return new ArrayList<>(groups.values());
  }
}
