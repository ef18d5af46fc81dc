package cn.gov.sixian.reception.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.statistics.StatisticsBenchmarkAccess;
import cn.gov.sixian.reception.statistics.StatisticsReport;
import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full dashboard query ({@code GET /api/statistics} for one year) on PostgreSQL with 100,000
 * closed and 5,000 open cases registered in that year, 10,000 supervision slips, 2,000
 * accountability referrals and 12,000 mediation tiers. Prints p50/p95 over repetitions; target
 * under 500 ms. Run: {@code mvn -Pbenchmark test -Dtest=DashboardQueryBenchmark}.
 */
class DashboardQueryBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate FROM = LocalDate.of(2025, 11, 21);
  private static final LocalDate TO = LocalDate.of(2026, 11, 20);
  private static final int WARM_UP = 5;
  private static final int RUNS = 30;

  @Test
  void fullDashboardForOneYear() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      // a small fixed pool, as the application has (its report runs two scans in parallel)
      HikariConfig pool = new HikariConfig();
      pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      pool.setUsername("postgres");
      pool.setMinimumIdle(4);
      pool.setMaximumPoolSize(4);
      HikariDataSource dataSource = new HikariDataSource(pool);
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      UnitCatalogue catalogue = UnitCatalogue.builtIn();
      long seedStart = System.nanoTime();
      seed(jdbc, catalogue);
      System.out.printf("Seeded in %d ms%n", (System.nanoTime() - seedStart) / 1_000_000);

      Clock now = Clock.fixed(
          LocalDateTime.parse("2026-11-20T10:00").atZone(ZONE).toInstant(), ZONE);
      StatisticsBenchmarkAccess statistics =
          new StatisticsBenchmarkAccess(jdbc, catalogue, WorkingDayCalendar.builtIn(now));

      StatisticsReport report = statistics.report(FROM, TO, null);
      assertThat(report.overall().registered()).isEqualTo(105_000);
      assertThat(report.overall().slipsIssued()).isEqualTo(10_000);
      assertThat(report.overall().referrals()).isEqualTo(2_000);
      assertThat(report.overall().escalations()).isEqualTo(9_000);
      System.out.printf("One year: %d cases, %d closed, %d open (%d overdue), %d units, %d weeks,"
              + " %d overdue listed%n", report.overall().registered(), report.overall().closed(),
          report.overall().open(), report.overall().overdue(), report.byUnit().size(),
          report.weekly().size(), report.overdue().size());

      List<Integer> backends = jdbc.queryForList("SELECT pid FROM pg_stat_activity"
          + " WHERE backend_type = 'client backend'", Integer.class);
      time("all units", backends, () -> statistics.report(FROM, TO, null));
      time("one unit (gaj)", backends, () -> statistics.report(FROM, TO, "gaj"));
      dataSource.close();
    }
  }

  /**
   * Wall-clock percentiles, and the CPU time the query costs (the JVM plus the PostgreSQL
   * backends serving it, read from /proc): on a shared, loaded machine the wall clock mostly
   * measures waiting for a core, the CPU time what the query itself needs.
   */
  private static void time(String label, List<Integer> backends, Runnable query)
      throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      query.run();
    }
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long backendStart = backendCpuMillis(backends);
    long[] millis = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      query.run();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long javaCpu = (os.getProcessCpuTime() - cpuStart) / 1_000_000 / RUNS;
    long backendCpu = backendStart < 0 ? -1 : (backendCpuMillis(backends) - backendStart) / RUNS;
    Arrays.sort(millis);
    System.out.printf("Dashboard query, one year, %s: p50 %d ms, p95 %d ms, max %d ms (%d runs;"
            + " target < 500 ms); CPU per query: JVM %d ms + PostgreSQL %d ms; load average %s%n",
        label, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1], RUNS,
        javaCpu, backendCpu, loadAverage());
  }

  /** utime + stime of processes in ms (Linux /proc; clock ticks of 10 ms), -1 elsewhere. */
  private static long backendCpuMillis(List<Integer> pids) {
    long sum = 0;
    try {
      for (int pid : pids) {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        sum += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
      }
      return sum;
    } catch (Exception e) {
      return -1;
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "?";
    }
  }

  /** Bulk SQL: generate_series, spread over the year and over units, categories, townships. */
  private static void seed(JdbcTemplate jdbc, UnitCatalogue catalogue) {
    List<String> units = new ArrayList<>();
    List<String> townships = new ArrayList<>();
    for (Unit u : catalogue.units()) {
      (u.code().startsWith("town-") ? townships : units).add(u.code());
    }
    String unitArray = array(units);
    String townArray = array(townships);
    String categoryArray = array(catalogue.categories().stream().map(ProblemCategory::code).toList());
    String base = "(SELECT g, TIMESTAMP '2025-11-21 08:30' + (g % 365) * INTERVAL '1 day'"
        + " + (g % 480) * INTERVAL '1 minute' AS reg,"
        + " " + unitArray + "[1 + g % " + units.size() + "] AS unit,"
        + " " + townArray + "[1 + g % " + townships.size() + "] AS town,"
        + " " + categoryArray + "[1 + g % " + catalogue.categories().size() + "] AS category";
    String columns = "INSERT INTO petition_case (case_number, process_instance_id, registered_at,"
        + " petitioner_name, id_number, problem_category, township, visitor_count, group_visit,"
        + " first_visit, unit_code, unit_name, status, outcome, satisfaction, closed_at, stage,"
        + " stage_name, transferred_at, acceptance_due, acceptance_decided_at, accepted_at,"
        + " handling_due, replied_at, current_due, skip_level, handling_working_days) ";
    jdbc.update(columns
        + "SELECT 'C' || lpad(g::text, 7, '0'), 'pi-c' || g, reg, '测试', '341322199001011234',"
        + " category, town, CASE WHEN g % 25 = 0 THEN 6 ELSE 1 END, g % 25 = 0, g % 6 <> 0, unit,"
        + " NULL, 'CLOSED', 'REPLIED',"
        + " (ARRAY['SATISFIED','BASICALLY_SATISFIED','DISSATISFIED','NOT_EVALUATED'])[1 + g % 4],"
        + " reg + (g % 70) * INTERVAL '1 day', 'Event_CaseArchived', '已结案归档',"
        + " reg + INTERVAL '1 hour', reg + INTERVAL '15 days', reg + (g % 18) * INTERVAL '1 day',"
        + " reg + (g % 18) * INTERVAL '1 day', reg + (g % 18 + 60) * INTERVAL '1 day',"
        + " reg + (g % 70) * INTERVAL '1 day', NULL, g % 97 = 0, (g % 70) * 5 / 7"
        + " FROM " + base + " FROM generate_series(1, 100000) g) s");
    jdbc.update(columns
        + "SELECT 'O' || lpad(g::text, 7, '0'), 'pi-o' || g, reg, '测试', '341322199001011234',"
        + " category, town, 1, false, g % 6 <> 0, unit, NULL, 'OPEN', NULL, NULL, NULL,"
        + " (ARRAY['Task_DecideAcceptance','Task_HandleCase','Task_ConfirmFeedback',"
        + "   'CallActivity_Mediation'])[1 + g % 4],"
        + " (ARRAY['受理审查','办理并书面答复','确认办理结果反馈','组织调解处理'])[1 + g % 4],"
        + " reg + INTERVAL '1 hour', reg + INTERVAL '15 days', NULL, NULL,"
        + " reg + INTERVAL '75 days', NULL,"
        + " CASE g % 4 WHEN 0 THEN reg + INTERVAL '15 days' WHEN 1 THEN reg + INTERVAL '75 days'"
        + "   ELSE NULL END, false, NULL"
        + " FROM " + base + " FROM generate_series(1, 5000) g) s");
    jdbc.update("INSERT INTO supervision_slip (slip_number, case_number, process_instance_id,"
        + " unit_code, unit_name, reason, issued_at, feedback_due, answered_at, late, status)"
        + " SELECT 'S' || g, 'C' || lpad((g * 7)::text, 7, '0'), 'sup-' || g, unit, unit, 'MANUAL',"
        + " reg + INTERVAL '2 hours', reg + INTERVAL '7 days',"
        + " CASE WHEN g % 10 = 0 THEN NULL ELSE reg + (g % 9) * INTERVAL '1 day' END,"
        + " false, 'ANSWERED'"
        + " FROM " + base + " FROM generate_series(1, 10000) g) s");
    jdbc.update("INSERT INTO accountability_referral (process_instance_id, case_number, unit_code,"
        + " reason, proposed_at) SELECT 'R' || g, 'C' || lpad((g * 13)::text, 7, '0'), unit,"
        + " 'SLIP_OVERDUE', reg + INTERVAL '3 hours'"
        + " FROM " + base + " FROM generate_series(1, 2000) g) s");
    jdbc.update("INSERT INTO mediation_tier (case_number, process_instance_id, tier, started_at,"
        + " ended_at, outcome, overdue, working_days)"
        + " SELECT 'C' || lpad((g * 3)::text, 7, '0'), 'med-' || g, 1 + g % 4,"
        + " reg + INTERVAL '1 hour', reg + (g % 9) * INTERVAL '1 day' + INTERVAL '2 hours',"
        + " (ARRAY['RESOLVED','ESCALATE','ESCALATE','DECIDED'])[1 + g % 4], false, (g % 9) * 5 / 7"
        + " FROM " + base + " FROM generate_series(1, 12000) g) s");
    jdbc.execute("ANALYZE");
  }

  private static String array(List<String> values) {
    return values.stream().map(v -> "'" + v + "'")
        .collect(Collectors.joining(",", "(ARRAY[", "])"));
  }
}
