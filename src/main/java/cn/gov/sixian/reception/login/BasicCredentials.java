package cn.gov.sixian.reception.login;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The user id and password of an HTTP Basic header. Both REST APIs decode it here, once, so that
 * the login throttle and the password check always see the same user.
 */
record BasicCredentials(String userId, String password) {

  /** Null without a Basic header or when it cannot be read (then no password is checked). */
  static BasicCredentials of(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon <= 0 ? null : new BasicCredentials(decoded.substring(0, colon),
        decoded.substring(colon + 1));
  }

  /** Whether the request carries an Authorization header of the Basic scheme at all. */
  static boolean isPresent(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }
}
