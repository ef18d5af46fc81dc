package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.sixian.reception.documents.DocumentKind;
import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.mediation.MediationProperties;
import cn.gov.sixian.reception.supervision.SupervisionProperties;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the plan set otherwise than by default (acceptance 10 days, handling 45, extension
 * at most 20, the deputy leader 4 working days, slip feedback 3 days reminded 1 day before): the
 * timers, the tasks' due dates, the variables the forms show and the notices all follow the
 * setting. The forms themselves state no number (LimitTextsTest).
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn", "processes/mediation.bpmn", "processes/supervision.bpmn",
    "processes/accountability-referral.bpmn"})
class ConfiguredLimitsTest extends PlainEngineTest {

  static final String CASE = "JF-2026-000001";

  @Override
  PlanLimits limits() {
    return new PlanLimits(new HandlingLimits(10, 45, 20), new MediationProperties(4),
        new SupervisionProperties(3, 1));
  }

  static Date at(int month, int day, int hour, int minute) {
    return SupervisionProcessTest.at(month, day, hour, minute);
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activityId).singleResult();
  }

  @Test
  void acceptanceHandlingAndExtensionFollowTheirSettings() {
    ProcessInstance pi = atFaceToFaceReception(Registrations.form("public-security"), "gaj");
    // 10 days after Monday 2 March: Thursday 12 March, at the close of office
    assertThat(task(pi)).hasDueDate(at(3, 12, 17, 30));
    assertThat(timer(pi, "Event_ReceptionOverdue").getDuedate()).isEqualTo(at(3, 12, 17, 30));
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.REGISTRATION_RECEIPT))
        .contains("自收到之日起10日内决定是否受理", "自受理之日起45日内办结");

    complete(task(pi), withVariables(RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES, "需调查核实。"));
    assertThat(timer(pi, "Event_AcceptanceOverdue").getDuedate()).isEqualTo(at(3, 12, 17, 30));
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
    // 45 days after Monday 2 March: Thursday 16 April
    assertThat(task(pi)).hasDueDate(at(4, 16, 17, 30));
    assertThat(timer(pi, "Event_HandlingOverdue").getDuedate()).isEqualTo(at(4, 16, 17, 30));
    assertThat(pi).variables().containsEntry(MAX_EXTENSION_DAYS, 20);

    assertThatThrownBy(() -> complete(task(pi), withVariables(HANDLING_ACTION, "EXTEND",
            EXTENSION_DAYS, 21, EXTENSION_REASON, "需补充调查。")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("延期天数");
    complete(task(pi), withVariables(HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 20,
        EXTENSION_REASON, "需补充调查。"));
    complete(task(pi), withVariables(EXTENSION_APPROVED, true, EXTENSION_DAYS, 20));
    complete(task(pi), withVariables(EXTENSION_OBJECTED, false)); // the center does not object
    // 20 days after Thursday 16 April: Wednesday 6 May (after the May Day holiday)
    assertThat(task(pi)).hasDueDate(at(5, 6, 17, 30));
    assertThat(timer(pi, "Event_HandlingOverdue").getDuedate()).isEqualTo(at(5, 6, 17, 30));
  }

  @Test
  void theDeputyLeadersLimitFollowsItsSetting() {
    ProcessInstance pi = atFaceToFaceReception(Registrations.form("public-security"), "gaj");
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "调解。"));
    ProcessInstance mediation = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.MEDIATION).singleResult();
    complete(task(mediation), withVariables(TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "不成。"));
    // 审核提级调处 offers tier 2 with the limit in force
    assertThat(mediation).isWaitingAt("Task_ReviewEscalation").variables()
        .containsEntry(TIER2_WORKING_DAYS, 4);
    complete(task(mediation), withVariables(REVIEW_DECISION, "TIER2"));

    // 4 working days after Monday 2 March: Friday 6 March 17:30
    Date due = at(3, 6, 17, 30);
    assertThat(task(mediation)).hasDueDate(due);
    assertThat(timer(mediation, "Event_Tier2Overdue").getDuedate()).isEqualTo(due);
    assertThat(timer(mediation, "Event_Tier2Reminder").getDuedate())
        .isEqualTo(fixture.calendar.reminderBefore(due));
    assertThat(mediation).variables().containsEntry(TIER2_WORKING_DAYS, 4);

    managementService().executeJob(timer(mediation, "Event_Tier2Reminder").getId());
    runAsync(mediation);
    assertThat(fixture.notifications.bodies()).last().asString().contains("（4个工作日）");
  }

  @Test
  void theSlipsFeedbackLimitFollowsItsSetting() {
    awaitingAcceptance(Registrations.form("public-security"), "gaj");
    ProcessInstance slip = runtimeService().startProcessInstanceByKey(ProcessKeys.SUPERVISION,
        Map.of(CASE_NUMBER, CASE, SUPERVISION_DETAILS, "请尽快受理。"));
    execute(job(slip)); // e-mail the slip to the unit
    // 3 days after Monday 2 March: Thursday 5 March 17:30
    Date due = at(3, 5, 17, 30);
    assertThat(task(slip)).hasDueDate(due);
    assertThat(timer(slip, "Event_FeedbackOverdue").getDuedate()).isEqualTo(due);
    assertThat(timer(slip, "Event_FeedbackReminder").getDuedate())
        .isEqualTo(fixture.calendar.reminderDaysBefore(due, 1));
    assertThat(slip).variables().containsEntry(FEEDBACK_DAYS, 3);
    assertThat(fixture.notifications.bodies()).last().asString().contains("前（3日内）反馈办理结果");
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.SUPERVISION_SLIP))
        .contains("收到本通知单之日起3日内，即2026年3月5日前");
  }
}
