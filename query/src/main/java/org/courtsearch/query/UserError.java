package org.courtsearch.query;

/**
 * The one kind of error a user caused (a bad parameter, value or cursor; something that is not there), with the HTTP
 * status the site answers it with, a code the JSON API carries ({@code bad_request}, {@code not_found}) and a message in
 * Russian that says what is wrong in the reader's words. The site maps it once (WebServer), the command line once
 * (Courtsearch: the message, exit 2); neither shows it as a failure of its own.
 */
public class UserError extends RuntimeException {
  private final int status;
  private final String code;

  public UserError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Something asked for by its id or path that is not there: a 404. */
  public static UserError notFound(String message) {
    return new UserError(404, "not_found", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
