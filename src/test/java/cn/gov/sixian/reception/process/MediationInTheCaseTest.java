package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Mediation where the case meets it: on the spot at face-to-face reception, after a reply the
 * petitioner is dissatisfied with, and with a lawyer's opinion arriving beside it.
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn",
    "processes/mediation.bpmn", "processes/mediation-support.bpmn"})
class MediationInTheCaseTest extends PlainEngineTest {

  static final ZonedDateTime NOW = MONDAY_2_MARCH;




  ProcessInstance atFaceToFaceReception() {
    return atFaceToFaceReception(Registrations.form("public-security"), "gaj");
  }

  @Test
  void mediationReceivesAndReturnsOnlyTheVariablesOfItsContract() {
    ProcessInstance pi = atFaceToFaceReception();
    runtimeService().setVariable(pi.getId(), SUPERVISION_DETAILS, "不属于调解的变量");
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "当场调解。"));
    ProcessInstance mediation = calledProcessInstance(pi);
    java.util.Map<String, Object> received = runtimeService().getVariables(mediation.getId());
    assertThat(received).containsEntry(CASE_NUMBER, "JF-2026-000001").containsEntry(PETITIONER_NAME, "张三")
        .containsEntry(RECEPTION_NOTES, "当场调解。").doesNotContainKey(SUPERVISION_DETAILS)
        .doesNotContainKey(TIER2_OUTCOME); // passed only when the case has it, never as null

    complete(task(mediation), withVariables(TIER1_OUTCOME, "RESOLVED", TIER1_NOTES, "双方和解。",
        COMMITMENT_SIGNER, "张三", COMMITMENT_SIGNED_AT, "2026-03-02", COMMITMENT_AGREEMENT, "赔偿医药费。"));
    assertThat(pi).isWaitingAt("Task_RecordSatisfaction").variables()
        .containsEntry(TIER1_OUTCOME, "RESOLVED").containsEntry(TIER1_NOTES, "双方和解。")
        .containsEntry(CASE_OUTCOME, "MEDIATED").containsEntry(MEDIATED, true)
        .containsEntry(SUPERVISION_DETAILS, "不属于调解的变量");
  }

  @Test
  void onTheSpotMediationWithALawyersOpinionClosesTheCaseAsMediated() {
    ProcessInstance pi = atFaceToFaceReception();
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "邻里纠纷，当场调解。"));
    assertThat(pi).isWaitingAt("CallActivity_Mediation");
    ProcessInstance mediation = calledProcessInstance(pi);
    assertThat(mediation).hasBusinessKey("JF-2026-000001").isWaitingAt("Task_OnSpotMediation");

    // the registration staff ask the lawyer on duty, beside the mediation
    String bad = "JF-2026-999999";
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ProcessKeys.MEDIATION_SUPPORT,
            Map.of(CASE_NUMBER, bad, SUPPORT_KIND, "LEGAL", SUPPORT_REQUEST, "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不存在或已结案");
    ProcessInstance support = runtimeService().startProcessInstanceByKey(ProcessKeys.MEDIATION_SUPPORT,
        Map.of(CASE_NUMBER, "jf-2026-000001", SUPPORT_KIND, "LEGAL", SUPPORT_REQUEST, "损害赔偿如何计算？"));
    assertThat(support).hasBusinessKey("JF-2026-000001").isWaitingAt("Task_LegalConsultation")
        .variables().containsEntry(PETITIONER_NAME, "张三").containsEntry(UNIT_NAME, "县公安局");
    assertThat(task(support)).hasCandidateGroup("lawyers");
    complete(task(support), withVariables(SUPPORT_PROVIDER, "孙立法", SUPPORT_OPINION, "可依据民法典第1179条主张赔偿。"));
    assertThat(support).isEnded();
    assertThat((String) runtimeService().getVariable(mediation.getId(), SUPPORT_OPINIONS))
        .isEqualTo("【法律咨询】孙立法（2026年3月2日）：可依据民法典第1179条主张赔偿。");
    // the mediation itself was never blocked
    assertThat(mediation).isWaitingAt("Task_OnSpotMediation");

    complete(task(mediation), withVariables(TIER1_OUTCOME, "RESOLVED", TIER1_NOTES, "双方和解。",
        COMMITMENT_SIGNER, "张三", COMMITMENT_SIGNED_AT, "2026-03-02", COMMITMENT_AGREEMENT, "赔偿医药费。"));
    assertThat(pi).isWaitingAt("Task_RecordSatisfaction").variables()
        .containsEntry(CASE_OUTCOME, "MEDIATED").containsEntry(MEDIATED, true)
        .containsEntry(SUPPORT_OPINIONS, "【法律咨询】孙立法（2026年3月2日）：可依据民法典第1179条主张赔偿。");
    complete(task(pi), withVariables(SATISFACTION, "SATISFIED"));
    assertThat(pi).isEnded();
    assertThat(fixture.register.find("JF-2026-000001").orElseThrow().outcome()).isEqualTo("MEDIATED");
  }

  @Test
  void socialMediatorsCanBeInvitedToo() {
    ProcessInstance pi = atFaceToFaceReception();
    ProcessInstance support = runtimeService().startProcessInstanceByKey(ProcessKeys.MEDIATION_SUPPORT,
        Map.of(CASE_NUMBER, "JF-2026-000001", SUPPORT_KIND, "SOCIAL", SUPPORT_REQUEST, "请乡贤参与调解。"));
    assertThat(support).isWaitingAt("Task_SocialMediation");
    assertThat(task(support)).hasCandidateGroup("social-mediators");
    complete(task(support), withVariables(SUPPORT_PROVIDER, "吴德厚", SUPPORT_OPINION, "建议双方各让一步。"));
    assertThat((String) runtimeService().getVariable(pi.getId(), SUPPORT_OPINIONS))
        .startsWith("【社会调解】吴德厚");
  }

  @Test
  void dissatisfiedWithTheReplyGoesToMediationOnceThenCloses() {
    ProcessInstance pi = atFaceToFaceReception();
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "RESOLVED", RECEPTION_NOTES, "已接谈。",
        ON_SPOT_REPLY, "依法答复。"));
    String evaluation = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(evaluation,
            withVariables(SATISFACTION, "SATISFIED", REQUEST_MEDIATION, true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不满意");
    complete(task(pi), withVariables(SATISFACTION, "DISSATISFIED", SATISFACTION_NOTE, "要求更高赔偿。",
        REQUEST_MEDIATION, true));

    ProcessInstance mediation = calledProcessInstance(pi);
    assertThat(mediation).isWaitingAt("Task_ReviewEscalation").hasNotPassed("Task_OnSpotMediation");
    complete(task(mediation), withVariables(REVIEW_DECISION, "TIER3"));
    complete(task(mediation), withVariables(JOINT_UNITS, "gaj,sfj"));
    for (Task opinion : taskQuery().processInstanceId(mediation.getId()).list()) {
      taskService().complete(opinion.getId(), withVariables(UNIT_OPINION, "意见。"));
    }
    complete(task(mediation), withVariables(MEETING_DATE, "2026-03-05", MEETING_ATTENDEES, "两单位",
        COORDINATION_OPINION, "提请县领导。", HEARING_REQUIRED, false));
    complete(task(mediation), withVariables(TIER3_OUTCOME, "ESCALATE", TIER3_NOTES, "无法决定。"));
    complete(task(mediation), withVariables(COUNTY_LEADER_NAME, "陈志远", COUNTY_LEADER_REQUEST, "请县领导决定。"));
    complete(task(mediation), withVariables(COUNTY_LEADER_DECISION, "维持原答复意见。"));

    assertThat(pi).isWaitingAt("Task_RecordSatisfaction").variables()
        .containsEntry(CASE_OUTCOME, "COUNTY_LEADER_DECIDED");
    String again = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(again, withVariables(SATISFACTION, "DISSATISFIED",
            SATISFACTION_NOTE, "仍不满意。", REQUEST_MEDIATION, true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能再次转入调解");
    complete(task(pi), withVariables(SATISFACTION, "DISSATISFIED", SATISFACTION_NOTE, "仍不满意。"));
    assertThat(pi).isEnded().hasPassed("CallActivity_Mediation", "Event_CaseArchived");
    assertThat(fixture.register.find("JF-2026-000001").orElseThrow().outcome())
        .isEqualTo("COUNTY_LEADER_DECIDED");
    assertThat(fixture.tierLog.ofCase("JF-2026-000001")).extracting(r -> r.tier()).containsExactly(3, 4);
  }
}
