package cn.gov.sixian.reception.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Admin's first-run setup ({@code /camunda/api/admin/setup/…}) once any user exists. In
 * 7.24.0 CE that endpoint creates an administrator whenever {@code camunda-admin} has no direct
 * member; this application always creates its administrator (or the demo users) at start, so
 * the endpoint is never needed and is refused with 403.
 */
final class SetupGuardFilter extends OncePerRequestFilter {

  static final String REFUSED = "系统已完成初始化，不能再通过初始设置创建管理员。";

  private final IdentityService identityService;

  SetupGuardFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (identityService.createUserQuery().count() > 0) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(
          ("{\"message\":\"" + REFUSED + "\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
