package org.courtsearch.core.config;

/** A password, token or key: compared and used, never printed. */
public record Secret(String value) {
  public Secret {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a secret cannot be empty");
    }
  }

  @Override
  public String toString() {
    return "****";
  }
}
