package cn.gov.sixian.reception.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The webapp login session's CSRF token, for the application's own pages outside
 * {@code /camunda} (the case page {@code /case-file/}): the webapps put the token in a cookie
 * scoped to {@code /camunda}, which those pages cannot read. Only same-origin script can read
 * this answer (no CORS), so handing it out does not help a cross-site forger.
 */
@RestController
class SessionTokenController {

  static final String NO_TOKEN = "当前未通过任务列表或驾驶舱登录，没有防跨站令牌。";

  @GetMapping("/api/session/csrf-token")
  Map<String, String> token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null
        : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    if (!(token instanceof String value)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, NO_TOKEN);
    }
    return Map.of("token", value);
  }
}
