package org.courtsearch.core.es;

/** The cluster cannot be used; the message says what is wrong and what to check. */
public class ClusterException extends RuntimeException {
  public ClusterException(String message) {
    super(message);
  }

  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
