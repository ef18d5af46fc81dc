package cn.gov.sixian.reception.access;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter for the engine REST API, without its exception for the list of
 * engines ({@code /engine-rest/engine}): nothing under {@code /engine-rest} answers anonymously.
 */
final class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
