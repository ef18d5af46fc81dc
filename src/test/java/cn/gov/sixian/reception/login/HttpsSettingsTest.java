package cn.gov.sixian.reception.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

/** RECEPTION_HTTPS=true turns on HSTS and secure webapp cookies; false leaves Camunda's defaults. */
class HttpsSettingsTest {

  @Test
  void httpsTurnsOnHstsAndSecureCookies() {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    HttpsSettings.hstsWhenServedOverHttps(true)
        .postProcessAfterInitialization(properties, "camundaBpmProperties");
    assertThat(properties.getWebapp().getHeaderSecurity().isHstsDisabled()).isFalse();
    assertThat(properties.getWebapp().getSessionCookie().isEnableSecureCookie()).isTrue();
  }

  @Test
  void plainHttpKeepsTheDefaults() {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    HttpsSettings.hstsWhenServedOverHttps(false)
        .postProcessAfterInitialization(properties, "camundaBpmProperties");
    assertThat(properties.getWebapp().getHeaderSecurity().isHstsDisabled()).isTrue();
    assertThat(properties.getWebapp().getSessionCookie().isEnableSecureCookie()).isFalse();
  }
}
