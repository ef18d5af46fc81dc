package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.web.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter for the engine REST API, without its exception for the list of
 * engines ({@code /engine-rest/engine}): nothing under {@code /engine-rest} answers anonymously.
 * A database outage during the password check answers 503 in Chinese instead of a bare 500.
 */
final class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      super.doFilter(request, response, chain);
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isUnreachable(e) || response.isCommitted()) {
        throw e;
      }
      DatabaseFailures.respondUnavailable((HttpServletResponse) response);
    }
  }
}
