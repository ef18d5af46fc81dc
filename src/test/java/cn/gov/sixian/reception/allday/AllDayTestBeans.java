package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;

/** The all-day reception periods wired by hand, read-only (no caller), for tests without Spring. */
public final class AllDayTestBeans {

  private AllDayTestBeans() {}

  public static AllDayReception readOnly(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    return new AllDayReception(new JdbcAllDayPeriods(jdbc), calendar, null);
  }
}
