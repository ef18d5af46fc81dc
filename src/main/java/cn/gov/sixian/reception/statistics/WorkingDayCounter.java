package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Working days between many pairs of dates in one range, each in constant time: the calendar is
 * asked once per day of the range, not once per day per pair. Same rule as
 * {@link WorkingDayCalendar#workingDaysBetween}: the first day excluded, the last included.
 */
final class WorkingDayCounter {

  private final WorkingDayCalendar calendar;
  private final LocalDate first;
  /** cumulative[i] = working days in (first, first + i]. */
  private final int[] cumulative;

  WorkingDayCounter(WorkingDayCalendar calendar, LocalDate first, LocalDate last) {
    this.calendar = calendar;
    this.first = first;
    int days = (int) Math.max(0, ChronoUnit.DAYS.between(first, last));
    cumulative = new int[days + 1];
    LocalDate day = first;
    for (int i = 1; i <= days; i++) {
      day = day.plusDays(1);
      cumulative[i] = cumulative[i - 1] + (calendar.isWorkingDay(day) ? 1 : 0);
    }
  }

  int between(LocalDate from, LocalDate to) {
    if (from.isBefore(first) || to.isBefore(first)
        || index(from) >= cumulative.length || index(to) >= cumulative.length) {
      return calendar.workingDaysBetween(from, to);
    }
    return cumulative[index(to)] - cumulative[index(from)];
  }

  private int index(LocalDate day) {
    return (int) ChronoUnit.DAYS.between(first, day);
  }
}
