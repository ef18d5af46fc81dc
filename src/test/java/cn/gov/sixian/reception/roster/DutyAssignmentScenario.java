package cn.gov.sixian.reception.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.CaseTasks;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster drives the work, on the engine clock set to Monday 2026-09-21 (a duty day) and
 * Saturday the 26th (the Mid-Autumn holiday): 当面接谈 goes to the unit's window person of the
 * day, 提供法律咨询 to the lawyer of the day, 县党政领导接访 to the leader receiving; the group stays
 * candidate. With nobody on the post the task stays with the group and the deputy director is
 * told once; on a day off nobody is missing. Run on H2 and PostgreSQL (see the subclasses).
 */
abstract class DutyAssignmentScenario {

  static final String PASSWORD = "Duty#Assign-2026";
  static final String GAJ = "da-gaj";
  static final String GAJ_DAY = "da-gaj2";
  static final String LAWYER = "da-lvshi";
  static final String LEADER = "da-xianling";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  private int cases;

  @BeforeEach
  void people() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, GAJ, "unit-gaj", PASSWORD);
    TestUsers.ensure(identityService, LAWYER, "lawyers", PASSWORD);
    TestUsers.ensure(identityService, LEADER, "county-leaders", PASSWORD);
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'NOBODY_ON_DUTY'");
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'NOBODY_ON_DUTY'");
    for (String user : List.of(GAJ, LAWYER, LEADER)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void eachTaskGoesToThePersonOnDutyAndTheGroupStaysCandidate() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 9, 21), 10));
    onDuty("2026-09-21", "gaj", GAJ);
    onDuty("2026-09-21", "lawyer", LAWYER);
    onDuty("2026-09-21", "county-leader", LEADER);

    Task reception = transferred("gaj", false, "Task_FaceToFaceReception");
    assertThat(reception.getAssignee()).isEqualTo(GAJ);
    assertThat(candidateGroups(reception)).containsExactly("unit-gaj");

    Task leader = transferred("gaj", true, "Task_LeaderReception");
    assertThat(leader.getAssignee()).isEqualTo(LEADER);
    assertThat(candidateGroups(leader)).containsExactly("county-leaders");

    Task legal = legalConsultation(caseNumberOf(reception));
    assertThat(legal.getAssignee()).isEqualTo(LAWYER);
    assertThat(candidateGroups(legal)).containsExactly("lawyers");

    // a roster changed later does not move a task already given out
    jdbc.update("DELETE FROM duty_roster");
    assertThat(taskService.createTaskQuery().taskId(reception.getId()).singleResult().getAssignee())
        .isEqualTo(GAJ);
    assertThat(told()).isEmpty();
  }

  @Test
  void withNobodyOnDutyTheTaskStaysWithTheGroupAndTheDeputyDirectorIsToldOnce() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 9, 21), 10));
    onDuty("2026-09-21", "gaj", GAJ);
    Task reception = transferred("rsj", false, "Task_FaceToFaceReception");
    assertThat(reception.getAssignee()).isNull();
    assertThat(candidateGroups(reception)).containsExactly("unit-rsj");
    List<String> told = Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(this::told, list -> !list.isEmpty());
    assertThat(told).containsExactly("nobody-on-duty:" + reception.getId());
    assertThat(jdbc.queryForObject("SELECT recipient FROM sent_notification"
        + " WHERE kind = 'NOBODY_ON_DUTY'", String.class)).isEqualTo("jfzx-fuzhuren@sixian.gov.cn");

    // Mid-Autumn holiday: no duty, so nobody is missing and nobody is told
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 9, 26), 10));
    Task holiday = transferred("rsj", false, "Task_FaceToFaceReception");
    assertThat(holiday.getAssignee()).isNull();
    assertThat(noticesStartedFor(reception)).isOne();
    assertThat(noticesStartedFor(holiday)).isZero();
    assertThat(told()).hasSize(1);
  }

  @Test
  void inAnAllDayPeriodTheShiftOnTakesTheTaskAndTheNightShiftLastsPastMidnight() {
    TestUsers.ensure(identityService, GAJ_DAY, "unit-gaj", PASSWORD);
    try {
      jdbc.update("INSERT INTO all_day_reception (id, starts_on, ends_on, reason, opened_by,"
          + " opened_at) VALUES ('da-period', ?, ?, '中秋国庆期间', 'test', CURRENT_TIMESTAMP)",
          java.sql.Date.valueOf("2026-09-25"), java.sql.Date.valueOf("2026-10-08"));
      onShift("2026-09-26", "night", "gaj", GAJ);
      onShift("2026-09-27", "day", "gaj", GAJ_DAY);

      // Sunday 03:00, the Mid-Autumn holiday's night: Saturday's night shift
      ClockUtil.setCurrentTime(at(LocalDate.of(2026, 9, 27), 3));
      Task night = transferred("gaj", false, "Task_FaceToFaceReception");
      assertThat(night.getAssignee()).isEqualTo(GAJ);
      assertThat(candidateGroups(night)).containsExactly("unit-gaj");

      ClockUtil.setCurrentTime(at(LocalDate.of(2026, 9, 27), 9));
      assertThat(transferred("gaj", false, "Task_FaceToFaceReception").getAssignee())
          .isEqualTo(GAJ_DAY);
      // nobody on Sunday's night shift: the task waits for the group, the center is told
      ClockUtil.setCurrentTime(at(LocalDate.of(2026, 9, 27), 21));
      Task nobody = transferred("gaj", false, "Task_FaceToFaceReception");
      assertThat(nobody.getAssignee()).isNull();
      assertThat(noticesStartedFor(nobody)).isOne();
    } finally {
      jdbc.update("DELETE FROM all_day_reception WHERE id = 'da-period'");
      identityService.deleteUser(GAJ_DAY);
    }
  }

  /** roster-watch instances started by message for that task (started in its transaction). */
  private long noticesStartedFor(Task task) {
    return historyService.createHistoricVariableInstanceQuery().variableName("dutyTaskId")
        .variableValueEquals("dutyTaskId", task.getId()).count();
  }

  private List<String> told() {
    return jdbc.queryForList("SELECT reference FROM sent_notification WHERE kind = 'NOBODY_ON_DUTY'",
        String.class);
  }

  private void onShift(String date, String shift, String post, String user) {
    jdbc.update("INSERT INTO duty_roster (duty_date, shift, post, user_id, updated_by, updated_at)"
            + " VALUES (?, ?, ?, ?, 'test', ?)", java.sql.Date.valueOf(date), shift, post, user,
        new Timestamp(System.currentTimeMillis()));
  }

  private void onDuty(String date, String post, String user) {
    jdbc.update("INSERT INTO duty_roster (duty_date, post, user_id, updated_by, updated_at)"
            + " VALUES (?, ?, ?, 'test', ?)", java.sql.Date.valueOf(date), post, user,
        new Timestamp(System.currentTimeMillis()));
  }

  /** A case registered and transferred to the unit, at its first task {@code taskKey}. */
  private Task transferred(String unit, boolean leaderFirst, String taskKey) {
    Map<String, Object> form = new HashMap<>();
    form.put("petitionerName", "周八");
    form.put("idNumber", TestIdNumbers.of("3413241985010" + (1000 + cases++)));
    form.put("phone", "0557-7012345");
    form.put("address", "泗县墩集镇");
    form.put("township", "town-dunji");
    form.put("visitorCount", 1);
    form.put("problemCategory", "public-security");
    form.put("matter", "邻居占用通道，多次协商未果。");
    form.put("request", "要求处理。");
    String caseNumber = runtimeService.startProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION, form)
        .getBusinessKey();
    CaseTasks.complete(taskService, caseNumber, "Task_ConfirmRouting", Map.of(
        "unitCode", unit, "problemCategory", "public-security", "leaderReception", leaderFirst));
    return CaseTasks.await(taskService, caseNumber, taskKey);
  }

  private Task legalConsultation(String caseNumber) {
    String id = runtimeService.startProcessInstanceByKey(ProcessKeys.MEDIATION_SUPPORT, Map.of(
        "caseNumber", caseNumber, "supportKind", "LEGAL", "supportRequest", "如何界定通行权？")).getId();
    return taskService.createTaskQuery().processInstanceId(id).singleResult();
  }

  private String caseNumberOf(Task task) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
  }
}
