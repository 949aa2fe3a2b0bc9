package org.courtsearch.web.http;

/** Becomes a 404 with this message. */
public class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}
