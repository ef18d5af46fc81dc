package cn.gov.sixian.reception.login;

import cn.gov.sixian.reception.web.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter for the engine REST API, without its exception for the list of
 * engines ({@code /engine-rest/engine}): nothing under {@code /engine-rest} answers anonymously.
 * Logins go through the {@link LoginThrottle}. A database outage during the password check
 * answers 503 in Chinese instead of a bare 500.
 */
final class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final LoginThrottle throttle;

  EngineRestAuthenticationFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  /** Camunda's HTTP Basic provider (the init parameter) still answers the challenge. */
  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    authenticationProvider = new ThrottledBasic(authenticationProvider);
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      BasicCredentials credentials = BasicCredentials.of((HttpServletRequest) request);
      if (credentials != null) {
        Duration wait = throttle.waitBeforeAttempt(credentials.userId(),
            LoginThrottle.clientAddress((HttpServletRequest) request));
        if (!wait.isZero()) {
          LoginThrottle.refuse((HttpServletResponse) response, wait);
          return;
        }
      }
      super.doFilter(request, response, chain);
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isUnreachable(e) || response.isCommitted()) {
        throw e;
      }
      DatabaseFailures.respondUnavailable((HttpServletResponse) response);
    }
  }

  /**
   * HTTP Basic as Camunda's provider does it, but reading the header exactly as the throttle did
   * above, and telling the throttle how the password check ended.
   */
  private final class ThrottledBasic implements AuthenticationProvider {

    private final AuthenticationProvider challenge;

    ThrottledBasic(AuthenticationProvider challenge) {
      this.challenge = challenge;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(
        HttpServletRequest request, ProcessEngine engine) {
      BasicCredentials credentials = BasicCredentials.of(request);
      if (credentials == null) {
        return AuthenticationResult.unsuccessful();
      }
      String address = LoginThrottle.clientAddress(request);
      if (engine.getIdentityService().checkPassword(credentials.userId(), credentials.password())) {
        throttle.succeeded(credentials.userId(), address, LoginThrottle.Channel.ENGINE_REST);
        return AuthenticationResult.successful(credentials.userId());
      }
      throttle.failed(credentials.userId(), address, LoginThrottle.Channel.ENGINE_REST);
      return AuthenticationResult.unsuccessful(credentials.userId());
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(
        HttpServletResponse response, ProcessEngine engine) {
      challenge.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }
}
