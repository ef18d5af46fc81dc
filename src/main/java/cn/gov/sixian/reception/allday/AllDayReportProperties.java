package cn.gov.sixian.reception.allday;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the all-day reception ({@code reception.all-day.*}).
 *
 * @param reportAt the daily report (日报) of each day of a period is written and mailed from this
 *     time on (default 17:00); the day's cases registered later go into no report
 */
@ConfigurationProperties(prefix = "reception.all-day")
record AllDayReportProperties(LocalTime reportAt) {

  AllDayReportProperties {
    if (reportAt == null) {
      reportAt = LocalTime.of(17, 0);
    }
  }
}
