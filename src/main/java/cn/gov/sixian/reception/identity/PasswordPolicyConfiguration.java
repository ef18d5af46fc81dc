package cn.gov.sixian.reception.identity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link PasswordPolicyAnswer} on the webapps' engine API. */
@Configuration(proxyBeanMethods = false)
class PasswordPolicyConfiguration {

  @Bean
  FilterRegistrationBean<PasswordPolicyAnswer> passwordPolicyAnswer() {
    FilterRegistrationBean<PasswordPolicyAnswer> registration =
        new FilterRegistrationBean<>(new PasswordPolicyAnswer());
    registration.setName("passwordPolicyAnswer");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }
}
