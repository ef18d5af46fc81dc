package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.allday.AllDayReception;
import cn.gov.sixian.reception.calendar.DayInfo;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Which days have duty: the working days of the calendar (plan part III: 每个工作日), and every
 * day of an all-day reception period. Other days off get none. Their shifts: {@link Shifts}.
 */
@Component
class DutyDays {

  private final WorkingDayCalendar calendar;
  private final AllDayReception allDay;

  DutyDays(WorkingDayCalendar calendar, AllDayReception allDay) {
    this.calendar = calendar;
    this.allDay = allDay;
  }

  /** Working days, and every day of an all-day reception period (全天候联合接访). */
  boolean hasDuty(LocalDate date) {
    return calendar.isWorkingDay(date) || allDay.inForce(date);
  }

  /** 「2026-10-01（国庆节）」, 「2026-12-13（周末）」: the day named as staff know it. */
  String describe(LocalDate date) {
    DayInfo day = calendar.describe(date);
    return date + "（" + (day.name() != null ? day.name() : day.kind().label()) + "）";
  }

  LocalDate today() {
    return calendar.today();
  }

  Instant now() {
    return calendar.now();
  }

  ZoneId zone() {
    return calendar.zone();
  }

  /** A working day of the calendar (duty without an all-day period). */
  boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  /** Whether an all-day reception period covers the day: it then has shifts round the clock. */
  boolean isAllDay(LocalDate date) {
    return allDay.inForce(date);
  }

  /** The days of the range an all-day reception period covers, read once for the range. */
  Set<LocalDate> allDaysBetween(LocalDate from, LocalDate to) {
    return allDay.daysInForce(from, to);
  }
}
