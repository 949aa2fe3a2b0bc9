package org.courtsearch.core.workbench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtsearch.core.index.Fields;
import org.courtsearch.core.index.IndexAdmin;
import org.courtsearch.core.index.IndexNames;

/**
 * What the team keeps beside the decisions, in Elasticsearch so that it lives with the data and
 * survives a reinstall of the application: saved searches ({@code <index>-saved}) and notes with
 * tags ({@code <index>-notes}). A note's tags are also copied onto its decision's {@code tags}
 * field, so that they are a facet, a filter and an export column; the note index stays the record,
 * and {@link #reapplyTags()} puts the copies back after an index run has rewritten decisions.
 */
public final class Workbench {
  public static final String SAVED = "saved";
  public static final String NOTES = "notes";
  public static final int MAX_SAVED = 1000;
  private static final int PAGE = 1000;

  private final ElasticsearchClient client;
  private final String decisions;
  private final String saved;
  private final String notes;
  private volatile boolean ensured;

  public Workbench(ElasticsearchClient client, String decisionsAlias) {
    this.client = client;
    this.decisions = decisionsAlias;
    this.saved = IndexNames.saved(decisionsAlias);
    this.notes = IndexNames.notes(decisionsAlias);
  }

  /**
   * Creates both indices where they are missing, before the first write (reads tolerate their
   * absence): a site that only searches never creates them, and a write never meets an index
   * Elasticsearch made up from its first document.
   */
  public Workbench ensure() {
    if (!ensured) {
      IndexAdmin admin = new IndexAdmin(client);
      admin.ensure(saved, SAVED, 1, "0-1", "snowball");
      admin.ensure(notes, NOTES, 1, "0-1", "snowball");
      ensured = true;
    }
    return this;
  }

  // saved searches

  /** Saves (or renames) a search; its id is the same for the same kind and query. */
  public SavedSearch save(String name, String kind, String queryString) {
    ensure();
    String id = sha1(kind + "\n" + queryString).substring(0, 16);
    Instant now = Instant.now();
    Optional<SavedSearch> old = find(id);
    if (old.isEmpty() && all().size() >= MAX_SAVED) {
      throw new IllegalArgumentException("Сохранено уже " + MAX_SAVED + " поисков: удалите ненужные.");
    }
    SavedSearch s = old.map(o -> new SavedSearch(id, name, kind, queryString, o.createdAt(), o.lastSeenAt(), o.watchedAt()))
        .orElse(new SavedSearch(id, name, kind, queryString, now, now, now));
    put(s);
    return s;
  }

  public Optional<SavedSearch> find(String id) {
    try {
      var r = client.get(g -> g.index(saved).id(id), SavedSearch.class);
      return r.found() ? Optional.of(withId(id, r.source())) : Optional.empty();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every saved search, by name. */
  public List<SavedSearch> all() {
    try {
      SearchResponse<SavedSearch> r = client.search(s -> s.index(saved).size(MAX_SAVED).ignoreUnavailable(true)
          .sort(o -> o.field(f -> f.field("name").order(SortOrder.Asc))), SavedSearch.class);
      List<SavedSearch> out = new ArrayList<>();
      for (Hit<SavedSearch> h : r.hits().hits()) {
        out.add(withId(h.id(), h.source()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Marks a saved search as looked at on the site at {@code when}; returns the mark it had before. */
  public Instant markSeen(SavedSearch s, Instant when) {
    put(new SavedSearch(s.id(), s.name(), s.kind(), s.queryString(), s.createdAt(), when, s.watchedAt()));
    return s.lastSeenAt();
  }

  /** Marks a saved search as printed by {@code courtsearch watch} at {@code when}. */
  public void markWatched(SavedSearch s, Instant when) {
    put(new SavedSearch(s.id(), s.name(), s.kind(), s.queryString(), s.createdAt(), s.lastSeenAt(), when));
  }

  public boolean delete(String id) {
    try {
      return client.delete(d -> d.index(saved).id(id).refresh(Refresh.WaitFor)).result().jsonValue().equals("deleted");
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void put(SavedSearch s) {
    ensure();
    try {
      SavedSearch body = new SavedSearch(null, s.name(), s.kind(), s.queryString(), s.createdAt(), s.lastSeenAt(), s.watchedAt());
      client.index(i -> i.index(saved).id(s.id()).document(body).refresh(Refresh.WaitFor));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SavedSearch withId(String id, SavedSearch s) {
    return new SavedSearch(id, s.name(), s.kind(), s.queryString(), s.createdAt(), s.lastSeenAt(), s.watchedAt());
  }

  // notes and tags

  /** The note on a decision; empty when it has none. */
  public Note note(String docId) {
    try {
      var r = client.get(g -> g.index(notes).id(docId), Note.class);
      return r.found() ? r.source() : new Note(docId, List.of(), "", null);
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return new Note(docId, List.of(), "", null);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a decision's tags and note (an empty pair removes them) and copies the tags onto the
   * decision, visible to searches when this returns.
   *
   * @throws IllegalArgumentException for tags or a note over the limits, in words
   */
  public Note putNote(String docId, List<String> rawTags, String text) {
    List<String> tags = cleanTags(rawTags);
    String note = text == null ? "" : text.strip();
    if (note.length() > Note.MAX_NOTE_LENGTH) {
      throw new IllegalArgumentException("Заметка длиннее " + Note.MAX_NOTE_LENGTH + " символов.");
    }
    Note n = new Note(docId, tags, note, Instant.now());
    ensure();
    try {
      if (n.isEmpty()) {
        client.delete(d -> d.index(notes).id(docId).refresh(Refresh.WaitFor));
      } else {
        client.index(i -> i.index(notes).id(docId).document(n).refresh(Refresh.WaitFor));
      }
      client.update(u -> u.index(decisions).id(docId).doc(Map.of(Fields.TAGS, tags)).refresh(Refresh.WaitFor), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /** Tags as a user typed them: trimmed, blanks dropped, each once, within the limits. */
  static List<String> cleanTags(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : raw == null ? List.<String>of() : raw) {
      String tag = t == null ? "" : t.strip().replaceAll("\\s+", " ");
      if (tag.isEmpty()) {
        continue;
      }
      if (tag.length() > Note.MAX_TAG_LENGTH) {
        throw new IllegalArgumentException("Метка «" + tag.substring(0, 20) + "…» длиннее " + Note.MAX_TAG_LENGTH + " символов.");
      }
      out.add(tag);
    }
    if (out.size() > Note.MAX_TAGS) {
      throw new IllegalArgumentException("Не больше " + Note.MAX_TAGS + " меток на решение.");
    }
    return List.copyOf(out);
  }

  /**
   * Copies every note's tags onto its decision again: an index run rewrites the decisions it
   * reads, tags and all. Decisions that are gone (a file removed) are skipped. Returns the number
   * of decisions tagged.
   */
  public long reapplyTags() {
    long applied = 0;
    List<FieldValue> after = null;
    while (true) {
      final List<FieldValue> cursor = after;
      SearchResponse<Note> page;
      try {
        page = client.search(s -> {
          s.index(notes).size(PAGE).ignoreUnavailable(true).query(q -> q.exists(e -> e.field("tags")))
              .sort(o -> o.field(f -> f.field("doc_id").order(SortOrder.Asc)));
          if (cursor != null) {
            s.searchAfter(cursor);
          }
          return s;
        }, Note.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Hit<Note>> hits = page.hits().hits();
      if (hits.isEmpty()) {
        return applied;
      }
      List<BulkOperation> ops = new ArrayList<>();
      for (Hit<Note> h : hits) {
        Note n = h.source();
        ops.add(BulkOperation.of(b -> b.update(u -> u.index(decisions).id(n.docId())
            .action(a -> a.doc(Map.of(Fields.TAGS, n.tags()))))));
      }
      try {
        BulkResponse r = client.bulk(b -> b.operations(ops).refresh(Refresh.WaitFor));
        applied += r.items().stream().filter(i -> i.error() == null).count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      after = hits.get(hits.size() - 1).sort();
      if (hits.size() < PAGE) {
        return applied;
      }
    }
  }

  private static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
