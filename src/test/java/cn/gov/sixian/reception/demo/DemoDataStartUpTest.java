package cn.gov.sixian.reception.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.roster.DutyAttendance;
import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.process.ProcessVariables;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * The first start of the default run, with demo data: while the generator moves the engine
 * clock, a registration office keeps calling {@code POST /api/cases} from the moment the server
 * listens. None of those calls is served on the simulated clock: each is refused with 503 in
 * Chinese while the health endpoint's readiness is OUT_OF_SERVICE, and once the application is
 * ready a registration succeeds with its moments and deadlines on the real clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reception.demo-data.enabled=true",
    // an empty database of its own: the demo data is generated only while no case exists
    "spring.datasource.url=jdbc:h2:mem:demo-start-up;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
@ActiveProfiles("test")
@Import(DemoDataStartUpTest.CallerDuringStartUp.class)
class DemoDataStartUpTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The generator's moments are days to weeks back; the real clock is never this far off. */
  static final Duration MOVED = Duration.ofHours(1);
  static final Duration SLACK = Duration.ofMinutes(1);

  @Autowired CallerDuringStartUp caller;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DutyAttendance attendance;
  @Autowired WorkingDayCalendar calendar;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void noRegistrationIsServedOnTheSimulatedClock() throws Exception {
    List<Attempt> attempts = caller.awaitDone();

    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).count())
        .as("demo cases generated").isGreaterThanOrEqualTo(30);
    List<Attempt> duringGeneration = attempts.stream().filter(Attempt::clockMoved).toList();
    assertThat(duringGeneration).as("calls made while the engine clock was moved").isNotEmpty();
    assertThat(duringGeneration).allSatisfy(a -> {
      assertThat(a.status()).as(a.body()).isEqualTo(503);
      assertThat(a.body()).contains("系统正在启动");
      assertThat(a.retryAfter()).isNotEmpty();
      assertThat(a.readinessStatus()).isEqualTo(503);
      assertThat(a.readiness()).contains("OUT_OF_SERVICE");
    });

    // every registration that was served has its moment on the real clock
    List<Attempt> registered = attempts.stream().filter(a -> a.status() == 201).toList();
    assertThat(registered).as("a registration once the application is ready").isNotEmpty();
    for (Attempt a : registered) {
      String caseNumber = JSON.readTree(a.body()).get("caseNumber").asText();
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber).singleResult();
      assertThat(instance.getStartTime().toInstant())
          .isBetween(a.sentAt().minus(SLACK), a.answeredAt().plus(SLACK));
      Date registeredAt = (Date) runtimeService.getVariable(
          instance.getId(), ProcessVariables.REGISTERED_AT);
      assertThat(registeredAt.toInstant())
          .isBetween(a.sentAt().minus(SLACK), a.answeredAt().plus(SLACK));
    }

    // and the last one goes on with deadlines counted from today
    Attempt last = registered.get(registered.size() - 1);
    String caseNumber = JSON.readTree(last.body()).get("caseNumber").asText();
    Task routing = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ConfirmRouting").singleResult();
    Map<String, Object> confirmed = new HashMap<>();
    confirmed.put("unitCode", "rsj");
    confirmed.put("problemCategory", "wage-arrears");
    confirmed.put("firstVisit", true);
    confirmed.put("leaderReception", false);
    taskService.complete(routing.getId(), confirmed);
    Date acceptanceDue = (Date) runtimeService.getVariable(
        routing.getProcessInstanceId(), ProcessVariables.ACCEPTANCE_DUE);
    assertThat(acceptanceDue.toInstant())
        .isAfter(Instant.now().plus(Duration.ofDays(14)))
        .isBefore(Instant.now().plus(Duration.ofDays(30)));
    assertThat(caller.readinessAtTheEnd()).isEqualTo(200);
  }

  @Test
  void theDemoWeeksHaveARosterTheTasksFollowAndOneMissedCheckIn() throws Exception {
    caller.awaitDone();
    LocalDate lastDay = calendar.previousWorkingDay(calendar.today());
    List<DutyAttendance.PostAttendance> rows = attendance.between(lastDay.minusWeeks(10), lastDay);
    assertThat(rows).extracting(DutyAttendance.PostAttendance::post)
        .contains("gaj", "rsj", "lawyer", "county-leader");
    assertThat(rows).allSatisfy(r -> assertThat(r.dutyDays()).isGreaterThanOrEqualTo(40));
    assertThat(rows.stream().mapToInt(DutyAttendance.PostAttendance::missed).sum()).isOne();
    assertThat(rows).filteredOn(r -> r.post().equals("rsj")).singleElement()
        .satisfies(r -> assertThat(r.missed()).isOne());
    // the demo case left at 当面接谈 in 县公安局 went to its window's person on duty
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_FaceToFaceReception")
        .taskAssignee("gaj-staff").count()).isPositive();
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_FaceToFaceReception")
        .taskCandidateGroup("unit-gaj").includeAssignedTasks().taskAssignee("gaj-staff").count())
        .isPositive();
  }

  @Test
  void theDemoWeeksHaveAPastAllDayPeriodWithItsDailyReports() throws Exception {
    caller.awaitDone();
    LocalDate lastDay = calendar.previousWorkingDay(calendar.today());
    LocalDate to = lastDay.minusWeeks(2);
    assertThat(jdbc.queryForList("SELECT reason FROM all_day_reception WHERE ends_on = ?",
        String.class, java.sql.Date.valueOf(to))).containsExactly(DemoAllDay.REASON);
    List<Map<String, Object>> reports = jdbc.queryForList(
        "SELECT report_date, registered, body FROM all_day_report ORDER BY report_date");
    // one per day of the period, weekends included; the weekend's are 零报告
    assertThat(reports).hasSize(DemoAllDay.DAYS);
    assertThat(reports).extracting(r -> r.get("body").toString())
        .anyMatch(b -> b.contains("零报告") && b.contains("今日无新登记信访事项"))
        .anyMatch(b -> b.contains("今日新登记信访事项"));
    assertThat(reports).allSatisfy(r ->
        assertThat(r.get("body").toString()).contains(r.get("report_date").toString() + "日报"));
  }

  @Test
  void oneDemoCaseOpensWithThePublishedQueryCode() throws Exception {
    caller.awaitDone();
    String caseNumber = jdbc.queryForObject("SELECT case_number FROM petition_case"
        + " WHERE petitioner_name = '冯建国'", String.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_query_code", Long.class))
        .as("every demo case has a code").isEqualTo(
            jdbc.queryForObject("SELECT COUNT(*) FROM petition_case", Long.class));
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/chaxun/"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("caseNumber=" + caseNumber + "&code="
            + DemoDataRunner.DEMO_QUERY_CODE.replace(" ", "+"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(caseNumber, "已结案归档", "信访事项处理意见书", "申请复查");
  }

  record Attempt(boolean clockMoved, Instant sentAt, Instant answeredAt, int status, String body,
      String retryAfter, int readinessStatus, String readiness) {}

  /**
   * Starts calling as soon as the web server listens (before the start-up runners) and stops
   * after the first registration served once the application is ready.
   */
  @TestConfiguration
  static class CallerDuringStartUp {

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean ready;
    private volatile int readinessAtTheEnd;
    private Thread thread;

    @EventListener
    void serverListens(WebServerInitializedEvent event) {
      int port = event.getWebServer().getPort();
      thread = new Thread(() -> call(port), "registration-during-start-up");
      thread.setDaemon(true);
      thread.start();
    }

    @EventListener
    void applicationReady(ApplicationReadyEvent event) {
      ready = true;
    }

    List<Attempt> awaitDone() throws InterruptedException {
      thread.join(Duration.ofMinutes(5).toMillis());
      assertThat(thread.isAlive()).as("caller still running").isFalse();
      return attempts;
    }

    int readinessAtTheEnd() {
      return readinessAtTheEnd;
    }

    private void call(int port) {
      String base = "http://localhost:" + port;
      String dengji = "Basic " + Base64.getEncoder()
          .encodeToString("dengji:demo".getBytes(StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      int n = 0;
      while (System.nanoTime() < deadline) {
        try {
          boolean readyBefore = ready;
          boolean moved = Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant())
              .abs().compareTo(MOVED) > 0;
          Instant sentAt = Instant.now();
          HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                  URI.create(base + "/api/cases"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", dengji)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(form(n++), StandardCharsets.UTF_8))
              .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          Instant answeredAt = Instant.now();
          HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
                  URI.create(base + "/actuator/health/readiness")).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          // the whole attempt, call and readiness probe, lay in the moved period: generation may
          // end, and readiness turn UP, between the call's answer and the probe
          boolean stillMoved = Duration.between(Instant.now(),
              ClockUtil.getCurrentTime().toInstant()).abs().compareTo(MOVED) > 0;
          attempts.add(new Attempt(moved && stillMoved, sentAt, answeredAt, answer.statusCode(),
              answer.body(),
              answer.headers().firstValue("Retry-After").orElse(""), readiness.statusCode(),
              readiness.body()));
          if (readyBefore && answer.statusCode() == 201) {
            readinessAtTheEnd = readiness.statusCode();
            return;
          }
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          attempts.add(new Attempt(false, Instant.now(), Instant.now(), -1, e.toString(), "", -1,
              ""));
        }
      }
    }

    private static String form(int n) throws Exception {
      Map<String, Object> form = new HashMap<>();
      form.put("petitionerName", "启动测试");
      form.put("idNumber", TestIdNumbers.of("34132419900101%03d".formatted(n % 1000)));
      form.put("phone", "0557-7012345");
      form.put("address", "泗县墩集镇新街村");
      form.put("visitorCount", 1);
      form.put("problemCategory", "wage-arrears");
      form.put("matter", "包工头拖欠工资八千元。");
      form.put("request", "要求结清工资。");
      form.put("channel", "HOTLINE");
      return JSON.writeValueAsString(form);
    }
  }
}
