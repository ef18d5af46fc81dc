package cn.gov.sixian.reception.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import cn.gov.sixian.reception.web.DatabaseFailures;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to the project's own REST API ({@code /api/*}): HTTP Basic against the
 * engine's users ({@link IdentityService#checkPassword}, behind the {@link LoginThrottle}), or the
 * session of a Tasklist/Cockpit login, so a webapp plugin can call the API from the browser. The
 * caller becomes the engine's current authentication for the request, so controllers and
 * authorization checks see who is asking.
 *
 * <p>Wrong credentials and anonymous calls are refused. A session-authenticated call that changes something must
 * carry the webapps' CSRF token ({@code X-XSRF-TOKEN}), as the webapps' own API requires.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String ENGINE = "default";
  /** HTTP header values are Latin-1: the realm names the system in ASCII. */
  static final String CHALLENGE = "Basic realm=\"joint-reception\", charset=\"UTF-8\"";
  static final String WRONG_CREDENTIALS = "用户名或密码错误。";
  static final String NOT_AUTHENTICATED = "请先登录：调用本接口须提供用户名和密码（HTTP Basic 认证）。";
  static final String CSRF_MISSING = "请求缺少有效的防跨站令牌（X-XSRF-TOKEN），已拒绝。";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  ApiAuthenticationFilter(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  /** Who is calling, with the groups the engine knows for them. */
  private record Caller(String userId, List<String> groupIds) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      authenticateAndContinue(request, response, chain);
    } catch (RuntimeException e) {
      // the password check is the first database access of a request: a database outage must
      // answer 503 here, before any controller advice could
      if (!DatabaseFailures.isUnreachable(e) || response.isCommitted()) {
        throw e;
      }
      DatabaseFailures.respondUnavailable(response);
    }
  }

  private void authenticateAndContinue(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller;
    if (BasicCredentials.isPresent(request)) {
      BasicCredentials credentials = BasicCredentials.of(request);
      if (credentials == null) {
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, WRONG_CREDENTIALS);
        return;
      }
      String address = LoginThrottle.clientAddress(request);
      Duration wait = throttle.waitBeforeAttempt(credentials.userId(), address);
      if (!wait.isZero()) {
        LoginThrottle.refuse(response, wait);
        return;
      }
      if (!identityService.checkPassword(credentials.userId(), credentials.password())) {
        throttle.failed(credentials.userId(), address, LoginThrottle.Channel.API);
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, WRONG_CREDENTIALS);
        return;
      }
      throttle.succeeded(credentials.userId(), address, LoginThrottle.Channel.API);
      caller = new Caller(credentials.userId(), groupsOf(credentials.userId()));
    } else {
      caller = fromWebappSession(request);
      if (caller != null && !SAFE_METHODS.contains(request.getMethod())
          && !hasCsrfToken(request)) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, CSRF_MISSING);
        return;
      }
    }
    if (caller == null) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, NOT_AUTHENTICATED);
      return;
    }
    identityService.setAuthentication(caller.userId(), caller.groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
  }

  /** The user logged in to Tasklist/Cockpit/Admin in this HTTP session, if any. */
  private Caller fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    if (!(authentication instanceof UserAuthentication user)) {
      return null;
    }
    // the groups are read afresh: a membership removed in Admin counts at once
    return new Caller(user.getIdentityId(), groupsOf(user.getIdentityId()));
  }

  private static boolean hasCsrfToken(HttpServletRequest request) {
    Object expected = request.getSession(false)
        .getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
            sent.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", CHALLENGE);
    }
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(
        ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
