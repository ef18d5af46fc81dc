package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reporting columns of the case register follow a real case through the engine (the
 * statistics read them, not the history): stage, limits, decision, reply, closing.
 */
class CaseProgressRecordingTest extends H2ApplicationTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  /** The REST contract as that demo user: each step needs the rights of the user's role. */
  private ReceptionApi as(String user) {
    return new ReceptionApi(rest.withBasicAuth(user, "demo"));
  }

  @Test
  void theRegisterFollowsTheCaseFromTransferToArchive() throws Exception {
    ReceptionApi center = as("dengji");
    ReceptionApi api = as("rsj-staff");
    String caseNumber = (String) center.register(
        CaseLifecycleScenario.hotlineForm("34132419770303456")).getBody().get("caseNumber");
    assertThat(row(caseNumber)).containsEntry("SKIP_LEVEL", false);
    // staff mark the case 越级访 when they confirm the routing
    center.complete((String) center.awaitTask(caseNumber, "Task_ConfirmRouting").get("id"),
        Map.of("unitCode", "rsj", "problemCategory", "wage-arrears", "skipLevel", true));

    api.awaitTask(caseNumber, "Task_FaceToFaceReception");
    Map<String, Object> atReception = row(caseNumber);
    assertThat(atReception).containsEntry("STAGE", "Task_FaceToFaceReception")
        .containsEntry("STAGE_NAME", "当面接谈").containsEntry("SKIP_LEVEL", true);
    assertThat(atReception.get("TRANSFERRED_AT")).isNotNull();
    assertThat(atReception.get("ACCEPTANCE_DUE")).isNotNull()
        .isEqualTo(atReception.get("CURRENT_DUE"));
    api.complete((String) api.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实。"));

    api.complete((String) api.awaitTask(caseNumber, "Task_DecideAcceptance").get("id"),
        Map.of("acceptanceDecision", "ACCEPT"));
    api.awaitTask(caseNumber, "Task_HandleCase");
    Map<String, Object> inHandling = row(caseNumber);
    assertThat(inHandling).containsEntry("STAGE", "Task_HandleCase");
    assertThat(inHandling.get("ACCEPTANCE_DECIDED_AT")).isNotNull();
    assertThat(inHandling.get("ACCEPTED_AT")).isNotNull();
    assertThat((Timestamp) inHandling.get("HANDLING_DUE")).isAfter(
        (Timestamp) inHandling.get("ACCEPTED_AT")).isEqualTo(inHandling.get("CURRENT_DUE"));

    api.complete((String) api.awaitTask(caseNumber, "Task_HandleCase").get("id"),
        Map.of("handlingAction", "REPLY", "replyOpinion", "已责令支付。",
            "establishedFacts", "拖欠属实。", "replyBasis", "《保障农民工工资支付条例》。"));
    center.awaitTask(caseNumber, "Task_ConfirmFeedback");
    Map<String, Object> replied = row(caseNumber);
    assertThat(replied).containsEntry("STAGE", "Task_ConfirmFeedback")
        .containsEntry("CURRENT_DUE", null);
    assertThat(replied.get("REPLIED_AT")).isNotNull();

    center.complete((String) center.awaitTask(caseNumber, "Task_ConfirmFeedback").get("id"),
        Map.of("feedbackAccepted", true));
    center.complete((String) center.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "BASICALLY_SATISFIED"));
    Map<String, Object> closed = row(caseNumber);
    assertThat(closed).containsEntry("STATUS", "CLOSED").containsEntry("STAGE", "Event_CaseArchived")
        .containsEntry("SATISFACTION", "BASICALLY_SATISFIED").containsEntry("CURRENT_DUE", null)
        // registered and closed the same day (the next, if the test runs over midnight)
        .hasEntrySatisfying("HANDLING_WORKING_DAYS",
            days -> assertThat((Integer) days).isBetween(0, 1));
  }

  @Test
  void anOverdueBranchDoesNotMoveTheCaseOffItsStage() throws Exception {
    ReceptionApi center = as("dengji");
    ReceptionApi api = as("rsj-staff");
    String caseNumber = (String) center.register(
        CaseLifecycleScenario.hotlineForm("34132419770404567")).getBody().get("caseNumber");
    center.complete((String) center.awaitTask(caseNumber, "Task_ConfirmRouting").get("id"),
        Map.of("unitCode", "rsj", "problemCategory", "wage-arrears"));
    api.complete((String) api.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实。"));
    api.awaitTask(caseNumber, "Task_DecideAcceptance");
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult().getId();

    // the acceptance limit passes: the boundary timer raises a slip on its own branch, which ends
    Job timer = managementService.createJobQuery().processInstanceId(instance)
        .activityId("Event_AcceptanceOverdue").singleResult();
    managementService.executeJob(timer.getId());
    // the job executor raises the slip (asynchronously, as in production)
    Awaitility.await("slip raised").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM supervision_slip WHERE case_number = ?", Integer.class, caseNumber) == 1);
    Awaitility.await("overdue branch ended").atMost(Duration.ofSeconds(30)).until(() ->
        managementService.createJobQuery().processInstanceId(instance).count() == 0
            || runtimeService.createExecutionQuery().processInstanceId(instance)
                .activityId("Task_RaiseAcceptanceOverdueSlip").count() == 0);
    Map<String, Object> waiting = row(caseNumber);
    assertThat(waiting).containsEntry("STAGE", "Task_DecideAcceptance");
    assertThat(waiting.get("CURRENT_DUE")).isNotNull().isEqualTo(waiting.get("ACCEPTANCE_DUE"));
  }

  @Test
  void mediationTiersGetTheirWorkingDaysWhenTheyEnd() throws Exception {
    ReceptionApi unit = as("gaj-staff");
    ReceptionApi director = as("zhuren");
    String caseNumber =
        CaseLifecycleScenario.routed(as("dengji"), "34132419660606789", "public-security", "gaj");
    unit.complete((String) unit.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "MEDIATE", "receptionNotes", "当场调解。"));
    unit.complete((String) unit.awaitTask(caseNumber, "Task_OnSpotMediation").get("id"),
        Map.of("tier1Outcome", "ESCALATE", "tier1Notes", "窗口无法调处。"));
    director.awaitTask(caseNumber, "Task_ReviewEscalation");
    assertThat(row(caseNumber)).containsEntry("STAGE", "CallActivity_Mediation")
        .containsEntry("CURRENT_DUE", null);
    assertThat(tierDays(caseNumber)).containsExactly("1:ended");

    director.complete((String) director.awaitTask(caseNumber, "Task_ReviewEscalation").get("id"),
        Map.of("reviewDecision", "TIER2"));
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    ReceptionApi leader = as("gaj-leader");
    leader.complete((String) leader.awaitTask(caseNumber, "Task_DeputyLeaderMediation").get("id"),
        Map.of("tier2Report", "已报告。", "tier2Solution", "分期支付。", "tier2Outcome", "RESOLVED",
            "commitmentSigner", "李四", "commitmentSignedAt", today,
            "commitmentAgreement", "按方案解决，不再上访。"));
    as("dengji").awaitTask(caseNumber, "Task_RecordSatisfaction");
    assertThat(row(caseNumber)).containsEntry("STAGE", "Task_RecordSatisfaction")
        .containsEntry("SKIP_LEVEL", false);
    assertThat(tierDays(caseNumber)).containsExactly("1:ended", "2:ended");
  }

  /** "tier:ended" for each tier whose working days are recorded (0 or 1 in a test run). */
  private java.util.List<String> tierDays(String caseNumber) {
    return jdbc.queryForList(
        "SELECT tier, working_days FROM mediation_tier WHERE case_number = ? ORDER BY tier",
        caseNumber).stream()
        .map(r -> r.get("TIER") + ":" + (r.get("WORKING_DAYS") instanceof Integer d && d >= 0
            && d <= 1 ? "ended" : "running"))
        .toList();
  }

  private Map<String, Object> row(String caseNumber) {
    return jdbc.queryForMap("SELECT * FROM petition_case WHERE case_number = ?", caseNumber);
  }
}
