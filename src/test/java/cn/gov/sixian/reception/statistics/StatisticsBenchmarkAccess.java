package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.roster.RosterTestBeans;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lets the benchmark (another package) run the dashboard query without a Spring context. */
public final class StatisticsBenchmarkAccess {

  private final StatisticsService service;

  public StatisticsBenchmarkAccess(
      JdbcTemplate jdbc, UnitCatalogue catalogue, WorkingDayCalendar calendar) {
    this.service = new StatisticsService(new StatisticsQueries(jdbc), catalogue, calendar,
        RosterTestBeans.attendance(jdbc, catalogue, calendar, java.time.Clock.systemUTC()));
  }

  /** The whole dashboard answer for the period; null unit: every unit. */
  public StatisticsReport report(LocalDate from, LocalDate to, String unitCode) {
    return service.report(new Period(from, to),
        unitCode == null ? Scope.ALL : Scope.units(Set.of(unitCode)));
  }
}
