package cn.gov.sixian.reception.calendar;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day calendar's settings: an optional folder of {@code <year>.json} files that add
 * or replace built-in years, and the office hours that place deadlines and reminders in the day.
 */
@ConfigurationProperties(prefix = "reception.calendar")
public record CalendarProperties(String folder, LocalTime officeOpens, LocalTime officeCloses) {

  public CalendarProperties {
    officeOpens = officeOpens == null ? LocalTime.of(8, 30) : officeOpens;
    officeCloses = officeCloses == null ? LocalTime.of(17, 30) : officeCloses;
    if (!officeCloses.isAfter(officeOpens)) {
      throw new IllegalArgumentException("reception.calendar.office-closes must be after office-opens");
    }
  }

  /** Built-in years only, 08:30–17:30. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null, null, null);
  }
}
