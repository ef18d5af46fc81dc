package cn.gov.sixian.reception.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * A case's whole life against the engine's own cost (issue 16, "Lean" and "Close to the engine").
 *
 * <p>The application is booted with the production profile on an embedded PostgreSQL (with
 * {@code pg_stat_statements}), authorization on, the web server on a random port. Beside the
 * application's models a bare process of six user tasks ({@code benchmark/benchmark-bare.bpmn})
 * is deployed. A project case goes through the REST contract as staff call it: registration,
 * 分类确认, 当面接谈, 受理审查, 办理并书面答复, 确认反馈, 满意度评价 and the case read before and
 * after (15 calls); a bare case is started and its six tasks completed over the engine's REST API
 * (13 calls) by the administrator, whom the contract and the authorization checks let through.
 * The unit's window is on the duty roster, as on a working day, so 当面接谈 goes to the person on
 * duty (with the post empty, every case would also start roster-watch).
 * The two kinds alternate case by case in each thread, at 1 and at 4 threads. Printed: cases per
 * second, time per user task (the REST calls' time divided by 6; the waits for the job executor
 * are not counted) and the ratio; SQL statements per case (1 thread, all statements of the
 * moment, the job executor's included); history per closed case: growth of every
 * {@code ACT_HI_*} table (with indexes and TOAST) and its rows over a run of cases of one kind
 * only; RSS of the JVM; the load average before and after each phase.
 *
 * <p>A benchmark, not a test: {@code mvn -Pbenchmark test -Dtest=LifecycleBenchmark}; options
 * {@code -Dbenchmark.cases=20} (per kind and phase), {@code -Dbenchmark.historyCases=20} (per
 * kind, for the history figures), {@code -Dbenchmark.steps=true} (the REST time of each call of a
 * case, 1 thread, to see which step costs).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "RECEPTION_ADMIN_USER=bench-admin",
      "RECEPTION_ADMIN_PASSWORD=Bench#Admin-2026",
      "camunda.bpm.authorization.enabled=true",
      "camunda.bpm.job-execution.wait-time-in-millis=100",
      "camunda.bpm.job-execution.max-wait=500"
    })
@ActiveProfiles("postgres")
class LifecycleBenchmark {

  private static final int CASES = Integer.getInteger("benchmark.cases", 20);
  private static final int HISTORY_CASES = Integer.getInteger("benchmark.historyCases", 20);
  private static final int WARM_UP = 4;
  private static final boolean HISTORY_ONLY = Boolean.getBoolean("benchmark.historyOnly");
  private static final boolean STEPS = Boolean.getBoolean("benchmark.steps");
  private static final String ADMIN = "bench-admin";
  private static final String ADMIN_PASSWORD = "Bench#Admin-2026";
  private static final String CLERK = "bench-dengji";
  private static final String UNIT_USER = "bench-rsj";
  private static final String PASSWORD = "Bench#Staff-2026";
  private static final String UNIT = "rsj";
  private static final String BARE = "benchmark-bare";
  private static final int USER_TASKS = 6;
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};

  private static final EmbeddedPostgres POSTGRES = BenchmarkPostgres.start(
      builder -> builder.setServerConfig("shared_preload_libraries", "pg_stat_statements"));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchmarkPostgres.register(registry, POSTGRES);
  }

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  private final AtomicInteger caseCounter = new AtomicInteger();
  /** REST time per call of the case, 1 thread, per kind (-Dbenchmark.steps=true prints it). */
  private final Map<Kind, Map<String, Long>> stepNanos = new HashMap<>();

  enum Kind {
    PROJECT, BARE
  }

  @Test
  void aCaseLifeAgainstTheBareEngine() throws Exception {
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
    TestUsers.ensure(identityService, CLERK, "registration-staff", PASSWORD);
    TestUsers.ensure(identityService, UNIT_USER, "unit-" + UNIT, PASSWORD);
    repositoryService.createDeployment().name(BARE)
        .addClasspathResource("benchmark/" + BARE + ".bpmn").deploy();
    onDutyAtTheUnitsWindow();
    jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    for (int i = 0; i < WARM_UP; i++) {
      run(Kind.PROJECT);
      run(Kind.BARE);
    }
    jdbc.execute("VACUUM ANALYZE");

    Map<Kind, History> history = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      history.put(kind, history(kind));
    }
    if (HISTORY_ONLY) {
      print(history);
    } else {
      Phase one = phase(1);
      Phase four = phase(4);
      print(history, one, four);
    }
  }

  /**
   * The unit's window staffed, as in the center's working days: 当面接谈 goes to the person on
   * duty. Without, every case would start roster-watch to report the empty post.
   */
  private void onDutyAtTheUnitsWindow() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    for (java.time.LocalDate day = today.minusDays(2); !day.isAfter(today.plusDays(2));
        day = day.plusDays(1)) {
      jdbc.update("INSERT INTO duty_roster (duty_date, shift, post, user_id, updated_by,"
          + " updated_at) VALUES (?, 'day', ?, ?, ?, CURRENT_TIMESTAMP)", java.sql.Date.valueOf(day),
          UNIT, UNIT_USER, ADMIN);
      jdbc.update("INSERT INTO duty_check_in (duty_date, user_id, post, shift, checked_in_at)"
          + " VALUES (?, ?, ?, 'day', CURRENT_TIMESTAMP)", java.sql.Date.valueOf(day), UNIT_USER,
          UNIT);
    }
  }

  // ---- history --------------------------------------------------------------------------------

  /** Growth of the history tables over cases of one kind, run one after the other. */
  record History(int cases, Map<String, long[]> before, Map<String, long[]> after,
      String composition, Map<String, long[]> compactedBefore, Map<String, long[]> compactedAfter,
      String statements) {
    long bytes(String table) {
      return after.get(table)[0] - before.get(table)[0];
    }

    long compacted(String table) {
      return compactedAfter.get(table)[0] - compactedBefore.get(table)[0];
    }

    long rows(String table) {
      return after.get(table)[1] - before.get(table)[1];
    }
  }

  private History history(Kind kind) throws Exception {
    Map<String, long[]> compactedBefore = compact();
    jdbc.execute("CHECKPOINT");
    Map<String, long[]> before = tableSizes();
    // the engine writes its times in the JVM's zone
    String since = java.time.LocalDateTime.now().toString().replace('T', ' ');
    jdbc.execute("select pg_stat_statements_reset()");
    for (int i = 0; i < HISTORY_CASES; i++) {
      run(kind);
    }
    Thread.sleep(1000); // the job executor's last steps
    jdbc.execute("CHECKPOINT");
    Map<String, long[]> after = tableSizes();
    String statements = topStatements();
    return new History(HISTORY_CASES, before, after, composition(since), compactedBefore,
        compact(), statements);
  }

  /** The sizes after {@code VACUUM FULL} of the tables (rewritten, indexes rebuilt). */
  private Map<String, long[]> compact() {
    for (String table : tableSizes().keySet()) {
      jdbc.execute("VACUUM FULL " + table);
    }
    return tableSizes();
  }

  /** The statements run most often per case since the reset, with their mean time. */
  private String topStatements() {
    StringBuilder out = new StringBuilder();
    jdbc.query("select calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g') from"
        + " pg_stat_statements where query not like '%pg_stat_statements%' order by calls desc"
        + " limit 15", rs -> {
          String query = rs.getString(3);
          out.append(String.format(Locale.ROOT, "  %6.1f x %6.3f ms  %s%n",
              rs.getLong(1) / (double) HISTORY_CASES, rs.getDouble(2),
              query.length() > 150 ? query.substring(0, 150) + "…" : query));
        });
    return out.toString();
  }

  /** What the rows written since then are: per table, the most frequent kinds, per case. */
  private String composition(String since) {
    StringBuilder out = new StringBuilder();
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("act_hi_varinst", "select p.proc_def_key_ || ' ' || v.name_ || case when"
        + " v.task_id_ is not null then ' (task-local)' else '' end from act_hi_varinst v join"
        + " act_hi_procinst p on p.id_ = v.proc_inst_id_ where v.create_time_ >= ?::timestamp");
    queries.put("act_hi_detail", "select type_ || ' ' || name_ from act_hi_detail where time_ >="
        + " ?::timestamp");
    queries.put("act_hi_actinst", "select proc_def_key_ || ' ' || act_type_ from act_hi_actinst"
        + " where start_time_ >= ?::timestamp");
    queries.put("act_hi_op_log", "select coalesce(operation_type_, '') || ' ' ||"
        + " coalesce(entity_type_, '') || ' ' || coalesce(property_, '') from act_hi_op_log"
        + " where timestamp_ >= ?::timestamp");
    queries.put("act_hi_job_log", "select coalesce(process_def_key_, '') || ' ' ||"
        + " coalesce(job_def_type_, '') || ' ' || coalesce(job_def_configuration_, '') from"
        + " act_hi_job_log where timestamp_ >= ?::timestamp");
    queries.put("act_hi_procinst", "select proc_def_key_ from act_hi_procinst where start_time_"
        + " >= ?::timestamp");
    queries.put("act_ge_bytearray", "select coalesce(name_, '') || ' type ' || coalesce(type_::text,"
        + " '') from act_ge_bytearray where create_time_ >= ?::timestamp");
    queries.forEach((table, query) -> {
      Map<String, Integer> counts = new java.util.TreeMap<>();
      try {
        for (String kind : jdbc.queryForList(query, String.class, since)) {
          counts.merge(kind, 1, Integer::sum);
        }
      } catch (org.springframework.dao.DataAccessException e) {
        out.append("  ").append(table).append(": ").append(e.getMessage()).append('\n');
        return;
      }
      out.append(String.format(Locale.ROOT, "  %s:", table));
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> out.append(String.format(Locale.ROOT, " [%s %.1f]", e.getKey(),
              e.getValue() / (double) HISTORY_CASES)));
      out.append('\n');
    });
    return out.toString();
  }

  /** Bytes (table, indexes, TOAST) and rows of each history table and of the grants. */
  private Map<String, long[]> tableSizes() {
    List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname ="
        + " current_schema() and (tablename like 'act_hi_%' or tablename in"
        + " ('act_ge_bytearray', 'act_ru_authorization')) order by tablename", String.class);
    Map<String, long[]> sizes = new LinkedHashMap<>();
    for (String table : tables) {
      Long bytes = jdbc.queryForObject("select pg_total_relation_size(?::regclass)", Long.class,
          table);
      Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
      sizes.put(table, new long[] {bytes, rows});
    }
    return sizes;
  }

  // ---- throughput -----------------------------------------------------------------------------

  record Phase(int threads, double loadBefore, double loadAfter, Map<Kind, double[]> stats,
      Map<Kind, Double> statementsPerCase, long rssKb) {}

  /** Per kind: {cases, sum of case wall time ns, sum of REST time ns}. */
  private Phase phase(int threads) throws Exception {
    double loadBefore = loadAverage();
    Map<Kind, Double> statements = new HashMap<>();
    Map<Kind, double[]> stats = new HashMap<>();
    for (Kind kind : Kind.values()) {
      stats.put(kind, new double[3]);
    }
    if (threads == 1) {
      jdbc.execute("select pg_stat_statements_reset()");
      double[] counted = new double[2];
      for (int i = 0; i < CASES; i++) {
        for (Kind kind : Kind.values()) {
          long before = statementCount();
          Run r = run(kind);
          counted[kind.ordinal()] += statementCount() - before;
          add(stats.get(kind), r);
          r.steps().forEach((step, nanos) -> stepNanos
              .computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(step, nanos, Long::sum));
        }
      }
      for (Kind kind : Kind.values()) {
        statements.put(kind, counted[kind.ordinal()] / CASES);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<Run>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int offset = t;
          futures.add(pool.submit(() -> {
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < CASES / threads; i++) {
              // threads start on different kinds, so both run at the same time
              runs.add(run(Kind.values()[(i + offset) % 2]));
              runs.add(run(Kind.values()[(i + offset + 1) % 2]));
            }
            return runs;
          }));
        }
        for (Future<List<Run>> f : futures) {
          for (Run r : f.get()) {
            add(stats.get(r.kind()), r);
          }
        }
      } finally {
        pool.shutdown();
      }
    }
    return new Phase(threads, loadBefore, loadAverage(), stats, statements, rssKb());
  }

  private static void add(double[] stats, Run r) {
    stats[0]++;
    stats[1] += r.wallNanos();
    stats[2] += r.restNanos();
  }

  private long statementCount() {
    Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
        + " where query not ilike '%pg_stat_statements%'", Long.class);
    return calls == null ? 0 : calls;
  }

  // ---- one case -------------------------------------------------------------------------------

  record Run(Kind kind, long wallNanos, long restNanos, Map<String, Long> steps) {}

  private Run run(Kind kind) throws Exception {
    long start = System.nanoTime();
    Calls calls = new Calls();
    if (kind == Kind.PROJECT) {
      projectCase(calls);
    } else {
      bareCase(calls);
    }
    return new Run(kind, System.nanoTime() - start, calls.nanos, calls.steps);
  }

  private void projectCase(Calls calls) throws Exception {
    String caseNumber = register(calls);
    calls.step = "read case";
    calls.time(() -> get(CLERK, PASSWORD, "/api/cases/" + caseNumber));
    complete(calls, CLERK, PASSWORD, awaitCase(calls, CLERK, caseNumber, "Task_ConfirmRouting"),
        Map.of("unitCode", UNIT, "problemCategory", "wage-arrears", "firstVisit", true,
            "leaderReception", false));
    complete(calls, UNIT_USER, PASSWORD,
        awaitCase(calls, UNIT_USER, caseNumber, "Task_FaceToFaceReception"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实用工关系。"));
    complete(calls, UNIT_USER, PASSWORD,
        awaitCase(calls, UNIT_USER, caseNumber, "Task_DecideAcceptance"),
        Map.of("acceptanceDecision", "ACCEPT"));
    complete(calls, UNIT_USER, PASSWORD, awaitCase(calls, UNIT_USER, caseNumber, "Task_HandleCase"),
        Map.of("handlingAction", "REPLY", "replyOpinion", "经核实，已责令用工单位于五日内支付。",
            "establishedFacts", "用工单位拖欠工资属实。", "replyBasis", "《保障农民工工资支付条例》。"));
    complete(calls, CLERK, PASSWORD, awaitCase(calls, CLERK, caseNumber, "Task_ConfirmFeedback"),
        Map.of("feedbackAccepted", true));
    complete(calls, CLERK, PASSWORD, awaitCase(calls, CLERK, caseNumber, "Task_RecordSatisfaction"),
        Map.of("satisfaction", "SATISFIED"));
    calls.step = "read closed case";
    Map<String, Object> closed = calls.time(() -> get(CLERK, PASSWORD, "/api/cases/" + caseNumber))
        .getBody();
    assertThat(closed).containsEntry("status", "CLOSED");
    assertThat(calls.count).isEqualTo(15);
  }

  private void bareCase(Calls calls) throws Exception {
    String key = "bare-" + caseCounter.incrementAndGet();
    calls.step = "start";
    ResponseEntity<Map<String, Object>> started = calls.time(() -> rest
        .withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange(
            "/engine-rest/process-definition/key/{key}/start", HttpMethod.POST,
            json(Map.of("businessKey", key)), OBJECT, BARE));
    assertThat(started.getStatusCode().value()).as("%s", started).isEqualTo(200);
    String instanceId = (String) started.getBody().get("id");
    for (int i = 1; i <= USER_TASKS; i++) {
      calls.step = "Task_Bare" + i;
      String taskId = await(calls, ADMIN, ADMIN_PASSWORD,
          "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_Bare" + i
              + "&maxResults=50");
      complete(calls, ADMIN, ADMIN_PASSWORD, taskId, Map.of("note" + i, "已办理。"));
    }
    assertThat(calls.count).isEqualTo(1 + 2 * USER_TASKS);
  }

  private String register(Calls calls) {
    int n = caseCounter.incrementAndGet();
    Map<String, Object> form = BenchmarkCases.hotlineForm(n);
    calls.step = "register";
    ResponseEntity<Map<String, Object>> registered = calls.time(() -> rest
        .withBasicAuth(CLERK, PASSWORD)
        .exchange("/api/cases", HttpMethod.POST, json(form), OBJECT));
    assertThat(registered.getStatusCode().value()).as("%s", registered).isEqualTo(201);
    return (String) registered.getBody().get("caseNumber");
  }

  private String awaitCase(Calls calls, String user, String caseNumber, String taskKey)
      throws InterruptedException {
    calls.step = taskKey;
    return await(calls, user, PASSWORD, "/engine-rest/task?processInstanceBusinessKey="
        + caseNumber + "&taskDefinitionKey=" + taskKey + "&maxResults=50");
  }

  /** The first task the query finds; only the call that finds it is timed. */
  private String await(Calls calls, String user, String password, String query)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      ResponseEntity<Object> answer = rest.withBasicAuth(user, password)
          .exchange(query, HttpMethod.GET, null, Object.class);
      long took = System.nanoTime() - start;
      assertThat(answer.getBody()).as("%s: %s", query, answer).isInstanceOf(List.class);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tasks = (List<Map<String, Object>>) answer.getBody();
      if (tasks != null && !tasks.isEmpty()) {
        calls.add("find " + calls.step, took);
        return (String) tasks.get(0).get("id");
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No task for " + query);
  }

  private void complete(Calls calls, String user, String password, String taskId,
      Map<String, Object> values) {
    calls.step = "complete " + calls.step;
    ResponseEntity<Map<String, Object>> done = calls.time(() -> rest
        .withBasicAuth(user, password).exchange("/engine-rest/task/{id}/complete",
            HttpMethod.POST, json(BenchmarkCases.restVariables(values)), OBJECT, taskId));
    assertThat(done.getStatusCode().value()).as("%s", done).isEqualTo(204);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String password, String path) {
    ResponseEntity<Map<String, Object>> response =
        rest.withBasicAuth(user, password).exchange(path, HttpMethod.GET, null, OBJECT);
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
    /** What the next timed call is, for the figures per step. */
    String step = "";
    final Map<String, Long> steps = new LinkedHashMap<>();

    <T> T time(Supplier<T> call) {
      long start = System.nanoTime();
      T result = call.get();
      add(step, System.nanoTime() - start);
      return result;
    }

    void add(String what, long took) {
      nanos += took;
      count++;
      steps.merge(what, took, Long::sum);
    }
  }

  // ---- the machine ----------------------------------------------------------------------------

  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          .getSystemLoadAverage();
    }
  }

  private static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception ignored) {
      // not Linux
    }
    return -1;
  }

  // ---- figures --------------------------------------------------------------------------------

  private void print(Map<Kind, History> history, Phase... phases) {
    StringBuilder out = new StringBuilder();
    out.append("\n========== Case lifecycle on PostgreSQL: project case vs bare 6-task process"
        + " ==========\n");
    out.append(String.format(Locale.ROOT, "%d cores; history level %s; N = %d cases per kind and"
            + " phase, %d per kind for history%n", Runtime.getRuntime().availableProcessors(),
        engineConfiguration.getHistoryLevel(), CASES, HISTORY_CASES));
    for (Phase p : phases) {
      double[] project = p.stats().get(Kind.PROJECT);
      double[] bare = p.stats().get(Kind.BARE);
      double projectTask = project[2] / project[0] / USER_TASKS / 1e6;
      double bareTask = bare[2] / bare[0] / USER_TASKS / 1e6;
      out.append(String.format(Locale.ROOT, "%n%d thread(s), load average %.2f before, %.2f after;"
          + " JVM RSS %d MB%n", p.threads(), p.loadBefore(), p.loadAfter(), p.rssKb() / 1024));
      out.append(String.format(Locale.ROOT, "  project: %.2f cases/s, %.1f ms REST time per user"
              + " task%n", p.threads() / (project[1] / project[0] / 1e9), projectTask));
      out.append(String.format(Locale.ROOT, "  bare:    %.2f cases/s, %.1f ms REST time per user"
              + " task%n", p.threads() / (bare[1] / bare[0] / 1e9), bareTask));
      out.append(String.format(Locale.ROOT, "  ratio per user task: %.2f (goal <= 1.25)%n",
          projectTask / bareTask));
      if (!p.statementsPerCase().isEmpty()) {
        out.append(String.format(Locale.ROOT, "  SQL statements per case: project %.0f, bare %.0f"
                + " (pg_stat_statements, job executor included)%n",
            p.statementsPerCase().get(Kind.PROJECT), p.statementsPerCase().get(Kind.BARE)));
      }
      if (STEPS && p.threads() == 1) {
        stepNanos.forEach((kind, steps) -> {
          out.append(String.format(Locale.ROOT, "  %s, ms per call:%n", kind));
          steps.forEach((step, nanos) -> out.append(String.format(Locale.ROOT,
              "    %-36s %7.1f%n", step, nanos / 1e6 / CASES)));
        });
      }
    }
    out.append(String.format(Locale.ROOT, "%nHistory per closed case (table growth incl. indexes;"
        + " after VACUUM FULL; rows)%n%-28s %10s %10s %7s %10s %10s %7s%n", "table", "project B",
        "compact B", "rows", "bare B", "compact B", "rows"));
    History project = history.get(Kind.PROJECT);
    History bare = history.get(Kind.BARE);
    long[] totals = new long[6];
    for (String table : project.after().keySet()) {
      double pb = project.bytes(table) / (double) project.cases();
      double pr = project.rows(table) / (double) project.cases();
      double bb = bare.bytes(table) / (double) bare.cases();
      double br = bare.rows(table) / (double) bare.cases();
      double pc = project.compacted(table) / (double) project.cases();
      double bc = bare.compacted(table) / (double) bare.cases();
      if (pb == 0 && pr == 0 && bb == 0 && br == 0) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%-28s %10.0f %10.0f %7.1f %10.0f %10.0f %7.1f%n",
          table, pb, pc, pr, bb, bc, br));
      if (table.startsWith("act_hi_")) {
        totals[0] += project.bytes(table);
        totals[1] += project.rows(table);
        totals[2] += bare.bytes(table);
        totals[3] += bare.rows(table);
        totals[4] += project.compacted(table);
        totals[5] += bare.compacted(table);
      }
    }
    out.append(String.format(Locale.ROOT, "%-28s %10.0f %10.0f %7.1f %10.0f %10.0f %7.1f%n",
        "act_hi_* total", totals[0] / (double) project.cases(),
        totals[4] / (double) project.cases(), totals[1] / (double) project.cases(),
        totals[2] / (double) bare.cases(), totals[5] / (double) bare.cases(),
        totals[3] / (double) bare.cases()));
    out.append(String.format(Locale.ROOT, "act_hi_* per closed case: project %.1f KB growth, %.1f KB"
            + " after VACUUM FULL; bare %.1f KB, %.1f KB (goal <= 50 KB)%n",
        totals[0] / 1024.0 / project.cases(), totals[4] / 1024.0 / project.cases(),
        totals[2] / 1024.0 / bare.cases(), totals[5] / 1024.0 / bare.cases()));
    out.append("\nRows per project case by kind:\n").append(project.composition());
    out.append("\nStatements per project case, most frequent (calls per case x mean):\n")
        .append(project.statements());
    out.append("Statements per bare case, most frequent:\n").append(bare.statements());
    out.append(String.format(Locale.ROOT, "load average now %.2f%n", loadAverage()));
    out.append("===============================================================================\n");
    System.out.println(out);
  }
}
