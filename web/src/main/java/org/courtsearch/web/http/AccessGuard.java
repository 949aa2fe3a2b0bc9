package org.courtsearch.web.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.courtsearch.core.config.Secret;

/**
 * Requires the configured access token on every request: as a bearer token (scripts) or as
 * the password of HTTP basic auth (browsers, any user name). Installed only when a token is set.
 */
public final class AccessGuard {
  private final byte[] token;

  public AccessGuard(Secret token) {
    this.token = token.value().getBytes(StandardCharsets.UTF_8);
  }

  public void check(Context ctx) {
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    String offered = null;
    if (header.startsWith("Bearer ")) {
      offered = header.substring(7).trim();
    } else if (header.startsWith("Basic ")) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        offered = colon >= 0 ? decoded.substring(colon + 1) : null;
      } catch (IllegalArgumentException e) {
        offered = null;
      }
    }
    if (offered == null || !MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Basic realm=\"courtsearch\", charset=\"UTF-8\"");
      throw new UnauthorizedResponse("courtsearch needs the access token (COURTSEARCH_ACCESS_TOKEN)");
    }
  }
}
