package org.courtsearch.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The regions' labels ({@code mappings/regions.tsv}): the Constitution's names that decisions are indexed under, and the
 * labels earlier versions wrote ({@code Республика Саха}, {@code Кемеровская область}), which stay valid in filters and
 * URLs and match decisions indexed under either.
 */
public final class Regions {
  private static final Map<String, List<String>> LABELS = read();

  private Regions() {}

  /**
   * Every label of the region a filter value names, the current one first; a value that names no region is itself
   * ({@code Республика Саха} → {@code Республика Саха (Якутия)}, {@code Республика Саха}).
   */
  public static List<String> labels(String value) {
    return LABELS.getOrDefault(value.trim().toLowerCase(Locale.ROOT), List.of(value));
  }

  /** The current label of a region named by any of its labels, or the value itself. */
  public static String current(String value) {
    return labels(value).get(0);
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = Regions.class.getClassLoader().getResourceAsStream("mappings/regions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: mappings/regions.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] row = line.split("\t", -1);
        if (row.length < 2) {
          continue;
        }
        List<String> labels = new ArrayList<>();
        labels.add(row[1]);
        if (row.length > 2 && !row[2].isBlank()) {
          labels.addAll(List.of(row[2].split("\\|")));
        }
        for (String label : labels) {
          out.put(label.toLowerCase(Locale.ROOT), List.copyOf(labels));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
