package cn.gov.sixian.reception.login;

import cn.gov.sixian.reception.web.BufferedRequest;
import cn.gov.sixian.reception.web.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link LoginThrottle} in front of the webapps' login form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields {@code username}
 * and {@code password}), whose password check happens inside Camunda: a refused caller never
 * reaches it, and Camunda's answer tells the throttle how it ended (200 logged in, 401 wrong).
 *
 * <p>The user id is read from the form body as Camunda reads it (not from the query string, in
 * the body's charset), and the body is handed on unread, so the throttle counts the account that
 * Camunda checks.
 */
final class WebappLoginThrottleFilter extends OncePerRequestFilter {

  /** Mapped to the whole resource; only a POST to {@code …/login/…} is a login. */
  static final String URL_PATTERN = "/camunda/api/admin/auth/user/*";
  /** On the decoded path without path parameters, as the webapps' REST API matches it. */
  private static final Pattern LOGIN = Pattern.compile(".*/auth/user/[^/]+/login/[^/]+/?");
  static final String NOT_A_FORM = "登录请求格式不正确。";
  /** A login form is a few dozen bytes. */
  static final int MAX_BODY = 16 * 1024;

  private final LoginThrottle throttle;

  WebappLoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath()
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!"POST".equals(request.getMethod()) || !LOGIN.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Charset charset = formCharset(request);
    byte[] body = charset == null ? null : request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body == null || body.length > MAX_BODY) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(
          ("{\"message\":\"" + NOT_A_FORM + "\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    String userId = formField(new String(body, charset), "username", charset);
    String address = LoginThrottle.clientAddress(request);
    if (userId != null) {
      Duration wait;
      try {
        wait = throttle.waitBeforeAttempt(userId, address);
      } catch (RuntimeException e) {
        if (!DatabaseFailures.isUnreachable(e)) {
          throw e;
        }
        DatabaseFailures.respondUnavailable(response);
        return;
      }
      if (!wait.isZero()) {
        LoginThrottle.refuse(response, wait);
        return;
      }
    }
    chain.doFilter(new BufferedRequest(request, body), response);
    if (userId == null) {
      return;
    }
    // 403 (no access to the app, or no CSRF token) and anything else say nothing either way
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      throttle.succeeded(userId, address, LoginThrottle.Channel.WEBAPP);
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(userId, address, LoginThrottle.Channel.WEBAPP);
    }
  }

  /** The charset Camunda's form reader uses (UTF-8 unless named); null for anything but a form. */
  private static Charset formCharset(HttpServletRequest request) {
    if (request.getContentType() == null) {
      return null;
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(request.getContentType());
    } catch (InvalidMediaTypeException e) {
      return null;
    }
    if (!MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)) {
      return null;
    }
    try {
      return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first value of a field of a URL-encoded form, as a form parameter receives it. */
  static String formField(String body, String name, Charset charset) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      try {
        if (name.equals(URLDecoder.decode(key, charset))) {
          return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

}
