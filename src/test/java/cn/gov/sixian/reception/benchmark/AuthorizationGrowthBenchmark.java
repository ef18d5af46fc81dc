package cn.gov.sixian.reception.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.GroupPrefilterBenchmarkAccess;
import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whether a case's REST calls and a unit's first Tasklist page cost the same with 1,000,000 rows
 * in {@code ACT_RU_AUTHORIZATION} as on a fresh database (issue 16, "Flat"), with the
 * application's group prefilter threshold ({@code AuthorizationGroupPrefilter}) and with
 * Camunda's own prefilter (threshold 0), the two modes alternating case by case and page by page
 * in one run (docs/development.md "Authorization cost with the years").
 *
 * <p>The application is booted with the production profile on an embedded PostgreSQL 17 (with
 * {@code pg_stat_statements}), the web server on a random port. Two users are created: a
 * registration clerk ({@code registration-staff}) and a staff member of 县人社局 ({@code unit-rsj}).
 * First {@code benchmark.openCases} cases are registered and routed to the unit over REST, so the
 * unit's Tasklist has open tasks. Then, on the fresh database, each case goes through the REST
 * contract as staff call it: registration, 分类确认, 当面接谈, 受理审查, 办理并书面答复, 确认反馈,
 * 满意度评价 and the case read before and after (15 calls, timed one by one; the waits for the job
 * executor are not timed), and the unit's first page of 本单位待办 (list of 15 + count, as Tasklist
 * asks) is timed. Then the grants those cases left behind (every row they added, the per-task
 * {@code TASK} grants having gone with the tasks) are copied with bulk SQL, each copy with new
 * resource ids and its unit groups rotated over the catalogue's units, until the table holds
 * 1,000,000 more rows, and the same is measured again. A benchmark, not a test: run it with
 * {@code mvn -Pbenchmark test -Dtest=AuthorizationGrowthBenchmark}; options
 * {@code -Dbenchmark.cases=20} (per mode and phase), {@code -Dbenchmark.pages=60},
 * {@code -Dbenchmark.openCases=100}, {@code -Dbenchmark.rows=1000000}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "RECEPTION_ADMIN_USER=bench-admin",
      "RECEPTION_ADMIN_PASSWORD=Bench#Admin-2026",
      "camunda.bpm.authorization.enabled=true",
      // the next task of a case appears quickly after an asynchronous step
      "camunda.bpm.job-execution.wait-time-in-millis=100",
      "camunda.bpm.job-execution.max-wait=500"
    })
@ActiveProfiles("postgres")
class AuthorizationGrowthBenchmark {

  private static final int CASES = Integer.getInteger("benchmark.cases", 20);
  private static final int PAGES = Integer.getInteger("benchmark.pages", 60);
  private static final int OPEN_CASES = Integer.getInteger("benchmark.openCases", 100);
  private static final long ROWS = Long.getLong("benchmark.rows", 1_000_000L);
  private static final int WARM_UP_CASES = 10;
  private static final int WARM_UP_PAGES = 20;
  private static final String CLERK = "bench-dengji";
  private static final String UNIT_USER = "bench-rsj";
  private static final String PASSWORD = "Bench#Staff-2026";
  private static final String UNIT = "rsj";
  private static final String UNIT_FILTER = "本单位待办";
  private static final String PREFILTER_SQL = "%distinct(A.GROUP_ID_)%";
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  private static final EmbeddedPostgres POSTGRES =
      BenchmarkPostgres.start(builder -> builder.setServerConfig("shared_preload_libraries", "pg_stat_statements"));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchmarkPostgres.register(registry, POSTGRES);
  }

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired UnitCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  private GroupPrefilterBenchmarkAccess prefilter;
  private int applicationThreshold;
  private int caseCounter;

  /** The two modes, alternating. */
  private enum Mode {
    APPLICATION, CAMUNDA
  }

  private void use(Mode mode) {
    prefilter.setThreshold(mode == Mode.APPLICATION ? applicationThreshold : 0);
  }

  @Test
  void caseAndTasklistCostWithAGrowingAuthorizationTable() throws Exception {
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
    prefilter = new GroupPrefilterBenchmarkAccess(context);
    applicationThreshold = prefilter.threshold();
    assertThat(applicationThreshold).isPositive();
    TestUsers.ensure(identityService, CLERK, "registration-staff", PASSWORD);
    TestUsers.ensure(identityService, UNIT_USER, "unit-" + UNIT, PASSWORD);
    jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    String filterId = filterService.createFilterQuery().filterName(UNIT_FILTER).singleResult()
        .getId();
    try {
      for (int i = 0; i < OPEN_CASES; i++) {
        routedCase();
      }
      Set<String> before = new HashSet<>(jdbc.queryForList(
          "select ID_ from ACT_RU_AUTHORIZATION", String.class));
      jdbc.execute("VACUUM ANALYZE");
      Phase fresh = measure("fresh", filterId);

      List<String> template = jdbc.queryForList(
          "select ID_ from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ <> ?", String.class,
          Resources.TASK.resourceType()).stream().filter(id -> !before.contains(id)).toList();
      long loadMillis = bulkLoad(template);
      Phase loaded = measure("loaded", filterId);
      print(fresh, loaded, template.size(), loadMillis);
    } finally {
      use(Mode.APPLICATION);
    }
  }

  // ---- measuring ------------------------------------------------------------------------------

  record Phase(String name, long authorizationRows, double loadBefore, double loadAfter,
      Stats[] cases, Stats[] pages, double[] prefilterPerCase, double[] statementsPerCase,
      double prefilterMeanMs) {}

  private Phase measure(String name, String filterId) throws Exception {
    long rows = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class);
    double loadBefore = loadAverage();
    for (int i = 0; i < WARM_UP_CASES; i++) {
      use(Mode.values()[i % 2]);
      timedCase();
    }
    jdbc.execute("select pg_stat_statements_reset()");
    long[][] cases = new long[2][CASES];
    double[] prefilterPerCase = new double[2];
    double[] statementsPerCase = new double[2];
    for (int i = 0; i < CASES; i++) {
      for (Mode mode : Mode.values()) {
        use(mode);
        long[] before = statementCounts();
        cases[mode.ordinal()][i] = timedCase();
        long[] after = statementCounts();
        // the job executor's statements in the same moments are counted too
        prefilterPerCase[mode.ordinal()] += (after[0] - before[0]) / (double) CASES;
        statementsPerCase[mode.ordinal()] += (after[1] - before[1]) / (double) CASES;
      }
    }
    Double prefilterMs = jdbc.queryForObject("select sum(total_exec_time) / nullif(sum(calls), 0)"
        + " from pg_stat_statements where query ilike ?", Double.class, PREFILTER_SQL);

    for (int i = 0; i < WARM_UP_PAGES; i++) {
      use(Mode.values()[i % 2]);
      tasklistPage(filterId);
    }
    long[][] pages = new long[2][PAGES];
    for (int i = 0; i < PAGES; i++) {
      for (Mode mode : Mode.values()) {
        use(mode);
        pages[mode.ordinal()][i] = tasklistPage(filterId);
      }
    }
    use(Mode.APPLICATION);
    return new Phase(name, rows, loadBefore, loadAverage(),
        new Stats[] {new Stats(cases[0]), new Stats(cases[1])},
        new Stats[] {new Stats(pages[0]), new Stats(pages[1])},
        prefilterPerCase, statementsPerCase, prefilterMs == null ? 0 : prefilterMs);
  }

  /** Runs of the prefilter statement and of all statements but this look-up, so far. */
  private long[] statementCounts() {
    Map<String, Object> counts = jdbc.queryForMap("select "
        + "coalesce(sum(calls) filter (where query ilike ?), 0) as prefilter, "
        + "coalesce(sum(calls) filter (where query not ilike '%pg_stat_statements%'), 0) as total "
        + "from pg_stat_statements", PREFILTER_SQL);
    return new long[] {((Number) counts.get("prefilter")).longValue(),
        ((Number) counts.get("total")).longValue()};
  }

  /** The unit's first page of 本单位待办 and its count, as Tasklist asks: nanoseconds. */
  private long tasklistPage(String filterId) {
    Map<String, Object> query = Map.of(
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")), "active", true);
    TestRestTemplate unit = rest.withBasicAuth(UNIT_USER, PASSWORD);
    long start = System.nanoTime();
    ResponseEntity<List<Map<String, Object>>> list = unit.exchange(
        "/engine-rest/filter/{id}/list?firstResult=0&maxResults=15", HttpMethod.POST,
        json(query), LIST, filterId);
    ResponseEntity<Map<String, Object>> count = unit.exchange("/engine-rest/filter/{id}/count",
        HttpMethod.POST, json(query), OBJECT, filterId);
    long took = System.nanoTime() - start;
    assertThat(list.getStatusCode().is2xxSuccessful()).as("list %s", list).isTrue();
    assertThat(list.getBody()).hasSize(15);
    assertThat(((Number) count.getBody().get("count")).longValue())
        .isGreaterThanOrEqualTo(OPEN_CASES);
    return took;
  }

  /** A case registered and routed to the unit, its 当面接谈 left open (not timed). */
  private void routedCase() throws Exception {
    Calls calls = new Calls();
    String caseNumber = register(calls);
    complete(calls, CLERK, await(calls, CLERK, caseNumber, "Task_ConfirmRouting"),
        routing());
    await(calls, UNIT_USER, caseNumber, "Task_FaceToFaceReception");
  }

  /** One case from registration to closing; the sum of its REST calls' times in nanoseconds. */
  private long timedCase() throws Exception {
    Calls calls = new Calls();
    String caseNumber = register(calls);
    calls.time(() -> get(CLERK, "/api/cases/" + caseNumber));
    complete(calls, CLERK, await(calls, CLERK, caseNumber, "Task_ConfirmRouting"), routing());
    complete(calls, UNIT_USER, await(calls, UNIT_USER, caseNumber, "Task_FaceToFaceReception"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实用工关系。"));
    complete(calls, UNIT_USER, await(calls, UNIT_USER, caseNumber, "Task_DecideAcceptance"),
        Map.of("acceptanceDecision", "ACCEPT"));
    complete(calls, UNIT_USER, await(calls, UNIT_USER, caseNumber, "Task_HandleCase"),
        Map.of("handlingAction", "REPLY", "replyOpinion", "经核实，已责令用工单位于五日内支付。",
            "establishedFacts", "用工单位拖欠工资属实。", "replyBasis", "《保障农民工工资支付条例》。"));
    complete(calls, CLERK, await(calls, CLERK, caseNumber, "Task_ConfirmFeedback"),
        Map.of("feedbackAccepted", true));
    complete(calls, CLERK, await(calls, CLERK, caseNumber, "Task_RecordSatisfaction"),
        Map.of("satisfaction", "SATISFIED"));
    Map<String, Object> closed = calls.time(() -> get(CLERK, "/api/cases/" + caseNumber))
        .getBody();
    assertThat(closed).containsEntry("status", "CLOSED");
    assertThat(calls.count).isEqualTo(15);
    return calls.nanos;
  }

  private static Map<String, Object> routing() {
    return Map.of("unitCode", UNIT, "problemCategory", "wage-arrears", "firstVisit", true,
        "leaderReception", false);
  }

  private String register(Calls calls) {
    int n = ++caseCounter;
    Map<String, Object> form = BenchmarkCases.hotlineForm(n);
    ResponseEntity<Map<String, Object>> registered = calls.time(() -> rest
        .withBasicAuth(CLERK, PASSWORD)
        .exchange("/api/cases", HttpMethod.POST, json(form), OBJECT));
    assertThat(registered.getStatusCode().value()).as("%s", registered).isEqualTo(201);
    return (String) registered.getBody().get("caseNumber");
  }

  /** The case's open task of that definition; only the call that finds it is timed. */
  private String await(Calls calls, String user, String caseNumber, String taskKey)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      List<Map<String, Object>> tasks = rest.withBasicAuth(user, PASSWORD).exchange(
          "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}"
              + "&maxResults=50", HttpMethod.GET, null, LIST, caseNumber, taskKey).getBody();
      long took = System.nanoTime() - start;
      if (tasks != null && !tasks.isEmpty()) {
        calls.add(took);
        return (String) tasks.get(0).get("id");
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No task " + taskKey + " for case " + caseNumber);
  }

  private void complete(Calls calls, String user, String taskId, Map<String, Object> values) {
    ResponseEntity<Map<String, Object>> done = calls.time(() -> rest.withBasicAuth(user, PASSWORD)
        .exchange("/engine-rest/task/{id}/complete", HttpMethod.POST,
            json(BenchmarkCases.restVariables(values)), OBJECT, taskId));
    assertThat(done.getStatusCode().value()).as("%s", done).isEqualTo(204);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    ResponseEntity<Map<String, Object>> response =
        rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, OBJECT);
    assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(200);
    return response;
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** The timed REST calls of one case. */
  private static final class Calls {
    long nanos;
    int count;

    <T> T time(Supplier<T> call) {
      long start = System.nanoTime();
      T result = call.get();
      add(System.nanoTime() - start);
      return result;
    }

    void add(long took) {
      nanos += took;
      count++;
    }
  }

  // ---- the bulk load --------------------------------------------------------------------------

  /**
   * Copies the rows the measured cases left until {@link #ROWS} more are there: new ids, resource
   * ids and root instance ids per copy, the unit's groups replaced by those of the catalogue's
   * units in turn.
   */
  private long bulkLoad(List<String> template) {
    assertThat(template).as("rows left by the measured cases").isNotEmpty();
    long start = System.nanoTime();
    jdbc.execute("create temporary table bench_template as select * from ACT_RU_AUTHORIZATION "
        + "where false");
    jdbc.batchUpdate("insert into bench_template select * from ACT_RU_AUTHORIZATION where ID_ = ?",
        template.stream().map(id -> new Object[] {id}).toList());
    long copies = (ROWS + template.size() - 1) / template.size();
    List<String> unitGroups = catalogue.units().stream().map(Unit::staffGroup).toList();
    String groups = "ARRAY[" + String.join(",", unitGroups.stream().map(g -> "'" + g + "'")
        .toList()) + "]";
    long limit = ROWS;
    jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, "
        + "RESOURCE_TYPE_, RESOURCE_ID_, PERMS_, REMOVAL_TIME_, ROOT_PROC_INST_ID_) "
        + "select 'b' || s.n || '-' || t.ID_, 1, t.TYPE_, "
        + "  case when t.GROUP_ID_ like 'unit-" + UNIT + "%' then "
        + "    replace(t.GROUP_ID_, 'unit-" + UNIT + "', (" + groups + ")[1 + s.n % "
        + unitGroups.size() + "]) else t.GROUP_ID_ end, "
        + "  t.USER_ID_, t.RESOURCE_TYPE_, t.RESOURCE_ID_ || '-b' || s.n, t.PERMS_, "
        + "  t.REMOVAL_TIME_, case when t.ROOT_PROC_INST_ID_ is null then null "
        + "    else t.ROOT_PROC_INST_ID_ || '-b' || s.n end "
        + "from generate_series(1, " + copies + ") s(n) cross join bench_template t "
        + "order by s.n limit " + limit);
    jdbc.execute("drop table bench_template");
    jdbc.execute("VACUUM ANALYZE ACT_RU_AUTHORIZATION");
    return (System.nanoTime() - start) / 1_000_000;
  }

  // ---- the database --------------------------------------------------------------------------

  // ---- figures ---------------------------------------------------------------------------------

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private void print(Phase fresh, Phase loaded, int templateRows, long loadMillis) {
    StringBuilder out = new StringBuilder();
    out.append("\n========== Authorization table growth on PostgreSQL: timings ==========\n");
    out.append(String.format(Locale.ROOT,
        "modes alternate case by case and page by page: 'threshold %d' = the application "
            + "(no prefilter for users with fewer groups), 'Camunda' = threshold 0%n",
        applicationThreshold));
    out.append(String.format(Locale.ROOT,
        "bulk load: %d rows left by the %d fresh-phase cases copied to %d more rows in %.1f s; "
            + "%d cores%n", templateRows, 2 * CASES + WARM_UP_CASES, loaded.authorizationRows()
            - fresh.authorizationRows(), loadMillis / 1000.0,
        Runtime.getRuntime().availableProcessors()));
    for (Phase phase : List.of(fresh, loaded)) {
      out.append(String.format(Locale.ROOT,
          "%n%s: ACT_RU_AUTHORIZATION %d rows; load average %.2f before, %.2f after; prefilter "
              + "statement per case %.1f with threshold %d, %.1f Camunda (mean %.2f ms); "
              + "SQL statements per case %.0f with threshold, %.0f Camunda%n",
          phase.name(), phase.authorizationRows(), phase.loadBefore(), phase.loadAfter(),
          phase.prefilterPerCase()[0], applicationThreshold, phase.prefilterPerCase()[1],
          phase.prefilterMeanMs(), phase.statementsPerCase()[0], phase.statementsPerCase()[1]));
    }
    out.append(String.format(Locale.ROOT, "%n%-44s %9s %9s %9s %9s %9s%n", "", "fresh p50",
        "fresh p95", "load p50", "load p95", "ratio p50"));
    for (Mode mode : Mode.values()) {
      String label = mode == Mode.APPLICATION ? "threshold " + applicationThreshold : "Camunda";
      row(out, "case, 15 REST calls (ms), " + label, fresh.cases()[mode.ordinal()],
          loaded.cases()[mode.ordinal()]);
    }
    for (Mode mode : Mode.values()) {
      String label = mode == Mode.APPLICATION ? "threshold " + applicationThreshold : "Camunda";
      row(out, "unit Tasklist page (ms), " + label, fresh.pages()[mode.ordinal()],
          loaded.pages()[mode.ordinal()]);
    }
    out.append(String.format(Locale.ROOT, "N = %d cases and %d pages per mode and phase; goal: "
        + "ratio <= 1.1 with the application's threshold%n", CASES, PAGES));
    out.append("=======================================================================\n");
    System.out.println(out);
  }

  private static void row(StringBuilder out, String label, Stats fresh, Stats loaded) {
    out.append(String.format(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %9.1f %9.2f%n", label,
        fresh.p50(), fresh.p95(), loaded.p50(), loaded.p95(), loaded.p50() / fresh.p50()));
  }

  /** Percentiles in milliseconds (nearest rank). */
  record Stats(double p50, double p95) {
    Stats(long[] nanos) {
      this(percentile(nanos, 50), percentile(nanos, 95));
    }

    private static double percentile(long[] nanos, int p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }
  }
}
