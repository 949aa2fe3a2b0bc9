package org.courtsearch.cli.relevance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.courtsearch.core.es.Json;

/**
 * What a generated corpus says of each of its decisions ({@code .ground-truth.jsonl}, written by
 * the test kit's generator), as far as the relevance set's judgments need it. Read here as data:
 * the generator itself is test support and stays out of the command line's jar.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TruthRecord(String file, String court, String courtKind, String docType, String instance,
    List<String> articles, List<String> articlesPart, String judge, String outcome, List<String> punishment) {

  /** The ground truth of the corpus in {@code dir}; an error naming the tool that writes it when there is none. */
  public static List<TruthRecord> load(Path dir) {
    Path file = dir.resolve(".ground-truth.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no generated corpus in " + dir + " (its .ground-truth.jsonl is missing); write one "
          + "with the test kit: java -cp \"cli/target/courtsearch-cli.jar:cli/target/lib/*:testkit/target/classes\" "
          + "org.courtsearch.testkit.CorpusGenerator " + dir + " 1000 html-txt 2027");
    }
    List<TruthRecord> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(Json.mapper().readValue(line, TruthRecord.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }
}
