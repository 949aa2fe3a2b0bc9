package org.courtsearch.web.http;

import org.courtsearch.query.QueryException;

/** A request we cannot answer as asked: becomes a 400 with this message, in JSON or in the page. */
public class BadRequest extends QueryException {
  public BadRequest(String message) {
    super(message);
  }
}
