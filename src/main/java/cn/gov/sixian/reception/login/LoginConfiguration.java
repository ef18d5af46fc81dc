package cn.gov.sixian.reception.login;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Servlet filters that authenticate the REST APIs, throttle every way to log in and close Admin's
 * first-run setup. Only {@code /actuator/health} (and its groups) and the webapps' login pages
 * stay open.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

  /** After Spring's character encoding filter, before everything else of the application. */
  static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 10;

  /** One throttle for the webapps' login and HTTP Basic on both REST APIs. */
  @Bean
  LoginThrottle loginThrottle(Clock clock, IdentityService identityService) {
    return LoginThrottle.forEngine(clock, identityService);
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(
      IdentityService identityService, LoginThrottle loginThrottle) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, loginThrottle));
    registration.setName("apiAuthenticationFilter");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(AUTHENTICATION);
    return registration;
  }

  /** Camunda's own HTTP Basic filter for the engine REST API (the starter has no switch). */
  @Bean
  FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthenticationFilter(
      LoginThrottle loginThrottle) {
    FilterRegistrationBean<EngineRestAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(loginThrottle));
    registration.setName("engineRestAuthenticationFilter");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AUTHENTICATION);
    return registration;
  }

  /** The webapps' login form checks the password inside Camunda: the throttle sits in front. */
  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottleFilter(
      LoginThrottle loginThrottle) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(loginThrottle));
    registration.setName("webappLoginThrottleFilter");
    registration.addUrlPatterns(WebappLoginThrottleFilter.URL_PATTERN);
    registration.setOrder(AUTHENTICATION);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SetupGuardFilter> setupGuardFilter(IdentityService identityService) {
    FilterRegistrationBean<SetupGuardFilter> registration =
        new FilterRegistrationBean<>(new SetupGuardFilter(identityService));
    registration.setName("setupGuardFilter");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
