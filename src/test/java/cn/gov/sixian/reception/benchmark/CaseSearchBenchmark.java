package cn.gov.sixian.reception.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.caseregister.CaseSearchBenchmarkAccess;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.catalogue.UnitType;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.intake.IdNumbers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The case search ({@code GET /api/cases}, docs/api.md "Find a case") on PostgreSQL with 100,000
 * closed and 5,000 open cases registered within the last year, each readable by its unit's two
 * groups (a tenth by a second unit too). Times the whole search as the application runs it — the
 * caller's reading scope, the query with its window count, the access-log entry — without HTTP:
 * a name search as registration staff, an ID-number search, and a unit's overdue list. Prints
 * p50/p95/max over {@code -Dbenchmark.repetitions} (200) runs each after 20 warm-up runs, the
 * three kinds alternating; target p95 under 200 ms.
 *
 * <p>The application boots with the production profile on an embedded PostgreSQL (Flyway, engine,
 * access plan). The register and {@code case_reader} rows are seeded with bulk SQL, not through
 * the engine: the search reads only these two tables, so engine rows would not change what is
 * measured. Run: {@code mvn -Pbenchmark test -Dtest=CaseSearchBenchmark}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "RECEPTION_ADMIN_USER=bench-admin",
      "RECEPTION_ADMIN_PASSWORD=Bench#Admin-2026",
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("postgres")
class CaseSearchBenchmark {

  private static final int CLOSED = 100_000;
  private static final int OPEN = 5_000;
  private static final int REPETITIONS = Integer.getInteger("benchmark.repetitions", 200);
  private static final int WARM_UP = 20;
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
  private static final String GIVEN1 = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆";
  private static final String GIVEN2 = "一二三四五六七八九十春夏秋冬东南西北金木水火土山川云雨雪风月日星光明亮清正和安";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final LocalDate BIRTH_BASE = LocalDate.of(1950, 1, 1);

  private static final EmbeddedPostgres POSTGRES =
      BenchmarkPostgres.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchmarkPostgres.register(registry, POSTGRES);
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired UnitCatalogue catalogue;
  @Autowired IdentityService identityService;
  @Autowired ApplicationContext context;

  @Test
  void searches() {
    List<String> units = catalogue.units().stream().filter(u -> u.type() == UnitType.COUNTY_UNIT)
        .map(Unit::code).toList();
    List<String> townships = catalogue.units().stream()
        .filter(u -> u.type() == UnitType.TOWNSHIP).map(Unit::code).toList();
    long start = System.nanoTime();
    seed(units, townships);
    System.out.printf("Seeded %d cases and %d reader rows in %d ms%n",
        jdbc.queryForObject("SELECT COUNT(*) FROM petition_case", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM case_reader", Long.class),
        (System.nanoTime() - start) / 1_000_000);
    CaseSearchBenchmarkAccess search = new CaseSearchBenchmarkAccess(context);
    String unit = units.get(0);

    Kind byName = new Kind("name search, registration staff", "bench-dengji",
        List.of(ReceptionGroups.REGISTRATION_STAFF),
        i -> Map.of("name", List.of(name(i))));
    Kind byId = new Kind("ID-number search, registration staff", "bench-dengji",
        List.of(ReceptionGroups.REGISTRATION_STAFF),
        i -> Map.of("idNumber", List.of(idNumber(1 + (i * 7919) % (CLOSED + OPEN)))));
    Kind overdue = new Kind("overdue list of unit " + unit + ", unit staff", "bench-" + unit,
        List.of("unit-" + unit), i -> Map.of("state", List.of("overdue")));
    List<Kind> kinds = List.of(byName, byId, overdue);
    for (Kind kind : kinds) {
      long[] answer = run(search, kind, 0);
      System.out.printf("%s: %d found, %d on the first page%n", kind.label, answer[0], answer[1]);
      assertThat(answer[0]).as(kind.label).isPositive();
    }
    for (int i = 0; i < WARM_UP; i++) {
      for (Kind kind : kinds) {
        run(search, kind, i);
      }
    }
    for (int i = 0; i < REPETITIONS; i++) {
      for (Kind kind : kinds) {
        long t = System.nanoTime();
        run(search, kind, i);
        kind.millis[i] = (System.nanoTime() - t) / 1e6;
      }
    }
    String load = loadAverage();
    System.out.printf("%nCase search on PostgreSQL, %d closed + %d open cases, N = %d each, "
        + "access checks and access log on; load average %s%n", CLOSED, OPEN, REPETITIONS, load);
    for (Kind kind : kinds) {
      double[] m = kind.millis.clone();
      Arrays.sort(m);
      System.out.printf("  %-45s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", kind.label,
          m[m.length / 2], m[(int) Math.ceil(m.length * 0.95) - 1], m[m.length - 1]);
    }
    System.out.printf("Access-log entries written: %d%n",
        jdbc.queryForObject("SELECT COUNT(*) FROM case_access_log", Long.class));
  }

  private long[] run(CaseSearchBenchmarkAccess search, Kind kind, int i) {
    identityService.setAuthentication(kind.user, kind.groups);
    try {
      return search.search(kind.parameters.apply(i));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static final class Kind {
    final String label;
    final String user;
    final List<String> groups;
    final IntFunction<Map<String, List<String>>> parameters;
    final double[] millis = new double[REPETITIONS];

    Kind(String label, String user, List<String> groups,
        IntFunction<Map<String, List<String>>> parameters) {
      this.label = label;
      this.user = user;
      this.groups = groups;
      this.parameters = parameters;
    }
  }

  /** Two characters of a seeded name: a surname and a first given character, e.g. 张伟. */
  private static String name(int i) {
    return "" + SURNAMES.charAt(i % SURNAMES.length())
        + GIVEN1.charAt((i / SURNAMES.length()) % GIVEN1.length());
  }

  /** The seeded ID number of case g (the same formula as the SQL below). */
  private static String idNumber(int g) {
    String first17 = "341324" + BIRTH_BASE.plusDays(g % 20_000).toString().replace("-", "")
        + String.format("%03d", g / 20_000);
    return first17 + IdNumbers.checkChar(first17);
  }

  /**
   * Bulk SQL: case g (1 … 105,000) registered (g % 365) days ago, its unit, township, category
   * and name spread by g; the open ones (g > 100,000) wait at acceptance or handling, a third of
   * them past their deadline. Readers: the unit's staff and leaders groups, every tenth case a
   * second unit's as well (transferred).
   */
  private void seed(List<String> units, List<String> townships) {
    String first17 = "'341324' || to_char(DATE '1950-01-01' + (g % 20000), 'YYYYMMDD')"
        + " || lpad((g / 20000)::text, 3, '0')";
    StringBuilder sum = new StringBuilder("(");
    for (int i = 0; i < 17; i++) {
      sum.append(i == 0 ? "" : " + ").append("substr(f, ").append(i + 1).append(", 1)::int * ")
          .append(WEIGHTS[i]);
    }
    sum.append(")");
    String categories = array(catalogue.categories().stream().map(c -> c.code()).toList());
    String base = "SELECT g, f, now() - (g % 365) * INTERVAL '1 day' - (g % 480) * INTERVAL"
        + " '1 minute' AS reg, " + array(units) + "[1 + g % " + units.size() + "] AS unit, "
        + array(units) + "[1 + (g + 7) % " + units.size() + "] AS second_unit, "
        + array(townships) + "[1 + g % " + townships.size() + "] AS town, "
        + categories + "[1 + g % " + catalogue.categories().size() + "] AS category,"
        + " substr('" + SURNAMES + "', 1 + g % " + SURNAMES.length() + ", 1)"
        + " || substr('" + GIVEN1 + "', 1 + (g / " + SURNAMES.length() + ") % " + GIVEN1.length()
        + ", 1) || substr('" + GIVEN2 + "', 1 + (g / " + SURNAMES.length() * GIVEN1.length()
        + ") % " + GIVEN2.length() + ", 1) AS name"
        + " FROM (SELECT g, " + first17 + " AS f FROM generate_series(1, " + (CLOSED + OPEN)
        + ") g) s";
    jdbc.execute("CREATE TEMPORARY TABLE seed AS " + base);
    jdbc.update("INSERT INTO petition_case (case_number, process_instance_id, registered_at,"
        + " petitioner_name, id_number, phone, problem_category, township, visitor_count,"
        + " group_visit, first_visit, unit_code, unit_name, status, closed_at, stage, stage_name,"
        + " current_due)"
        + " SELECT 'JF-B-' || lpad(g::text, 7, '0'), 'pi-' || g, reg, name,"
        + " f || substr('10X98765432', 1 + " + sum + " % 11, 1),"
        + " '139' || lpad(g::text, 8, '0'), category, town, 1, false, true, unit, NULL,"
        + " CASE WHEN g <= " + CLOSED + " THEN 'CLOSED' ELSE 'OPEN' END,"
        + " CASE WHEN g <= " + CLOSED + " THEN reg + INTERVAL '30 days' END,"
        + " CASE WHEN g <= " + CLOSED + " THEN 'Event_CaseArchived'"
        + "   WHEN g % 2 = 0 THEN 'Task_DecideAcceptance' ELSE 'Task_HandleCase' END,"
        + " CASE WHEN g <= " + CLOSED + " THEN '已结案归档'"
        + "   WHEN g % 2 = 0 THEN '受理审查' ELSE '办理并书面答复' END,"
        + " CASE WHEN g <= " + CLOSED + " THEN NULL"
        + "   WHEN g % 3 = 0 THEN now() - (g % 20) * INTERVAL '1 day'"
        + "   ELSE now() + (g % 40) * INTERVAL '1 day' END"
        + " FROM seed");
    jdbc.update("INSERT INTO case_reader (case_number, group_id)"
        + " SELECT 'JF-B-' || lpad(g::text, 7, '0'), 'unit-' || unit FROM seed"
        + " UNION ALL SELECT 'JF-B-' || lpad(g::text, 7, '0'), 'unit-' || unit || '-leaders' FROM seed"
        + " UNION ALL SELECT 'JF-B-' || lpad(g::text, 7, '0'), 'unit-' || second_unit FROM seed"
        + "   WHERE g % 10 = 0"
        + " UNION ALL SELECT 'JF-B-' || lpad(g::text, 7, '0'), 'unit-' || second_unit || '-leaders'"
        + "   FROM seed WHERE g % 10 = 0");
    jdbc.execute("DROP TABLE seed");
    jdbc.execute("VACUUM ANALYZE petition_case");
    jdbc.execute("VACUUM ANALYZE case_reader");
  }

  private static String array(List<String> values) {
    return values.stream().map(v -> "'" + v + "'")
        .collect(Collectors.joining(",", "(ARRAY[", "])"));
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

}
