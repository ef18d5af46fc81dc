package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.calendar.DayInfo;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Which days have duty: the working days of the calendar (plan part III: 每个工作日). Days off
 * get none.
 */
@Component
class DutyDays {

  private final WorkingDayCalendar calendar;

  DutyDays(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  boolean hasDuty(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  /** 「2026-10-01（国庆节）」, 「2026-12-13（周末）」: the day named as staff know it. */
  String describe(LocalDate date) {
    DayInfo day = calendar.describe(date);
    return date + "（" + (day.name() != null ? day.name() : day.kind().label()) + "）";
  }

  LocalDate today() {
    return calendar.today();
  }
}
