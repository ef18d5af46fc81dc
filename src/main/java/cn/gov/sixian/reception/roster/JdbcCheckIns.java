package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code duty_check_in} (V11). */
@Repository
class JdbcCheckIns {

  record CheckInRow(LocalDate date, String userId, String shift, String post, Instant at) {}

  private final JdbcTemplate jdbc;

  JdbcCheckIns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the person already checked in that day (also when two clicks race). */
  boolean add(CheckInRow row) {
    try {
      jdbc.update("INSERT INTO duty_check_in (duty_date, user_id, shift, post, checked_in_at)"
              + " VALUES (?, ?, ?, ?, ?)", Date.valueOf(row.date()), row.userId(), row.shift(),
          row.post(),
          JdbcTimes.timestamp(row.at()));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  Optional<CheckInRow> of(LocalDate date, String userId) {
    return between(date, date).stream().filter(r -> r.userId().equals(userId)).findFirst();
  }

  List<CheckInRow> between(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT duty_date, user_id, shift, post, checked_in_at FROM duty_check_in"
            + " WHERE duty_date BETWEEN ? AND ? ORDER BY duty_date, user_id",
        (rs, i) -> new CheckInRow(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
            rs.getString(4), JdbcTimes.instant(rs, "checked_in_at")),
        Date.valueOf(from), Date.valueOf(to));
  }
}
