package cn.gov.sixian.reception.calendar;

import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the calendar's coverage on the health endpoint. A year without the official arrangement
 * is a warning, not an outage: deadlines still work, on the statutory holidays computed from the
 * holiday law (provisional), without the make-up working days.
 */
@Component("workingDayCalendarHealthIndicator")
class CalendarHealthIndicator implements HealthIndicator {

  private final WorkingDayCalendar calendar;

  CalendarHealthIndicator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Health health() {
    int thisYear = calendar.today().getYear();
    List<Integer> missing = calendar.missingYears(thisYear, thisYear + 1);
    Health.Builder health = Health.up().withDetail("coveredYears", calendar.coveredYears());
    if (!missing.isEmpty()) {
      List<Integer> provisional = calendar.provisionalYears(thisYear, thisYear + 1);
      health.withDetail("missingYears", missing)
          .withDetail("provisionalYears", provisional)
          .withDetail("warning", "No official holiday arrangement for " + missing
              + ": statutory holidays only, make-up working days unknown");
    }
    return health.build();
  }
}
