package org.courtsearch.node;

/** The embedded node could not be started or reached; the message says why and what to do. */
public class NodeStartException extends RuntimeException {
  public NodeStartException(String message) {
    super(message);
  }

  public NodeStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
