package cn.gov.sixian.reception.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the webapps' question "which password rules apply?" with {@code 204 No Content} when
 * the engine has no password policy (the default run, where the demo users keep {@code demo}).
 * The Welcome and Admin account pages ask it on every visit ({@code GET …/identity/password-policy})
 * and the engine answers {@code 404} then; their password widget reads an empty answer as "no
 * policy", which is the truth. With a policy (production) the request goes to the engine as before.
 */
final class PasswordPolicyAnswer extends OncePerRequestFilter {

  private static final Pattern POLICY =
      Pattern.compile("/camunda/api/engine/engine/([^/]+)/identity/password-policy/?");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher policy = POLICY.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if ("GET".equals(request.getMethod()) && policy.matches() && !enabled(policy.group(1))) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean enabled(String engineName) {
    ProcessEngine engine = ProcessEngines.getProcessEngine(engineName);
    // an unknown engine: let the webapps' API give its own answer
    return engine == null || ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isEnablePasswordPolicy();
  }
}
