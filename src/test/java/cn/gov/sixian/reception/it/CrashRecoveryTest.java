package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the application while staff register and route cases on PostgreSQL, then a restart:
 * no acknowledged case lost, no duplicate case number, no half-saved case (every register row has
 * its process instance and vice versa), the timers still scheduled and firing, the asynchronous
 * jobs the dead JVM held picked up again, and no full ID or phone number in the log.
 */
class CrashRecoveryTest {

  private static final String ADMIN = "crash-admin";
  private static final String PASSWORD = "Crash#Admin-2026";

  private ApplicationProcess app;
  private AppHttp api;
  private String jdbcUrl;

  @AfterEach
  void stopApplication() throws InterruptedException {
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void killedMidFlightAndRestartedLosesAndDuplicatesNothing() throws Exception {
    jdbcUrl = TestPostgres.createDatabase("crash");
    Path log = Path.of("target", "crash-recovery-app.log");
    Files.deleteIfExists(log);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("RECEPTION_DB_URL", jdbcUrl);
    env.put("RECEPTION_DB_USER", "postgres");
    env.put("RECEPTION_DB_PASSWORD", "postgres");
    env.put("RECEPTION_ADMIN_USER", ADMIN);
    env.put("RECEPTION_ADMIN_PASSWORD", PASSWORD);
    env.put("SPRING_MAIL_HOST", "127.0.0.1");
    env.put("SPRING_MAIL_PORT", String.valueOf(TestMailServer.port()));
    // jobs a dead node had locked are taken over when the lock expires: short here, 5 min default
    List<String> tuning = List.of(
        "-Dcamunda.bpm.job-execution.lock-time-in-millis=8000",
        "-Dcamunda.bpm.job-execution.wait-time-in-millis=200",
        "-Dcamunda.bpm.job-execution.max-wait=1000",
        "-Dspring.main.banner-mode=off");
    app = new ApplicationProcess(env, tuning, log);
    app.start(Duration.ofSeconds(90));
    api = new AppHttp(app.baseUrl(), ADMIN, PASSWORD);

    // four members of staff register and route cases until the process is killed
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> routed = ConcurrentHashMap.newKeySet();
    List<String> idNumbers = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger unanswered = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    for (int i = 0; i < 400; i++) {
      idNumbers.add(TestIdNumbers.of(String.format("34132419850101%03d", i)));
      phones.add(String.format("139%08d", 55500000 + i));
    }
    List<Thread> staff = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        while (!stop.get()) {
          int n = attempts.getAndIncrement();
          if (n >= idNumbers.size()) {
            return;
          }
          try {
            String caseNumber = register(idNumbers.get(n), phones.get(n));
            if (caseNumber != null) {
              acknowledged.add(caseNumber);
              if (route(caseNumber)) {
                routed.add(caseNumber);
              }
            }
          } catch (IOException | RuntimeException cutOff) {
            unanswered.incrementAndGet();
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      thread.start();
      staff.add(thread);
    }
    long loadStarted = System.nanoTime();
    // kill only once registrations AND task completions are under way (a loaded machine is slow)
    while ((acknowledged.size() < 30 || routed.size() < 10
        || System.nanoTime() - loadStarted < 4_000_000_000L)
        && System.nanoTime() - loadStarted < 120_000_000_000L) {
      Thread.sleep(50);
    }
    app.kill();
    stop.set(true);
    for (Thread thread : staff) {
      thread.join();
    }
    int acknowledgedAtKill = acknowledged.size();
    int routedAtKill = routed.size();

    app.start(Duration.ofSeconds(90));

    try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      Set<String> found = new HashSet<>(strings(db, "SELECT case_number FROM petition_case"));
      int duplicateKeys = count(db, "SELECT COUNT(*) FROM (SELECT business_key_ FROM act_hi_procinst"
          + " WHERE proc_def_key_ = 'joint-reception' GROUP BY business_key_ HAVING COUNT(*) > 1) d");
      int registerWithoutProcess = count(db, "SELECT COUNT(*) FROM petition_case c WHERE NOT EXISTS"
          + " (SELECT 1 FROM act_hi_procinst p WHERE p.id_ = c.process_instance_id"
          + " AND p.business_key_ = c.case_number)");
      int processWithoutRegister = count(db, "SELECT COUNT(*) FROM act_hi_procinst p"
          + " WHERE p.proc_def_key_ = 'joint-reception' AND NOT EXISTS"
          + " (SELECT 1 FROM petition_case c WHERE c.case_number = p.business_key_)");
      int openWithoutExecution = count(db, "SELECT COUNT(*) FROM petition_case c"
          + " WHERE c.status = 'OPEN' AND NOT EXISTS"
          + " (SELECT 1 FROM act_ru_execution e WHERE e.id_ = c.process_instance_id)");
      int routedWithoutReception = count(db, "SELECT COUNT(*) FROM act_hi_taskinst r"
          + " WHERE r.task_def_key_ = 'Task_ConfirmRouting' AND r.end_time_ IS NOT NULL"
          + " AND NOT EXISTS (SELECT 1 FROM act_ru_task f WHERE f.proc_inst_id_ = r.proc_inst_id_"
          + " AND f.task_def_key_ = 'Task_FaceToFaceReception')");
      Set<Integer> sequence = new HashSet<>();
      for (String number : found) {
        sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
      }
      Set<String> lost = new HashSet<>(acknowledged);
      lost.removeAll(found);
      Set<String> routedLost = new HashSet<>(routed);
      routedLost.removeAll(strings(db, "SELECT p.business_key_ FROM act_hi_taskinst t"
          + " JOIN act_hi_procinst p ON p.id_ = t.proc_inst_id_"
          + " WHERE t.task_def_key_ = 'Task_ConfirmRouting' AND t.end_time_ IS NOT NULL"));

      System.out.printf("Crash test: %d registrations attempted, %d acknowledged (201) before"
              + " kill -9, %d routings acknowledged, %d requests cut off; after restart %d cases"
              + " found, %d acknowledged lost, %d routings lost, %d duplicate case numbers,"
              + " %d register rows without process, %d processes without register row,"
              + " %d open cases without execution, %d routed cases without their next task%n",
          Math.min(attempts.get(), idNumbers.size()), acknowledgedAtKill, routed.size(),
          unanswered.get(), found.size(), lost.size(), routedLost.size(), duplicateKeys,
          registerWithoutProcess, processWithoutRegister, openWithoutExecution,
          routedWithoutReception);

      assertThat(acknowledgedAtKill).isGreaterThanOrEqualTo(30);
      assertThat(routedAtKill).as("routings completed before the kill").isGreaterThanOrEqualTo(10);
      assertThat(lost).isEmpty();
      assertThat(routedLost).isEmpty();
      assertThat(duplicateKeys).isZero();
      assertThat(sequence).hasSameSizeAs(found);
      assertThat(registerWithoutProcess).isZero();
      assertThat(processWithoutRegister).isZero();
      assertThat(openWithoutExecution).isZero();
      assertThat(routedWithoutReception).isZero();

      // the timers are still scheduled, once each, and the restarted job executor fires them
      assertThat(strings(db, "SELECT process_def_key_ FROM act_ru_job"
              + " WHERE handler_type_ = 'timer-start-event' ORDER BY process_def_key_"))
          .containsExactly("roster-watch", "weekly-bulletin");
      String watchJob = strings(db, "SELECT id_ FROM act_ru_job"
          + " WHERE handler_type_ = 'timer-start-event' AND process_def_key_ = 'roster-watch'")
          .get(0);
      try (Statement s = db.createStatement()) {
        s.executeUpdate("UPDATE act_ru_job SET duedate_ = now() - interval '1 minute'"
            + " WHERE id_ = '" + watchJob + "'");
      }
      awaitZero(db, "SELECT COUNT(*) FROM act_ru_job WHERE id_ = '" + watchJob + "'");
      assertThat(count(db, "SELECT COUNT(*) FROM act_hi_job_log WHERE job_id_ = '" + watchJob
          + "' AND job_state_ = 2")).isOne();
      assertThat(count(db, "SELECT COUNT(*) FROM act_ru_job"
          + " WHERE handler_type_ = 'timer-start-event' AND process_def_key_ = 'roster-watch'"))
          .isOne();

      // the transfer notices in flight, some locked by the dead JVM, are all sent after all
      awaitZero(db, "SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message' AND retries_ > 0");
      assertThat(count(db, "SELECT COUNT(*) FROM act_ru_incident")).isZero();
    }

    // the restarted application goes on numbering without a gap or a repeat
    String next = register(TestIdNumbers.of("34132419850202001"), "13955599999");
    assertThat(next).isNotNull();
    System.out.println("Crash test: first case after restart " + next);

    String output = Files.readString(log, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(attempts.get(), idNumbers.size()); i++) {
      assertThat(output).doesNotContain(idNumbers.get(i)).doesNotContain(phones.get(i));
    }
  }

  private String register(String idNumber, String phone) throws IOException, InterruptedException {
    return AppHttp.caseNumber(api.register(idNumber, phone));
  }

  /** Completes 分类确认 of the case; true when the engine answered 204. */
  private boolean route(String caseNumber) throws IOException, InterruptedException {
    JsonNode tasks = AppHttp.body(api.send("GET", "/engine-rest/task?processInstanceBusinessKey="
        + caseNumber + "&taskDefinitionKey=Task_ConfirmRouting&maxResults=10", null));
    if (tasks.isEmpty()) {
      return false;
    }
    String body = "{\"variables\":{\"unitCode\":{\"value\":\"rsj\",\"type\":\"String\"},"
        + "\"problemCategory\":{\"value\":\"wage-arrears\",\"type\":\"String\"}}}";
    return api.send("POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        body).statusCode() == 204;
  }

  private static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> result = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }

  private static int count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void awaitZero(Connection db, String sql) {
    Awaitility.await(sql).atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
        .untilAsserted(() -> assertThat(count(db, sql)).as(sql).isZero());
  }
}
