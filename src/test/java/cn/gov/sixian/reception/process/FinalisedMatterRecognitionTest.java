package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseStatus;
import cn.gov.sixian.reception.documents.DocumentKind;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Registration recognises a matter finalised after re-review (复核终结): the same person and the
 * same category, the earlier cases shown with their review outcomes at 分类确认.
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn", "processes/mediation.bpmn",
    // a repeat petition on a closed case puts the earlier one up for accountability
    "processes/accountability-referral.bpmn", "processes/supervision.bpmn",
    "processes/tracking-entry.bpmn"})
class FinalisedMatterRecognitionTest extends PlainEngineTest {

  static final String EARLIER = "JF-2025-000321";

  /** An earlier closed case of the same petitioner, in {@code category}. */
  void earlierCase(String caseNumber, String category) {
    fixture.register.add(new CaseRecord(caseNumber, "pi-" + caseNumber,
        Instant.parse("2025-10-09T01:00:00Z"), "张三", Registrations.ID_NUMBER_VALUE, "13855701234",
        "泗县泗城镇", category, "工资", "town-sicheng", 1, false, true, "rsj", "县人社局",
        CaseStatus.CLOSED, "REPLIED", "DISSATISFIED", Instant.parse("2025-11-20T01:00:00Z")));
  }

  void reviewed(String caseNumber, String kind, String outcome) {
    fixture.appDatabase.update("INSERT INTO case_review (process_instance_id, case_number, kind,"
            + " body_code, body_name, in_county, requested_at, reason, due_at, decided_at, outcome,"
            + " status) VALUES (?, ?, ?, 'county-government', '泗县人民政府', TRUE, ?, '不服。', ?, ?, ?,"
            + " 'DECIDED')", "rv-" + caseNumber + kind, caseNumber, kind,
        Timestamp.from(Instant.parse("2025-12-01T01:00:00Z")),
        Timestamp.from(Instant.parse("2025-12-31T09:30:00Z")),
        Timestamp.from(Instant.parse("2025-12-20T01:00:00Z")), outcome);
  }

  ProcessInstance register(String category) {
    return runtimeService().startProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION,
        Registrations.form(category));
  }

  @Test
  void aMatterFinalisedAfterReReviewIsShownAtRoutingWithItsOutcomes() {
    earlierCase(EARLIER, "wage-arrears");
    reviewed(EARLIER, "REVIEW", "UPHELD");
    reviewed(EARLIER, "RE_REVIEW", "UPHELD");
    ProcessInstance pi = register("wage-arrears");
    assertThat(pi).isWaitingAt("Task_ConfirmRouting").variables()
        .containsEntry(FINALISED_MATTER, true).containsEntry(FIRST_VISIT, false);
    String finalised = (String) runtimeService().getVariable(pi.getId(), FINALISED_CASES);
    assertThat(finalised).contains(EARLIER, "县人社局", "复查维持", "复核维持（已终结）");
    assertThat((String) runtimeService().getVariable(pi.getId(), EARLIER_CASES_SUMMARY))
        .contains(EARLIER, "复核维持（已终结）");
  }

  @Test
  void theSameFactsAreNotAcceptedTheCaseClosesWithTheCentersNotice() {
    earlierCase(EARLIER, "wage-arrears");
    reviewed(EARLIER, "REVIEW", "UPHELD");
    reviewed(EARLIER, "RE_REVIEW", "UPHELD");
    ProcessInstance pi = register("wage-arrears");
    String caseNumber = (String) runtimeService().getVariable(pi.getId(), CASE_NUMBER);
    // the choice is required for such a visit
    assertThatThrownBy(() -> complete(task(pi), withVariables(UNIT_CODE, "rsj",
        PROBLEM_CATEGORY, "wage-arrears"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("已复核终结事项的处理");
    complete(task(pi), withVariables(UNIT_CODE, "rsj", PROBLEM_CATEGORY, "wage-arrears",
        FINALISED_HANDLING, "NOT_ACCEPTED", LEADER_RECEPTION, true));
    assertThat(pi).isEnded().hasPassed("Task_NotAcceptFinalised", "Task_CloseFinalisedCase",
        "Event_NotAcceptedFinalised").hasNotPassed("Task_NotifyUnit", "Task_LeaderReception");
    assertThat(fixture.register.find(caseNumber).orElseThrow().outcome()).isEqualTo("NOT_ACCEPTED");
    assertThat(fixture.documents.titlesOf(caseNumber)).contains("不予受理告知书")
        .doesNotContain("转办单");
    assertThat(fixture.documents.lastTextOf(caseNumber, DocumentKind.NON_ACCEPTANCE_NOTICE))
        .contains("泗信不受〔2026〕", "告知单位泗县联合接访中心", EARLIER, "复核维持（已终结）",
            "复核意见为终结意见", "不再受理", "如有新的事实和理由，可以重新提出");
  }

  @Test
  void newFactsMakeANewMatterTransferredAsUsual() {
    earlierCase(EARLIER, "wage-arrears");
    reviewed(EARLIER, "RE_REVIEW", "REVOKED");
    ProcessInstance pi = register("wage-arrears");
    String caseNumber = (String) runtimeService().getVariable(pi.getId(), CASE_NUMBER);
    assertThatThrownBy(() -> complete(task(pi), withVariables(UNIT_CODE, "rsj",
        PROBLEM_CATEGORY, "wage-arrears", FINALISED_HANDLING, "NEW_FACTS")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("新的事实和理由");
    complete(task(pi), withVariables(UNIT_CODE, "rsj", PROBLEM_CATEGORY, "wage-arrears",
        FINALISED_HANDLING, "NEW_FACTS", NEW_FACTS, "施工单位2026年又新拖欠两个月工资。"));
    runAsync(pi);
    assertThat(pi).isWaitingAt("Task_FaceToFaceReception").variables()
        .containsEntry(FINAL_NON_ACCEPTANCE, false)
        .containsEntry(NEW_FACTS, "施工单位2026年又新拖欠两个月工资。");
    assertThat(fixture.documents.titlesOf(caseNumber)).contains("转办单");
  }

  @Test
  void anotherCategoryOrAReviewWithoutReReviewIsNotFinal() {
    earlierCase(EARLIER, "wage-arrears");
    reviewed(EARLIER, "REVIEW", "CHANGED");
    earlierCase("JF-2025-000322", "education");
    reviewed("JF-2025-000322", "REVIEW", "UPHELD");
    reviewed("JF-2025-000322", "RE_REVIEW", "REVOKED");
    ProcessInstance pi = register("wage-arrears");
    assertThat(pi).variables().containsEntry(FINALISED_MATTER, false).doesNotContainKey(FINALISED_CASES);
    // the earlier cases still show how their reviews ended
    assertThat((String) runtimeService().getVariable(pi.getId(), EARLIER_CASES_SUMMARY))
        .contains(EARLIER + "｜", "复查变更", "JF-2025-000322", "复核撤销（已终结）");
  }
}
