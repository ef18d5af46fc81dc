package cn.gov.sixian.reception.login;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code RECEPTION_HTTPS=true} (property {@code reception.https}) also turns on the webapps'
 * Strict-Transport-Security header; cookies are made secure directly in application.yaml. One
 * switch, because Camunda's property is the negative {@code hsts-disabled}.
 */
@Configuration(proxyBeanMethods = false)
class HttpsSettings {

  @Bean
  static BeanPostProcessor hstsWhenServedOverHttps(
      @Value("${reception.https:false}") boolean https) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (https && bean instanceof CamundaBpmProperties properties) {
          properties.getWebapp().getHeaderSecurity().setHstsDisabled(false);
          properties.getWebapp().getSessionCookie().setEnableSecureCookie(true);
        }
        return bean;
      }
    };
  }
}
