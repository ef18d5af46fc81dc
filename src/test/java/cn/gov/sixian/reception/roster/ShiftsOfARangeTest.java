package cn.gov.sixian.reception.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.allday.AllDayTestBeans;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A month's roster view asks for the all-day periods once, not once or three times per day, and
 * gets the same shifts as asking day by day.
 */
class ShiftsOfARangeTest {

  private final AtomicInteger periodReads = new AtomicInteger();

  @Test
  void aRangeReadsThePeriodsOnceAndGivesEachDaysShifts() {
    JdbcTemplate jdbc = database();
    // Qingming 2026: a period from Friday 04-03 to Monday 04-06, closed early on 04-06
    jdbc.update("INSERT INTO all_day_reception (id, starts_on, ends_on, reason, opened_by,"
        + " opened_at, closed_on, closed_by, closed_at) VALUES ('p1', DATE '2026-04-03',"
        + " DATE '2026-04-06', '清明节', 'zhuren', TIMESTAMP '2026-04-01 09:00:00',"
        + " DATE '2026-04-06', 'zhuren', TIMESTAMP '2026-04-06 08:00:00')");
    Clock clock = Clock.fixed(Instant.parse("2026-04-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    WorkingDayCalendar calendar = WorkingDayCalendar.builtIn(clock);
    DutyDays days = new DutyDays(calendar, AllDayTestBeans.readOnly(jdbc, calendar));
    Shifts shifts = new Shifts(new RosterProperties(null, null), days);
    LocalDate from = LocalDate.of(2026, 3, 30);
    LocalDate to = LocalDate.of(2026, 4, 12);

    periodReads.set(0);
    Map<LocalDate, List<Shift>> range = shifts.between(from, to);
    assertThat(periodReads).hasValue(1);

    assertThat(range).hasSize(14);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      assertThat(range.get(day)).as("%s", day).isEqualTo(shifts.of(day));
    }
    // Saturday and Sunday of the period: 白班 and 夜班; Monday, closed that day: none (a holiday)
    assertThat(range.get(LocalDate.of(2026, 4, 4))).extracting(Shift::code)
        .containsExactly("day", "night");
    assertThat(range.get(LocalDate.of(2026, 4, 5))).extracting(Shift::code)
        .containsExactly("day", "night");
    assertThat(range.get(LocalDate.of(2026, 4, 6))).isEmpty();
    // an ordinary working day: the day shift only; an ordinary weekend: none
    assertThat(range.get(LocalDate.of(2026, 4, 8))).extracting(Shift::code).containsExactly("day");
    assertThat(range.get(LocalDate.of(2026, 4, 11))).isEmpty();
  }

  private JdbcTemplate database() {
    String url = "jdbc:h2:mem:shifts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(dataSource) {
      @Override
      public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
        if (sql.contains("all_day_reception")) {
          periodReads.incrementAndGet();
        }
        return super.query(sql, rowMapper, args);
      }
    };
  }
}
