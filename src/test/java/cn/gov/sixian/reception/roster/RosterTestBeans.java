package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.allday.AllDayTestBeans;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roster's attendance wired by hand, for tests of other packages without Spring. */
public final class RosterTestBeans {

  private RosterTestBeans() {}

  public static DutyAttendance attendance(JdbcTemplate jdbc, UnitCatalogue catalogue,
      WorkingDayCalendar calendar, Clock clock) {
    DutyDays days = new DutyDays(calendar, AllDayTestBeans.readOnly(jdbc, calendar));
    return new DutyAttendance(new JdbcRoster(jdbc, clock), new JdbcCheckIns(jdbc),
        new RosterPosts(catalogue), days, new Shifts(new RosterProperties(null, null), days));
  }
}
