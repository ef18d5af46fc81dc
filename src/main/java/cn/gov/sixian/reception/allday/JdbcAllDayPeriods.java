package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code all_day_reception} (V12). */
@Repository
class JdbcAllDayPeriods {

  private static final String COLUMNS =
      "SELECT id, starts_on, ends_on, reason, opened_by, closed_on, closed_by FROM all_day_reception";

  private final JdbcTemplate jdbc;

  JdbcAllDayPeriods(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(AllDayPeriod period, Instant at) {
    jdbc.update("INSERT INTO all_day_reception (id, starts_on, ends_on, reason, opened_by, opened_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)", period.id(), Date.valueOf(period.from()),
        Date.valueOf(period.to()), period.reason(), period.openedBy(), JdbcTimes.timestamp(at));
  }

  /** Closes it unless closed already (two directors at once): false then. */
  boolean close(String id, LocalDate on, String by, Instant at) {
    return jdbc.update("UPDATE all_day_reception SET closed_on = ?, closed_by = ?, closed_at = ?"
        + " WHERE id = ? AND closed_on IS NULL", Date.valueOf(on), by, JdbcTimes.timestamp(at), id) == 1;
  }

  Optional<AllDayPeriod> find(String id) {
    return jdbc.query(COLUMNS + " WHERE id = ?", JdbcAllDayPeriods::period, id).stream().findFirst();
  }

  /** Periods that end on or after the day, earliest first. */
  List<AllDayPeriod> endingOnOrAfter(LocalDate day) {
    return jdbc.query(COLUMNS + " WHERE ends_on >= ? ORDER BY starts_on", JdbcAllDayPeriods::period,
        Date.valueOf(day));
  }

  /** Periods begun on or before the day, earliest first. */
  List<AllDayPeriod> begunBy(LocalDate day) {
    return jdbc.query(COLUMNS + " WHERE starts_on <= ? ORDER BY starts_on", JdbcAllDayPeriods::period,
        Date.valueOf(day));
  }

  List<AllDayPeriod> overlapping(LocalDate from, LocalDate to) {
    return jdbc.query(COLUMNS + " WHERE starts_on <= ? AND ends_on >= ? ORDER BY starts_on",
        JdbcAllDayPeriods::period, Date.valueOf(to), Date.valueOf(from));
  }

  private static AllDayPeriod period(ResultSet rs, int row) throws SQLException {
    Date closed = rs.getDate("closed_on");
    return new AllDayPeriod(rs.getString("id"), rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(), rs.getString("reason"), rs.getString("opened_by"),
        closed == null ? null : closed.toLocalDate(), rs.getString("closed_by"));
  }
}
