package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.Map;
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

  @Test
  void theRegisterFollowsTheCaseFromTransferToArchive() throws Exception {
    ReceptionApi api = new ReceptionApi(rest);
    String caseNumber =
        CaseLifecycleScenario.routed(api, "34132419770303456", "wage-arrears", "rsj");

    api.awaitTask(caseNumber, "Task_FaceToFaceReception");
    Map<String, Object> atReception = row(caseNumber);
    assertThat(atReception).containsEntry("STAGE", "Task_FaceToFaceReception")
        .containsEntry("STAGE_NAME", "当面接谈");
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
        Map.of("handlingAction", "REPLY", "replyOpinion", "已责令支付。"));
    api.awaitTask(caseNumber, "Task_ConfirmFeedback");
    Map<String, Object> replied = row(caseNumber);
    assertThat(replied).containsEntry("STAGE", "Task_ConfirmFeedback")
        .containsEntry("CURRENT_DUE", null);
    assertThat(replied.get("REPLIED_AT")).isNotNull();

    api.complete((String) api.awaitTask(caseNumber, "Task_ConfirmFeedback").get("id"),
        Map.of("feedbackAccepted", true));
    api.complete((String) api.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "BASICALLY_SATISFIED"));
    Map<String, Object> closed = row(caseNumber);
    assertThat(closed).containsEntry("STATUS", "CLOSED").containsEntry("STAGE", "Event_CaseArchived")
        .containsEntry("SATISFACTION", "BASICALLY_SATISFIED").containsEntry("CURRENT_DUE", null)
        // registered and closed the same day (the next, if the test runs over midnight)
        .hasEntrySatisfying("HANDLING_WORKING_DAYS",
            days -> assertThat((Integer) days).isBetween(0, 1));
  }

  private Map<String, Object> row(String caseNumber) {
    return jdbc.queryForMap("SELECT * FROM petition_case WHERE case_number = ?", caseNumber);
  }
}
