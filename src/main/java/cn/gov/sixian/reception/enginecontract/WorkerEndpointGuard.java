package cn.gov.sixian.reception.enginecontract;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's and Cockpit's engine API ({@code /camunda/api/engine/*}) is for the webapps, not
 * for external task workers: its servlet cannot hold a long-polling {@code fetchAndLock} open
 * and would answer 500. Refused here with a Chinese message; workers (none in this application)
 * would use {@code /engine-rest}, where the domain contract applies.
 */
final class WorkerEndpointGuard extends OncePerRequestFilter {

  static final String REFUSED = "外部任务不能通过任务列表的接口领取，已拒绝。";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().endsWith("/external-task/fetchAndLock");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"AuthorizationException\",\"message\":\""
        + REFUSED + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
