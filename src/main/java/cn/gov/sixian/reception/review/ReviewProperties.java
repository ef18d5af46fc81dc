package cn.gov.sixian.reception.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of review and re-review ({@code reception.review.*}, 信访工作条例 2022 articles 35, 36):
 * the petitioner asks within {@code requestDays} of the written reply (of the review opinion for
 * a re-review), the body gives its opinion within {@code opinionDays} of the request; the
 * reminder goes out {@code reminderDaysBefore} days before that.
 */
@ConfigurationProperties(prefix = "reception.review")
public record ReviewProperties(Integer requestDays, Integer opinionDays, Integer reminderDaysBefore) {

  public ReviewProperties {
    requestDays = requestDays == null ? 30 : requestDays;
    opinionDays = opinionDays == null ? 30 : opinionDays;
    reminderDaysBefore = reminderDaysBefore == null ? 3 : reminderDaysBefore;
  }

  /** The regulation's limits. */
  public static ReviewProperties regulation() {
    return new ReviewProperties(null, null, null);
  }
}
