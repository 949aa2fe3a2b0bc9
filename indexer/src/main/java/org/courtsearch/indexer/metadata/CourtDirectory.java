package org.courtsearch.indexer.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The court → region reference table ({@code mappings/courts.tsv}, {@code mappings/regions.tsv}),
 * and the lookups that resolve a court as a decision writes it.
 */
public final class CourtDirectory {
  /** One court of the table. */
  public record Court(String code, String name, String kind, String regionCode, String region) {}

  /** A court named in a text: where the name starts and ends (in stems), and the court if the table has it. */
  record Found(int start, int end, Court court) {}

  private final Map<String, Court> byCode = new HashMap<>();
  private final Map<String, List<Court>> byStems = new HashMap<>();
  private final Map<String, String> regions = new LinkedHashMap<>();
  private final Map<String, String> regionByStems = new HashMap<>();
  private int longestName;

  private static CourtDirectory shared;

  public static synchronized CourtDirectory shared() {
    if (shared == null) {
      shared = new CourtDirectory();
    }
    return shared;
  }

  private CourtDirectory() {
    for (String[] row : read("mappings/regions.tsv")) {
      regions.put(row[0], row[1]);
      List<String> stems = Stems.of(row[1]);
      if (!stems.isEmpty() && stems.get(0).equals("город")) {
        stems = stems.subList(1, stems.size());
      }
      regionByStems.put(String.join(" ", stems), row[0]);
    }
    for (String[] row : read("mappings/courts.tsv")) {
      Court court = new Court(row[0], row[1], row[2], row[3], row[4].isEmpty() ? null : row[4]);
      byCode.put(court.code(), court);
      List<String> stems = Stems.of(court.name());
      longestName = Math.max(longestName, stems.size());
      byStems.computeIfAbsent(String.join(" ", stems), k -> new ArrayList<>()).add(court);
    }
  }

  public Optional<Court> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Optional<String> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The court of the table a name (as a site's heading or a card writes it) names, if exactly one. */
  public Optional<Court> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return findFirst(Stems.of(name)).map(Found::court);
  }

  /** Every court of the table, in code order. */
  public List<Court> all() {
    return byCode.values().stream().sorted(Comparator.comparing(Court::code)).toList();
  }

  public int size() {
    return byCode.size();
  }

  /**
   * The first court of the table named in {@code stems} (longest name wins at a position);
   * an ambiguous name (several courts) is settled by a region named in the same stems.
   */
  Optional<Found> findFirst(List<String> stems) {
    // every court's name has the word суд: only spans around it are looked up
    for (int j = 0; j < stems.size(); j++) {
      if (!stems.get(j).equals("суд")) {
        continue;
      }
      for (int i = Math.max(0, j - 6); i <= j; i++) {
        for (int len = Math.min(longestName, stems.size() - i); len >= Math.max(2, j - i + 1); len--) {
          List<Court> courts = byStems.get(String.join(" ", stems.subList(i, i + len)));
          if (courts == null) {
            continue;
          }
          if (courts.size() == 1) {
            return Optional.of(new Found(i, i + len, courts.get(0)));
          }
          Optional<String> region = regionIn(stems.subList(i + len, Math.min(stems.size(), i + len + 8)));
          for (Court c : courts) {
            if (region.isPresent() && region.get().equals(c.regionCode())) {
              return Optional.of(new Found(i, i + len, c));
            }
          }
          return Optional.of(new Found(i, i + len, null));
        }
      }
    }
    return Optional.empty();
  }

  /** A region named in these stems ("Республики Башкортостан", "Пермского края", "г. Москвы"), as its code. */
  Optional<String> regionIn(List<String> stems) {
    for (int i = 0; i < stems.size(); i++) {
      for (int len = Math.min(6, stems.size() - i); len >= 1; len--) {
        String code = regionByStems.get(String.join(" ", stems.subList(i, i + len)));
        if (code != null && (len > 1 || i > 0 && (stems.get(i - 1).equals("г") || stems.get(i - 1).equals("город")))) {
          return Optional.of(code);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String[]> read(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CourtDirectory.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
