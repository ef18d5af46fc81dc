package cn.gov.sixian.reception.allday;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The table {@code all_day_report} (V13) and the case register queries a day's report needs. */
@Repository
class JdbcDailyReports {

  private static final RowMapper<DailyReport> ROW = (rs, i) -> new DailyReport(
      rs.getDate("report_date").toLocalDate(), rs.getString("period_id"), rs.getInt("registered"),
      rs.getInt("group_visits"), rs.getInt("repeat_petitions"), rs.getInt("closed"),
      rs.getInt("open_cases"), rs.getInt("overdue"), rs.getString("body"),
      instant(rs, "created_at"));

  /** A case registered that day that the report lists (集体访 or 重复信访). */
  record Listed(String caseNumber, String unitName, String category, boolean groupVisit,
      boolean repeatPetition) {}

  private final JdbcTemplate jdbc;

  JdbcDailyReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(LocalDate date) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM all_day_report WHERE report_date = ?",
        Integer.class, Date.valueOf(date)) > 0;
  }

  /** Throws on a report of that day written meanwhile (the key): the job is retried and skips it. */
  void insert(DailyReport r) {
    jdbc.update("INSERT INTO all_day_report (report_date, period_id, registered, group_visits,"
        + " repeat_petitions, closed, open_cases, overdue, body, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Date.valueOf(r.date()), r.periodId(),
        r.registered(), r.groupVisits(), r.repeatPetitions(), r.closed(), r.openCases(),
        r.overdue(), r.text(), timestamp(r.createdAt()));
  }

  List<DailyReport> ofPeriod(String periodId) {
    return jdbc.query("SELECT * FROM all_day_report WHERE period_id = ? ORDER BY report_date",
        ROW, periodId);
  }

  int registered(Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case WHERE registered_at >= ?"
        + " AND registered_at < ?", Integer.class, timestamp(from), timestamp(to));
  }

  int closed(Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case WHERE status = 'CLOSED'"
        + " AND closed_at >= ? AND closed_at < ?", Integer.class, timestamp(from), timestamp(to));
  }

  int open() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case WHERE status = 'OPEN'",
        Integer.class);
  }

  int overdue(Instant now) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case WHERE status = 'OPEN'"
        + " AND current_due < ?", Integer.class, timestamp(now));
  }

  /** The day's group visits and repeat petitions, in registration order. */
  List<Listed> listed(Instant from, Instant to) {
    return jdbc.query("SELECT case_number, unit_name, problem_category, group_visit, first_visit"
        + " FROM petition_case WHERE registered_at >= ? AND registered_at < ?"
        + " AND (group_visit OR NOT first_visit) ORDER BY registered_at, case_number",
        (rs, i) -> new Listed(rs.getString("case_number"), rs.getString("unit_name"),
            rs.getString("problem_category"), rs.getBoolean("group_visit"),
            !rs.getBoolean("first_visit")), timestamp(from), timestamp(to));
  }
}
