package org.courtsearch.query;

/**
 * A query that cannot run as asked: a bad parameter, value or cursor (the {@link UserError} of a 400). The message says what is
 * wrong in words a reader understands; every entry point (site, API, CLI) shows it as it is
 * (the site as a 400), never as a failure of its own.
 */
public class QueryException extends UserError {
  public QueryException(String message) {
    super(400, "bad_request", message);
  }
}
