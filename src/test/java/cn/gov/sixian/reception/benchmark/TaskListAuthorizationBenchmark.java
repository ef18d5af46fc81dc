package cn.gov.sixian.reception.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.ProcessVariables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long a unit user's first Tasklist page takes at 30,000 open tasks on PostgreSQL, with
 * authorization checks on and off (issue 5, "Unit isolation must stay fast"), beside the engine's
 * default strategy; and, as the price of the other strategy, a supervisor's Cockpit-like page
 * (docs/development.md "Performance of unit isolation"). Checks on are measured twice: with the
 * application's statements (access/AuthorizationCheckSql) and with the engine's own (its
 * statement mappings without the application's), interleaved, so that issue 16's ratios (a
 * unit's page within 1.5x of checks off, the supervisor's p95 at most 100 ms) compare before and
 * after under the same load.
 *
 * <p>The application context itself is booted with the production profile ({@code postgres}) on
 * an embedded PostgreSQL, so the engine configuration, the Flyway migrations and the Tasklist
 * filters are exactly those the application runs. A benchmark, not a test: its own Spring Boot
 * configuration is acceptable because {@code mvn test} never runs it. Run it with
 * {@code mvn -Pbenchmark test -Dtest=TaskListAuthorizationBenchmark}; optional
 * {@code -Dbenchmark.tasks=30000 -Dbenchmark.repetitions=200
 * -Dbenchmark.dataDirectory=/tmp/bench-pg} (keeps the seeded database across runs).
 *
 * <p>Seeding goes through the engine (several threads), so every task has its real candidate-group
 * identity link and the per-task authorization Camunda's DefaultAuthorizationProvider creates for
 * it. The seeded model is one user task with the shape of the unit tasks of the joint reception
 * (candidate group {@code ${receivingGroup}}, a due date, the four variables the filters show);
 * no rows are cloned with SQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "RECEPTION_ADMIN_USER=bench-admin",
      "RECEPTION_ADMIN_PASSWORD=Bench#Admin-2026",
      // authorization checks on, as in production (redundant once access control sets it)
      "camunda.bpm.authorization.enabled=true",
      // no timers or e-mails competing with the measurement for the machine's cores
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("postgres")
class TaskListAuthorizationBenchmark {

  private static final int TASKS = Integer.getInteger("benchmark.tasks", 30_000);
  private static final int REPETITIONS = Integer.getInteger("benchmark.repetitions", 200);
  private static final int WARM_UP = 30;
  /** Stock Camunda needs tens of seconds per page: stop a mode after this long, and say so. */
  private static final Duration BUDGET =
      Duration.ofSeconds(Integer.getInteger("benchmark.budgetSeconds", 420));
  private static final int SEED_THREADS = 4;
  private static final String PROCESS = "benchmark-unit-task";
  /** The unit whose staff user is measured: 县公安局, a resident unit with the most tasks. */
  private static final String UNIT = "gaj";
  private static final String USER = "gaj-staff";
  private static final String SUPERVISOR = "ducha";
  /** The Tasklist filter of a unit's staff (see TaskFilterInitializer). */
  private static final String UNIT_FILTER = "本单位待办";
  /** Created by the application's AuthorizationCheckIndexPlugin. */
  private static final String AUTH_CHECK_INDEX = "RECEPTION_IDX_AUTH_CHECK";

  private static final EmbeddedPostgres POSTGRES =
      BenchmarkPostgres.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchmarkPostgres.register(registry, POSTGRES);
  }

  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired UnitCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuthorizationService authorizationService;

  /** The application's setting, restored after the other strategies have been measured. */
  private String configuredRevokes;
  /** The engine's statement mappings with the application's (access/AuthorizationCheckSql), and without. */
  private Map<String, String> applicationsStatements;
  private Map<String, String> enginesStatements;
  /** Counted before any user is authenticated (authorizations are themselves checked). */
  private int markedUnitGroups;

  /** The modes measured, alternating page by page. */
  private enum Mode {
    ON("checks ON, the application's way"),
    ENGINE("checks ON, the engine's own statements (before 0007)"),
    OFF("checks OFF"),
    JOIN("checks ON, the join for all (revokes: never)"),
    ROWS("checks ON, row checks for all (revokes: always)");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  private void use(Mode mode) {
    engineConfiguration.setAuthorizationEnabled(mode != Mode.OFF);
    engineConfiguration.getDbSqlSessionFactory().setStatementMappings(
        mode == Mode.ENGINE ? enginesStatements : applicationsStatements);
    engineConfiguration.setAuthorizationCheckRevokes(switch (mode) {
      case JOIN -> "never";
      case ROWS -> "always";
      default -> configuredRevokes;
    });
  }

  @Test
  void firstTasklistPageOfAUnitUser() throws Exception {
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
    configuredRevokes = engineConfiguration.getAuthorizationCheckRevokes();
    applicationsStatements = engineConfiguration.getDbSqlSessionFactory().getStatementMappings();
    enginesStatements = new HashMap<>(applicationsStatements);
    enginesStatements.keySet().removeIf(name -> name.startsWith("select")
        && applicationsStatements.get(name).startsWith("cn.gov.sixian."));
    assertThat(enginesStatements).hasSizeLessThan(applicationsStatements.size());
    seed();
    grantSupervisorsCockpitReading();
    jdbc.execute("VACUUM ANALYZE");

    Filter filter = filterService.createFilterQuery().filterName(UNIT_FILTER).singleResult();
    assertThat(filter).as("filter %s", UNIT_FILTER).isNotNull();
    long unitTasks = taskService.createTaskQuery().taskCandidateGroup("unit-" + UNIT).count();
    long openTasks = taskService.createTaskQuery().count();
    markedUnitGroups = markedGroups().size();
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .count();
    Page tasklist = new Page(USER, List.of("unit-" + UNIT), List.of(Mode.ON, Mode.ENGINE, Mode.OFF, Mode.JOIN),
        () -> filterService.listPage(filter.getId(), tasklistQuery(), 0, 15).size(),
        () -> filterService.count(filter.getId(), tasklistQuery()));
    Page cockpit = new Page(SUPERVISOR, List.of(ReceptionGroups.SUPERVISORS),
        List.of(Mode.ON, Mode.ENGINE, Mode.OFF, Mode.ROWS),
        () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
            .orderByProcessInstanceId().asc().listPage(0, 50).size(),
        () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count());
    try {
      assertThat(markedGroups()).as("unit groups carry the row-check marker")
          .contains("unit-" + UNIT).doesNotContain(ReceptionGroups.SUPERVISORS);
      for (Mode mode : Mode.values()) {
        assertThat(firstPage(filter, mode)).as("the unit's page, %s", mode)
            .isEqualTo(firstPage(filter, Mode.OFF));
        use(mode);
        assertThat(filterService.count(filter.getId(), tasklistQuery())).isEqualTo(unitTasks);
      }
      Timings[] unit = measureInterleaved(tasklist);
      Timings[] supervisor = measureInterleaved(cockpit);
      print(openTasks, unitTasks, instances, unit, supervisor);
      // -Dbenchmark.holdSeconds=600 keeps the database up for EXPLAIN ANALYZE with psql
      Thread.sleep(1000L * Integer.getInteger("benchmark.holdSeconds", 0));
    } finally {
      use(Mode.ON);
      identityService.clearAuthentication();
    }
  }

  private List<String> markedGroups() {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).resourceType(Resources.APPLICATION)
        .resourceId("row-checks").list().stream().map(Authorization::getGroupId).toList();
  }

  /** A page and its count, asked by a user with their groups. */
  private record Page(String user, List<String> groups, List<Mode> modes, LongSupplier list,
      LongSupplier count) {}

  private List<String> firstPage(Filter filter, Mode mode) {
    use(mode);
    identityService.setAuthentication(USER, List.of("unit-" + UNIT));
    List<Task> first = filterService.listPage(filter.getId(), tasklistQuery(), 0, 15);
    assertThat(first).hasSize(15);
    return first.stream().map(Task::getId).toList();
  }

  /**
   * Supervisors read every case in Cockpit: READ_INSTANCE on all process definitions, the wide
   * grant that the join of Camunda's default handles well (kept if already granted).
   */
  private void grantSupervisorsCockpitReading() {
    Authorization grant = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(ReceptionGroups.SUPERVISORS).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(ReceptionGroups.SUPERVISORS);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(Authorization.ANY);
    }
    grant.addPermission(Permissions.READ);
    grant.addPermission(Permissions.READ_INSTANCE);
    authorizationService.saveAuthorization(grant);
  }

  /**
   * The modes alternate page by page, so that all see the same load on a shared machine.
   */
  private Timings[] measureInterleaved(Page page) {
    identityService.setAuthentication(page.user(), page.groups());
    Mode[] modes = Mode.values();
    List<Mode> measured = page.modes();
    long deadline = System.nanoTime() + BUDGET.toNanos();
    int warmUp = 0;
    while (warmUp < WARM_UP && System.nanoTime() < deadline) {
      for (Mode mode : measured) {
        use(mode);
        page.list().getAsLong();
        page.count().getAsLong();
      }
      warmUp++;
    }
    long[][] list = new long[modes.length][REPETITIONS];
    long[][] count = new long[modes.length][REPETITIONS];
    long[][] both = new long[modes.length][REPETITIONS];
    int n = 0;
    while (n < REPETITIONS && (n < 3 || System.nanoTime() < deadline)) {
      for (Mode mode : measured) {
        use(mode);
        int m = mode.ordinal();
        long start = System.nanoTime();
        list[m][n] = time(page.list());
        count[m][n] = time(page.count());
        both[m][n] = System.nanoTime() - start;
      }
      n++;
    }
    Timings[] result = new Timings[modes.length];
    for (Mode mode : measured) {
      int m = mode.ordinal();
      result[m] = new Timings(warmUp, n, new Stats(Arrays.copyOf(list[m], n)),
          new Stats(Arrays.copyOf(count[m], n)), new Stats(Arrays.copyOf(both[m], n)));
    }
    return result;
  }

  /**
   * What Tasklist sends with the filter: {@code {"sorting":[{"sortBy":"created","sortOrder":
   * "desc"}],"active":true}} (its default sorting), merged by the engine with the filter's own
   * ordering by due date.
   */
  private TaskQuery tasklistQuery() {
    return taskService.createTaskQuery().active().orderByTaskCreateTime().desc();
  }

  private static long time(LongSupplier call) {
    long start = System.nanoTime();
    call.getAsLong();
    return System.nanoTime() - start;
  }

  // ---- seeding ------------------------------------------------------------------------------

  private void seed() throws Exception {
    long existing = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .count();
    if (existing >= TASKS) {
      System.out.printf("Seeding skipped: %d open benchmark tasks already there%n", existing);
      return;
    }
    deployModel();
    List<String> groups = groupsByWeight();
    int remaining = (int) (TASKS - existing);
    Instant start = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < SEED_THREADS; t++) {
        int from = (int) existing + t * remaining / SEED_THREADS;
        int to = (int) existing + (t + 1) * remaining / SEED_THREADS;
        parts.add(pool.submit(() -> startInstances(from, to, groups)));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("Seeded %d tasks in %s%n", remaining, Duration.between(start, Instant.now()));
  }

  private void startInstances(int from, int to, List<String> groups) {
    Instant base = Instant.parse("2026-03-02T01:00:00Z");
    for (int i = from; i < to; i++) {
      String group = groups.get(i % groups.size());
      Map<String, Object> variables = new HashMap<>();
      variables.put(ProcessVariables.RECEIVING_GROUP, group);
      variables.put(ProcessVariables.CASE_NUMBER, String.format(Locale.ROOT, "JF-2026-%06d", i + 1));
      variables.put(ProcessVariables.PETITIONER_NAME, "信访人" + (i + 1));
      variables.put(ProcessVariables.PROBLEM_CATEGORY_NAME, "劳动关系与社会保障");
      variables.put(ProcessVariables.UNIT_NAME, group);
      // due dates spread over 60 days, as the statutory limits spread them
      variables.put("due", Date.from(base.plus(Duration.ofMinutes(7L * ((i * 7919L) % 12_343)))));
      runtimeService.startProcessInstanceByKey(PROCESS, "JF-2026-" + (i + 1), variables);
    }
  }

  /**
   * Candidate groups of the seeded tasks: resident units (windows) weigh three, other units and
   * townships one; one task in twenty goes to a unit's leaders, one in twenty to the center.
   */
  private List<String> groupsByWeight() {
    List<String> groups = new ArrayList<>();
    for (Unit unit : catalogue.units()) {
      int weight = unit.resident() ? 3 : 1;
      for (int w = 0; w < weight * 18; w++) {
        groups.add(unit.staffGroup());
      }
      groups.add(unit.leaderGroup());
    }
    int unitEntries = groups.size();
    for (int c = 0; c < unitEntries / 19; c++) {
      groups.add(c % 2 == 0 ? "registration-staff" : "center-director");
    }
    java.util.Collections.shuffle(groups, new java.util.Random(5));
    return groups;
  }

  private void deployModel() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .name("基准测试：单位待办")
        .camundaHistoryTimeToLive(180)
        .startEvent("Event_Start")
        .userTask("Task_Handle")
        .name("办理并书面答复")
        .camundaCandidateGroups("${" + ProcessVariables.RECEIVING_GROUP + "}")
        .camundaDueDate("${due}")
        .endEvent("Event_End")
        .done();
    repositoryService.createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", model).deploy();
  }

  // ---- the database --------------------------------------------------------------------------

  // ---- figures ---------------------------------------------------------------------------------

  private void print(long openTasks, long unitTasks, long instances, Timings[] unit,
      Timings[] supervisor) {
    long authorizations = jdbc.queryForObject(
        "select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ?", Long.class,
        Resources.TASK.resourceType());
    StringBuilder out = new StringBuilder();
    out.append("\n================ Unit isolation on PostgreSQL: timings =====================\n");
    out.append(String.format(Locale.ROOT,
        "open tasks %d, task authorizations %d; application: authorizationCheckRevokes=%s, "
            + "row-check markers on %d unit groups, index %s %s%n",
        openTasks, authorizations, configuredRevokes, markedUnitGroups, AUTH_CHECK_INDEX,
        indexPresent() ? "present" : "absent"));
    out.append(String.format(Locale.ROOT,
        "N=%d pages per mode, modes alternating page by page after %d warm-up rounds; "
            + "load average %.1f on %d cores%n",
        unit[0].n(), unit[0].warmUp(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors()));
    out.append(String.format(Locale.ROOT,
        "%nA. Tasklist, %s (group unit-%s, %d tasks): filter '%s', first 15 rows as Tasklist "
            + "sorts them, plus the count%n", USER, UNIT, unitTasks, UNIT_FILTER));
    table(out, unit, List.of(Mode.ON, Mode.ENGINE, Mode.OFF, Mode.JOIN));
    ratio(out, unit);
    out.append(String.format(Locale.ROOT, "target: p95 < 150 ms with checks on -> %s%n",
        unit[Mode.ON.ordinal()].both().p95() < 150 ? "MET" : "NOT MET"));
    out.append(String.format(Locale.ROOT,
        "%nB. Cockpit-like, %s (READ_INSTANCE on all process definitions): running instances of "
            + "one process (%d), first 50 rows, plus the count (N=%d)%n", SUPERVISOR,
        instances, supervisor[0].n()));
    table(out, supervisor, List.of(Mode.ON, Mode.ENGINE, Mode.OFF, Mode.ROWS));
    ratio(out, supervisor);
    out.append(String.format(Locale.ROOT, "target: p95 <= 100 ms with checks on -> %s%n",
        supervisor[Mode.ON.ordinal()].both().p95() <= 100 ? "MET" : "NOT MET"));
    out.append("============================================================================\n");
    System.out.println(out);
  }

  /** Checks on against off, the application's way and the engine's (issue 16: within 1.5x). */
  private static void ratio(StringBuilder out, Timings[] timings) {
    Stats off = timings[Mode.OFF.ordinal()].both();
    for (Mode mode : List.of(Mode.ON, Mode.ENGINE)) {
      Stats on = timings[mode.ordinal()].both();
      out.append(String.format(Locale.ROOT, "on/off, %s: %.2fx at p50, %.2fx at p95%n",
          mode == Mode.ON ? "the application's way" : "the engine's statements",
          on.p50() / off.p50(), on.p95() / off.p95()));
    }
  }

  private static void table(StringBuilder out, Timings[] timings, List<Mode> modes) {
    out.append(String.format(Locale.ROOT, "%-62s %8s %8s %8s%n", "", "p50 ms", "p95 ms",
        "max ms"));
    for (Mode mode : modes) {
      Timings t = timings[mode.ordinal()];
      row(out, mode.label + ": list + count", t.both());
      row(out, "    list", t.list());
      row(out, "    count", t.count());
    }
  }

  private boolean indexPresent() {
    return jdbc.queryForObject(
        "select count(*) from pg_indexes where upper(indexname) = ?", Long.class,
        AUTH_CHECK_INDEX) > 0;
  }

  private static void row(StringBuilder out, String label, Stats stats) {
    out.append(String.format(Locale.ROOT, "%-62s %8.1f %8.1f %8.1f%n", label, stats.p50(),
        stats.p95(), stats.max()));
  }

  record Timings(int warmUp, int n, Stats list, Stats count, Stats both) {}

  /** Percentiles in milliseconds (nearest rank). */
  record Stats(double p50, double p95, double max) {
    Stats(long[] nanos) {
      this(percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 100));
    }

    private static double percentile(long[] nanos, int p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }
  }
}
