package cn.gov.sixian.reception.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits of tracking supervision: feedback within 7 days of a slip, reminder 2 days before. */
@ConfigurationProperties(prefix = "reception.supervision")
public record SupervisionProperties(Integer feedbackDays, Integer reminderDaysBefore) {

  public SupervisionProperties {
    feedbackDays = feedbackDays == null ? 7 : feedbackDays;
    reminderDaysBefore = reminderDaysBefore == null ? 2 : reminderDaysBefore;
  }

  public static SupervisionProperties plan() {
    return new SupervisionProperties(null, null);
  }
}
