package org.courtsearch.core.es;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The one Jackson configuration for documents, reports and the API: ISO dates, no nulls. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // an enumerated field's value this build does not know (an index written by a later one) reads as null, not a failed page
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
      .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

  private Json() {}

  /**
   * JSON Lines: an object a line, blank lines skipped; a line that is not JSON goes to
   * {@code badLine} with its number (from 1) and the parser's message, which may throw to stop.
   */
  public static List<JsonNode> lines(String content, BiConsumer<Integer, String> badLine) {
    List<JsonNode> nodes = new ArrayList<>();
    int n = 0;
    for (String line : content.split("\n")) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        nodes.add(MAPPER.readTree(line));
      } catch (IOException e) {
        badLine.accept(n, e.getMessage());
      }
    }
    return nodes;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
