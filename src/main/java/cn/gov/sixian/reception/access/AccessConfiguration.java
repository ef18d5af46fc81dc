package cn.gov.sixian.reception.access;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Servlet filters that authenticate the REST APIs. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(
      IdentityService identityService) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, false));
    registration.setName("apiAuthenticationFilter");
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}
