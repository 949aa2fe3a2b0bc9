package org.courtsearch.indexer.ingest;

import java.io.IOException;
import org.elasticsearch.client.ResponseException;

/** What a failed bulk request means for its decisions. */
enum BulkFailure {
  /** no connection, or a proxy's 502/503/504: send again once the cluster answers */
  UNREACHABLE,
  /** HTTP 429: send again after a pause that grows while it lasts */
  BUSY,
  /** anything else (a 4xx, a bad response): sending again would fail again; the files fail */
  REFUSED;

  static BulkFailure of(Throwable failure) {
    ResponseException answer = answer(failure);
    if (answer != null) {
      int status = answer.getResponse().getStatusLine().getStatusCode();
      return status == 429 ? BUSY : status >= 502 && status <= 504 ? UNREACHABLE : REFUSED;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return UNREACHABLE;
      }
    }
    return REFUSED;
  }

  /** One line: the HTTP status of an error response (its body can be kilobytes of JSON), else the message. */
  static String describe(Throwable failure) {
    ResponseException answer = answer(failure);
    if (answer == null) {
      return failure.getMessage();
    }
    String reason = answer.getResponse().getStatusLine().getReasonPhrase();
    return "HTTP " + answer.getResponse().getStatusLine().getStatusCode() + (reason == null || reason.isBlank() ? "" : " " + reason);
  }

  /** The error response behind {@code failure}, if the cluster answered at all. */
  private static ResponseException answer(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ResponseException r) {
        return r;
      }
    }
    return null;
  }
}
