package org.courtsearch.web.http;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * A streamed download that fails half-way must not look finished. Its status and headers are
 * gone, so the only honest signal left is the connection itself: it is aborted, and the browser or
 * client reports a failed download instead of saving a short file as if it were whole.
 */
public final class Downloads {
  private Downloads() {}

  public static void abort(Context ctx, Throwable why) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    if (request != null) {
      request.getServletChannel().abort(why);
    }
  }
}
