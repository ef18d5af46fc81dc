package cn.gov.sixian.reception.supervision;

import cn.gov.sixian.reception.calendar.LimitDefaults;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of tracking supervision: the unit answers a slip within {@code feedbackDays} (natural
 * days), reminded {@code reminderDaysBefore} days before. The defaults below are the one place each
 * is set; the model's timers, the forms, the slip and the e-mails show the value in force
 * (docs/administration.md "Limits").
 */
@Validated
@ConfigurationProperties(prefix = SupervisionProperties.PREFIX)
public record SupervisionProperties(
    @DefaultValue("7") @Positive int feedbackDays,
    @DefaultValue("2") @Positive int reminderDaysBefore) {

  static final String PREFIX = "reception.supervision";

  /** The plan's limits, when nothing is configured. */
  public static SupervisionProperties plan() {
    return LimitDefaults.of(PREFIX, SupervisionProperties.class);
  }
}
