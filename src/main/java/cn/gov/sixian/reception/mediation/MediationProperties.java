package cn.gov.sixian.reception.mediation;

import cn.gov.sixian.reception.calendar.LimitDefaults;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the mediation tiers: the deputy leader mediates within
 * {@code deputyLeaderWorkingDays} working days (tier 2). The default below is the one place the
 * plan's limit is set; the model's timers, the forms and the e-mails show the value in force
 * (docs/administration.md "Limits").
 */
@Validated
@ConfigurationProperties(prefix = MediationProperties.PREFIX)
public record MediationProperties(@DefaultValue("3") @Positive int deputyLeaderWorkingDays) {

  static final String PREFIX = "reception.mediation";

  /** The plan's limit, when nothing is configured. */
  public static MediationProperties plan() {
    return LimitDefaults.of(PREFIX, MediationProperties.class);
  }
}
