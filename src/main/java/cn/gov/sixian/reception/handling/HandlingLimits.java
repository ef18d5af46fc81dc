package cn.gov.sixian.reception.handling;

import cn.gov.sixian.reception.calendar.LimitDefaults;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Statutory limits of time-limited handling (信访工作条例 2022), in calendar days: decide on
 * acceptance within {@code acceptanceDays} of receipt, handle within {@code handlingDays} of
 * acceptance, extend once by at most {@code maxExtensionDays} with approval. The defaults below are
 * the one place each limit is set; forms, labels and notices show the value in force
 * (docs/administration.md "Limits").
 */
@Validated
@ConfigurationProperties(prefix = HandlingLimits.PREFIX)
public record HandlingLimits(
    @DefaultValue("15") @Positive int acceptanceDays,
    @DefaultValue("60") @Positive int handlingDays,
    @DefaultValue("30") @Positive int maxExtensionDays) {

  static final String PREFIX = "reception.handling";

  /** The limits when nothing is configured. */
  public static HandlingLimits statutory() {
    return LimitDefaults.of(PREFIX, HandlingLimits.class);
  }
}
