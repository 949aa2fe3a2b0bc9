package org.courtsearch.indexer.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtsearch.core.geo.Regions;
import org.courtsearch.core.text.RussianText;

/**
 * The court → region reference table ({@code mappings/courts.tsv}, {@code mappings/regions.tsv}),
 * with a user's own table of courts over it, the towns that seat courts the tables do not list
 * ({@code mappings/places.tsv}), and the lookups that resolve a court as a decision writes it.
 */
public final class CourtDirectory {
  /** One court of the table. */
  public record Court(String code, String name, String kind, String regionCode, String region) {}

  /** A court named in a text: where the name starts and ends (in stems), and the court if the table has it. */
  record Found(int start, int end, Court court) {}

  private final Map<String, Court> byCode = new HashMap<>();
  private final Map<String, List<Court>> byStems = new HashMap<>();
  private final Map<String, String> regions = new LinkedHashMap<>();
  /** A region's code by its current label (former labels are core's {@link Regions} to resolve). */
  private final Map<String, String> regionByLabel = new HashMap<>();
  private final Map<String, String> regionByStems = new HashMap<>();
  /** The nominative of every word of the table's court names, by stem (null where two words share one). */
  private final Map<String, String> nominatives = new HashMap<>();
  /** Towns by stem, to their region code (null where towns of several regions share the name). */
  private final Map<String, String> towns = new HashMap<>();
  private final Set<Court> userCourts = new HashSet<>();
  private int longestName;

  private static CourtDirectory shared;

  /** The bundled tables, with the user's table if one was set ({@link #useUserTable}). */
  public static synchronized CourtDirectory shared() {
    if (shared == null) {
      shared = new CourtDirectory(null);
    }
    return shared;
  }

  /**
   * Makes {@link #shared()} read a user's table of courts over the bundled one (a court of theirs wins over a bundled
   * one of the same code or name). A missing file is no table.
   *
   * @throws IllegalArgumentException naming the line of the file that cannot be read
   */
  public static synchronized CourtDirectory useUserTable(Path file) {
    shared = withUserTable(file);
    return shared;
  }

  /** The bundled tables with a user's table of courts over them, apart from {@link #shared()}. */
  public static CourtDirectory withUserTable(Path file) {
    return new CourtDirectory(file != null && Files.isRegularFile(file) ? file : null);
  }

  private CourtDirectory(Path userTable) {
    for (String[] row : read("mappings/regions.tsv")) {
      regions.put(row[0], row[1]);
      regionByLabel.put(row[1], row[0]);
      List<String> stems = Stems.of(row[1]);
      if (!stems.isEmpty() && stems.get(0).equals("город")) {
        stems = stems.subList(1, stems.size());
      }
      regionByStems.put(String.join(" ", stems), row[0]);
    }
    for (String[] row : read("mappings/courts.tsv")) {
      add(new Court(row[0], row[1], row[2], row[3], row[4].isEmpty() ? null : row[4]), false);
    }
    for (String[] row : read("mappings/places.tsv")) {
      putUnique(towns, Stems.stem(RussianText.fold(row[0])), row[1]);
    }
    if (userTable != null) {
      readUserTable(userTable);
    }
  }

  private void add(Court court, boolean wins) {
    List<String> stems = Stems.of(court.name());
    String key = String.join(" ", stems);
    if (wins) {
      byStems.remove(key);
      Court old = court.code() == null ? null : byCode.get(court.code());
      if (old != null) {
        byStems.getOrDefault(String.join(" ", Stems.of(old.name())), new ArrayList<>()).remove(old);
      }
    }
    if (court.code() != null) {
      byCode.put(court.code(), court);
    }
    longestName = Math.max(longestName, stems.size());
    byStems.computeIfAbsent(key, k -> new ArrayList<>()).add(court);
    for (String word : court.name().split("\\s+")) {
      if (word.equalsIgnoreCase("суд")) {
        break;
      }
      for (String part : word.split("-")) {
        if (part.length() > 3 && Character.isLetter(part.charAt(0))) {
          String lower = part.toLowerCase(Locale.ROOT);
          putUnique(nominatives, Stems.stem(RussianText.fold(lower)), lower);
        }
      }
    }
  }

  /** Puts a value under a key, or null where another value is there already: an ambiguous key answers nothing. */
  private static void putUnique(Map<String, String> map, String key, String value) {
    if (map.containsKey(key) && !value.equals(map.get(key))) {
      map.put(key, null);
    } else {
      map.put(key, value);
    }
  }

  /**
   * A user's courts: a TSV with a header naming {@code court_name} and {@code region} (a region's name, any label it
   * has had, or its code), optionally {@code court_code} and {@code court_kind}.
   */
  private void readUserTable(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the courts table " + file, e);
    }
    if (lines.isEmpty()) {
      return;
    }
    List<String> header = Arrays.stream(lines.get(0).replace("\uFEFF", "").split("\t")).map(String::trim).toList();
    int name = header.indexOf("court_name");
    int region = header.indexOf("region") >= 0 ? header.indexOf("region") : header.indexOf("region_code");
    int code = header.indexOf("court_code");
    int kind = header.indexOf("court_kind");
    if (name < 0 || region < 0) {
      throw new IllegalArgumentException(file + ": the first line must name the columns court_name and region (tab-separated)");
    }
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] row = lines.get(n).split("\t", -1);
      String courtName = cell(row, name);
      String regionCode = regionCode(cell(row, region)).orElse(null);
      if (courtName == null || regionCode == null) {
        throw new IllegalArgumentException(file + " line " + (n + 1) + ": "
            + (courtName == null ? "no court name" : "unknown region «" + cell(row, region) + "»"));
      }
      String courtKind = cell(row, kind) != null ? cell(row, kind) : CourtReader.kindOf(courtName);
      Court court = new Court(cell(row, code), courtName, courtKind, regionCode, regions.get(regionCode));
      add(court, true);
      userCourts.add(court);
    }
  }

  private static String cell(String[] row, int i) {
    return i >= 0 && i < row.length && !row[i].isBlank() ? row[i].trim() : null;
  }

  /** Whether the court is one of the user's table. */
  public boolean fromUserTable(Court court) {
    return userCourts.contains(court);
  }

  public Optional<Court> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Optional<String> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** A region's code from its code, its name or a label it had before ({@code Республика Саха} → 14). */
  public Optional<String> regionCode(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String s = nameOrCode.trim();
    if (regions.containsKey(s)) {
      return Optional.of(s);
    }
    return Optional.ofNullable(regionByLabel.get(Regions.current(s)));
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

  /** A court's name in the nominative, its words taken from the table's names where it has them. */
  public String nominative(String name) {
    return CourtNames.nominative(name, stem -> nominatives.get(stem));
  }

  /**
   * The region of a town (any case: {@code Подольск}, {@code Подольска}) as its code, if only one region has a town of
   * that name.
   */
  public Optional<String> townRegion(String town) {
    if (town == null || town.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(towns.get(Stems.stem(RussianText.fold(town.trim()))));
  }

  /**
   * The region of the town a garrison or town court is named after: the first word of its name ({@code Подольский
   * гарнизонный военный суд} → Подольск), if only one region has that town.
   */
  public Optional<String> townRegionOfName(String courtName) {
    return townRegionOfAdjective(courtName.trim().split("\\s+")[0]);
  }

  /**
   * The region of the town a court's name is made from ({@code Подольский гарнизонный военный суд} → Подольск,
   * {@code Костромского …} → Кострома), if only one region has it.
   */
  public Optional<String> townRegionOfAdjective(String adjective) {
    String a = RussianText.fold(adjective).replaceAll("(?:ский|ского|скому|ским|ском|ской|ская|ское)$", "ск");
    if (!a.endsWith("ск")) {
      return Optional.empty();
    }
    // Подольск-ий: the town ends in -ск; Кострома → костромск-ой, Тюмень → тюменск-ий, Оренбург → оренбургск-ий
    String base = a.substring(0, a.length() - 2);
    for (String town : new String[] {a, base, base + "а", base + "я", base + "ь", base + "о", base + "ы", base + "и"}) {
      String key = Stems.stem(town);
      if (towns.containsKey(key)) {
        return Optional.ofNullable(towns.get(key));
      }
    }
    return Optional.empty();
  }

  /**
   * The first court of the table named in {@code stems} (longest name wins at a position);
   * an ambiguous name (several courts) is settled by a region named in the same stems.
   */
  Optional<Found> findFirst(List<String> stems) {
    // every court's name has the word суд: only spans around it are looked up
    for (int j = 0; j < stems.size(); j++) {
      Optional<Found> f = findAround(stems, j);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** The first court of the table named in {@code stems} that starts at or after {@code from}. */
  Optional<Found> findFrom(List<String> stems, int from) {
    for (int j = from; j < stems.size(); j++) {
      Optional<Found> f = findAround(stems, j);
      if (f.isPresent() && f.get().start() >= from) {
        return f;
      }
    }
    return Optional.empty();
  }

  private Optional<Found> findAround(List<String> stems, int j) {
    if (!stems.get(j).equals("суд")) {
      return Optional.empty();
    }
    for (int i = Math.max(0, j - 6); i <= j; i++) {
      for (int len = Math.min(longestName, stems.size() - i); len >= Math.max(2, j - i + 1); len--) {
        List<Court> courts = byStems.get(String.join(" ", stems.subList(i, i + len)));
        if (courts == null || courts.isEmpty()) {
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
