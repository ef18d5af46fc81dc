package cn.gov.sixian.reception.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.mediation.MediationProperties;
import cn.gov.sixian.reception.supervision.SupervisionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The limit settings as the application binds them: each default set once (its record's
 * {@code @DefaultValue}), overridable, and a limit that is not positive stops the start.
 */
class LimitSettingsTest {

  @Configuration
  @EnableConfigurationProperties({
      HandlingLimits.class, MediationProperties.class, SupervisionProperties.class})
  static class Limits {}

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
      .withUserConfiguration(Limits.class);

  @Test
  void thePlansLimitsWhenNothingIsConfigured() {
    runner.run(context -> {
      assertThat(context.getBean(HandlingLimits.class)).isEqualTo(new HandlingLimits(15, 60, 30))
          .isEqualTo(HandlingLimits.statutory());
      assertThat(context.getBean(MediationProperties.class)).isEqualTo(new MediationProperties(3))
          .isEqualTo(MediationProperties.plan());
      assertThat(context.getBean(SupervisionProperties.class))
          .isEqualTo(new SupervisionProperties(7, 2)).isEqualTo(SupervisionProperties.plan());
    });
  }

  @Test
  void eachLimitIsOneSetting() {
    runner.withPropertyValues("reception.mediation.deputy-leader-working-days=4",
            "reception.supervision.feedback-days=5", "reception.handling.max-extension-days=20")
        .run(context -> {
          assertThat(context.getBean(MediationProperties.class).deputyLeaderWorkingDays()).isEqualTo(4);
          assertThat(context.getBean(SupervisionProperties.class).feedbackDays()).isEqualTo(5);
          assertThat(context.getBean(HandlingLimits.class)).isEqualTo(new HandlingLimits(15, 60, 20));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"reception.handling.acceptance-days=0", "reception.handling.handling-days=-1",
      "reception.handling.max-extension-days=0", "reception.mediation.deputy-leader-working-days=0",
      "reception.supervision.feedback-days=0", "reception.supervision.reminder-days-before=0"})
  void aLimitThatIsNotPositiveStopsTheStart(String setting) {
    String prefix = setting.substring(0, setting.lastIndexOf('.'));
    runner.withPropertyValues(setting).run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("Binding validation errors on " + prefix)
        .hasMessageContaining("rejected value"));
  }
}
