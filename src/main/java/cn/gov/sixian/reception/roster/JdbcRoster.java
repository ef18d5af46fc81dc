package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code duty_roster} (V10). */
@Repository
class JdbcRoster {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  JdbcRoster(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<RosterEntry> between(LocalDate from, LocalDate to) {
    return jdbc.query(
        "SELECT duty_date, shift, post, user_id FROM duty_roster WHERE duty_date BETWEEN ? AND ?"
            + " ORDER BY duty_date, shift, post",
        (rs, i) -> new RosterEntry(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
            rs.getString(4)),
        Date.valueOf(from), Date.valueOf(to));
  }

  Optional<String> onDuty(LocalDate date, String shift, String post) {
    return jdbc.query(
        "SELECT user_id FROM duty_roster WHERE duty_date = ? AND shift = ? AND post = ?",
        (rs, i) -> rs.getString(1), Date.valueOf(date), shift, post).stream().findFirst();
  }

  /** Puts the person on the post for the shift, replacing whoever was there. */
  void put(RosterEntry entry, String by) {
    remove(entry.date(), entry.shift(), entry.post());
    jdbc.update("INSERT INTO duty_roster (duty_date, shift, post, user_id, updated_by, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        Date.valueOf(entry.date()), entry.shift(), entry.post(), entry.userId(), by,
        JdbcTimes.timestamp(clock.instant()));
  }

  void remove(LocalDate date, String shift, String post) {
    jdbc.update("DELETE FROM duty_roster WHERE duty_date = ? AND shift = ? AND post = ?",
        Date.valueOf(date), shift, post);
  }
}
