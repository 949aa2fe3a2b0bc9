package org.courtsearch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.courtsearch.core.es.Json;

/** Reads a generated corpus's ground truth. */
public final class GroundTruth {
  private GroundTruth() {}

  public static List<GeneratedDecision> decisions(Path corpus) {
    List<GeneratedDecision> out = new ArrayList<>();
    for (JsonNode n : lines(corpus.resolve(".ground-truth.jsonl"))) {
      out.add(Json.mapper().convertValue(n, GeneratedDecision.class));
    }
    return out;
  }

  /** file → expected skip reason. */
  public static List<String[]> broken(Path corpus) {
    List<String[]> out = new ArrayList<>();
    for (JsonNode n : lines(corpus.resolve(".broken.jsonl"))) {
      out.add(new String[] {n.path("file").asText(), n.path("reason").asText()});
    }
    return out;
  }

  private static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(Json.mapper().readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
