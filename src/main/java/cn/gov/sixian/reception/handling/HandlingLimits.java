package cn.gov.sixian.reception.handling;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statutory limits of time-limited handling (信访工作条例 2022), in calendar days: decide on
 * acceptance within 15 days of receipt, handle within 60 days of acceptance, extend once by at
 * most 30 days with approval. Configuration, not code, because rules and local practice change.
 */
@ConfigurationProperties(prefix = "reception.handling")
public record HandlingLimits(Integer acceptanceDays, Integer handlingDays, Integer maxExtensionDays) {

  public HandlingLimits {
    acceptanceDays = positiveOr(acceptanceDays, 15, "acceptance-days");
    handlingDays = positiveOr(handlingDays, 60, "handling-days");
    maxExtensionDays = positiveOr(maxExtensionDays, 30, "max-extension-days");
  }

  public static HandlingLimits statutory() {
    return new HandlingLimits(null, null, null);
  }

  private static int positiveOr(Integer value, int fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value <= 0) {
      throw new IllegalArgumentException("reception.handling." + name + " must be positive");
    }
    return value;
  }
}
