package cn.gov.sixian.reception.calendar;

import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the calendar's coverage on the health endpoint. A missing year is a warning, not an
 * outage: deadlines still work, counting weekends only.
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
      health.withDetail("missingYears", missing)
          .withDetail("warning", "No holiday data for " + missing + ": weekends only");
    }
    return health.build();
  }
}
