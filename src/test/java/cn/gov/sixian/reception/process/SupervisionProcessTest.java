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
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Every path through tracking supervision: a slip answered in time, the reminder, no answer
 * (bulletin and accountability referral), late and rejected feedback, feedback by message, slips
 * raised automatically by each kind of deadline, repeat petitions.
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn",
    "processes/mediation.bpmn", "processes/supervision.bpmn",
    "processes/accountability-referral.bpmn", "processes/tracking-entry.bpmn"})
class SupervisionProcessTest extends PlainEngineTest {

  static final ZonedDateTime NOW = MONDAY_2_MARCH;
  static final String CASE = "JF-2026-000001";




  static Date at(int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ProcessTestFixture.ZONE).toInstant());
  }

  /** A public-security case with 县公安局, waiting at 受理审查. */
  ProcessInstance caseAwaitingAcceptance() {
    return awaitingAcceptance(Registrations.form("public-security"), "gaj");
  }

  ProcessInstance issueSlip(String details) {
    ProcessInstance slip = runtimeService().startProcessInstanceByKey(ProcessKeys.SUPERVISION,
        Map.of(CASE_NUMBER, CASE, SUPERVISION_DETAILS, details));
    execute(job(slip)); // e-mail the slip to the unit
    return slip;
  }

  ProcessInstance slipOf(String caseNumber) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SUPERVISION)
        .processInstanceBusinessKey(caseNumber).singleResult();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activityId).singleResult();
  }


  /** The overdue timer fires (the clock is past its due date) and its slip is raised. */
  void fireOverdue(ProcessInstance pi, String timerId) {
    managementService().executeJob(timer(pi, timerId).getId());
    runAsync(pi);
  }

  long slips() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SUPERVISION)
        .count();
  }

  @Test
  void slipAnsweredInTimeIsAcceptedAndKeptOnTheTrackingSheet() {
    ProcessInstance pi = caseAwaitingAcceptance();
    ProcessInstance slip = issueSlip("请于一周内作出受理决定。");
    assertThat(slip).hasBusinessKey(CASE).isWaitingAt("Task_SupervisionFeedback");
    // 7 days after Monday 2 March: Monday 9 March, at the close of office
    assertThat(task(slip)).hasCandidateGroup("unit-gaj").hasDueDate(at(3, 9, 17, 30));
    assertThat(slip).variables().containsEntry(SLIP_NUMBER, CASE + "-DB1")
        .containsEntry(SUPERVISION_REASON, "MANUAL");
    assertThat(fixture.notifications.subjects()).last().asString().contains("督办单" + CASE + "-DB1");

    // the slip's notice, filed under the case number, not the slip's own instance
    assertThat(fixture.documents.titlesOf(CASE)).containsOnlyOnce("督查督办通知单");
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.SUPERVISION_SLIP)).contains(
        "泗信督〔2026〕1号", "督办单编号" + CASE + "-DB1", "被督办单位县公安局", "督办原因中心督办",
        "请于一周内作出受理决定。", "收到本通知单之日起7日内，即2026年3月9日前", "督办单位泗县联合接访中心");

    assertThatThrownBy(() -> issueSlip("再次督办"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已有未办结的督办单");

    complete(task(slip), withVariables(SUPERVISION_FEEDBACK, "已受理，正在调查。"));
    assertThat(slip).isWaitingAt("Task_ReviewSupervisionFeedback");
    complete(task(slip), withVariables(SLIP_ACCEPTED, true));
    assertThat(slip).isEnded().hasPassed("Event_SupervisionClosed");

    assertThat(fixture.supervision.slipsOf(CASE)).containsExactly(CASE + "-DB1:MANUAL:ACCEPTED:false");
    List<String> sheet = fixture.supervision.trackingLines(CASE);
    assertThat(sheet).hasSize(3);
    assertThat(sheet.get(0)).contains("开具督办单", "请于一周内作出受理决定；反馈期限2026年3月9日 17:30")
        .startsWith("2026年3月2日｜系统｜");
    assertThat(sheet.get(1)).contains("办理结果反馈", "已受理，正在调查。");
    assertThat(sheet.get(2)).contains("审核督办反馈", "督办办结");
    // the case's own forms show the sheet
    assertThat((String) runtimeService().getVariable(pi.getId(), TRACKING_SHEET)).contains("督办办结");
  }

  @Test
  void unansweredSlipIsRemindedThenBulletinedAndPutUpForAccountability() {
    caseAwaitingAcceptance();
    ProcessInstance slip = issueSlip("请尽快受理。");
    // two days before Monday 9 March is Saturday: the reminder goes out on Friday 6 March
    assertThat(timer(slip, "Event_FeedbackReminder").getDuedate()).isEqualTo(at(3, 6, 8, 30));
    ClockUtil.setCurrentTime(at(3, 6, 8, 31));
    managementService().executeJob(timer(slip, "Event_FeedbackReminder").getId());
    runAsync(slip);
    assertThat(fixture.notifications.subjects()).last().asString().contains("催办", CASE + "-DB1");

    ClockUtil.setCurrentTime(at(3, 9, 17, 31));
    managementService().executeJob(timer(slip, "Event_FeedbackOverdue").getId());
    runAsync(slip);
    assertThat(slip).isWaitingAt("Task_SupervisionFeedback").variables().containsEntry(FEEDBACK_LATE, true);
    assertThat(fixture.supervision.slipsOf(CASE)).containsExactly(CASE + "-DB1:MANUAL:OPEN:true");

    ProcessInstance referral = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ACCOUNTABILITY_REFERRAL).singleResult();
    assertThat(referral).hasBusinessKey(CASE).isWaitingAt("Task_DecideReferral").variables()
        .containsEntry(REFERRAL_REASON, "LATE_FEEDBACK").containsEntry(UNIT_NAME, "县公安局")
        .containsEntry(PHONE_MASKED, "138****1234").containsKey(REGISTERED_AT)
        .containsEntry(REQUEST, "请求督促施工单位尽快支付拖欠工资。");
    assertThat(task(referral)).hasCandidateGroup("center-director");
    complete(task(referral), withVariables(REFER_TO_INSPECTION, true, REFERRAL_COMMENT, "移送纪检部门核查。"));
    assertThat(task(referral)).hasDefinitionKey("Task_DisciplineInspection").hasCandidateGroup("discipline-inspection");
    // the letter to discipline inspection quotes the slip from the register with its dates
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.ACCOUNTABILITY_REFERRAL)).contains(
        "泗信移〔2026〕1号", "泗县纪委监委：", "被移送单位县公安局", "移送事由督办反馈逾期或未反馈",
        "督办单" + CASE + "-DB1逾期未反馈", "移送纪检部门核查。",
        CASE + "-DB1中心督办2026年3月2日2026年3月9日未反馈逾期，待反馈", "列入通报");
    assertThat((String) runtimeService().getVariable(referral.getId(), TRACKING_SHEET)).contains("列入通报");
    complete(task(referral), withVariables(INSPECTION_RESULT, "对责任人诫勉谈话。"));
    assertThat(referral).isEnded().hasPassed("Event_Examined");

    // late feedback is still taken, reviewed, and here rejected: a new slip follows
    complete(task(slip), withVariables(SUPERVISION_FEEDBACK, "迟到的反馈。"));
    complete(task(slip), withVariables(SLIP_ACCEPTED, false, SLIP_REVIEW_COMMENT, "未说明受理结论。"));
    runAsync(slip);
    assertThat(slip).isWaitingAt("Task_SupervisionFeedback").variables()
        .containsEntry(SLIP_NUMBER, CASE + "-DB2").containsEntry(SUPERVISION_REASON, "FEEDBACK_REJECTED")
        .containsEntry(SUPERVISION_DETAILS, "原督办事项：请尽快受理。\n审核意见：未说明受理结论。")
        .containsEntry(FEEDBACK_LATE, false);
    assertThat(fixture.supervision.slipsOf(CASE)).containsExactly(
        CASE + "-DB1:MANUAL:REJECTED:true", CASE + "-DB2:FEEDBACK_REJECTED:OPEN:false");
    assertThat(fixture.documents.titlesOf(CASE).stream().filter("督查督办通知单"::equals)).hasSize(2);
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.SUPERVISION_SLIP)).contains(
        "泗信督〔2026〕2号", "督办反馈未通过审核，重新督办", "审核意见：未说明受理结论。");
    assertThat(fixture.supervision.trackingLines(CASE)).anyMatch(l -> l.contains("问责移送"))
        .anyMatch(l -> l.contains("纪检监察核查结果：对责任人诫勉谈话。"));
  }

  @Test
  void feedbackCanArriveOverRestByMessage() {
    caseAwaitingAcceptance();
    ProcessInstance slip = issueSlip("请反馈。");
    runtimeService().createMessageCorrelation("SupervisionFeedback")
        .processInstanceBusinessKey(CASE)
        .setVariable(SUPERVISION_FEEDBACK, "经核查已受理（来自单位系统）。")
        .correlate();
    assertThat(slip).isWaitingAt("Task_ReviewSupervisionFeedback").hasPassed("Event_FeedbackByMessage");
    assertThat(task(slip)).hasDefinitionKey("Task_ReviewSupervisionFeedback");
    assertThat(fixture.supervision.slipsOf(CASE)).containsExactly(CASE + "-DB1:MANUAL:ANSWERED:false");
  }

  @Test
  void passedDeadlinesRaiseSlipsAutomaticallyOncePerDeadline() {
    ProcessInstance pi = caseAwaitingAcceptance();
    assertThat(slipOf(CASE)).isNull();

    // acceptance limit: 15 days after 2 March, 17 March 17:30, a timer on 受理审查
    assertThat(timer(pi, "Event_AcceptanceOverdue").getDuedate()).isEqualTo(at(3, 17, 17, 30));
    ClockUtil.setCurrentTime(at(3, 18, 9, 0));
    fireOverdue(pi, "Event_AcceptanceOverdue");
    ProcessInstance first = slipOf(CASE);
    assertThat(first).variables().containsEntry(SUPERVISION_REASON, "ACCEPTANCE_DEADLINE")
        .containsEntry(SUPERVISION_DEADLINE, at(3, 17, 17, 30));
    assertThat(timer(pi, "Event_AcceptanceOverdue")).isNull(); // fired once
    assertThat(slips()).isOne();
    execute(job(first));
    complete(task(first), withVariables(SUPERVISION_FEEDBACK, "已受理。"));
    complete(task(first), withVariables(SLIP_ACCEPTED, true));
    assertThat(slipOf(CASE)).isNull(); // the same deadline does not raise a second slip

    // handling limit: accepted on 18 March, 60 days later is Sunday 17 May: Monday 18 May
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
    assertThat(task(pi)).hasDueDate(at(5, 18, 17, 30));
    assertThat(timer(pi, "Event_HandlingOverdue").getDuedate()).isEqualTo(at(5, 18, 17, 30));
    ClockUtil.setCurrentTime(at(5, 19, 9, 0));
    fireOverdue(pi, "Event_HandlingOverdue");
    assertThat(slipOf(CASE)).variables().containsEntry(SUPERVISION_REASON, "HANDLING_DEADLINE");
  }

  @Test
  void theDeputyLeadersPassedDeadlineRaisesASlip() {
    ProcessInstance pi = atFaceToFaceReception(Registrations.form("public-security"), "gaj");
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "调解。"));
    ProcessInstance mediation = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.MEDIATION).singleResult();
    complete(task(mediation), withVariables(TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "不成。"));
    complete(task(mediation), withVariables(REVIEW_DECISION, "TIER2"));
    // 3 working days after Monday 2 March: Thursday 5 March 17:30
    assertThat(timer(mediation, "Event_Tier2Overdue").getDuedate()).isEqualTo(at(3, 5, 17, 30));
    ClockUtil.setCurrentTime(at(3, 6, 9, 0));
    fireOverdue(mediation, "Event_Tier2Overdue");
    assertThat(mediation).variables().containsEntry(TIER2_OVERDUE, true);
    assertThat(slipOf(CASE)).variables().containsEntry(SUPERVISION_REASON, "MEDIATION_DEADLINE")
        .containsEntry(SUPERVISION_DEADLINE, at(3, 5, 17, 30));
  }

  @Test
  void aDeadlinePassingWhileASlipWaitsIsSupervisedWhenThatSlipIsClosed() {
    ProcessInstance pi = caseAwaitingAcceptance();
    ProcessInstance manual = issueSlip("请尽快受理。");
    ClockUtil.setCurrentTime(at(3, 18, 9, 0));
    fireOverdue(pi, "Event_AcceptanceOverdue");
    assertThat(slips()).isOne(); // not while a slip waits

    complete(task(manual), withVariables(SUPERVISION_FEEDBACK, "正在审查。"));
    complete(task(manual), withVariables(SLIP_ACCEPTED, true));
    assertThat(manual).isEnded();
    assertThat(slipOf(CASE)).variables().containsEntry(SUPERVISION_REASON, "ACCEPTANCE_DEADLINE")
        .containsEntry(SUPERVISION_DEADLINE, at(3, 17, 17, 30));
    assertThat(fixture.supervision.slipsOf(CASE)).containsExactly(
        CASE + "-DB1:MANUAL:ACCEPTED:false", CASE + "-DB2:ACCEPTANCE_DEADLINE:OPEN:false");
  }

  @Test
  void aDeadlineMetWhileASlipWaitsRaisesNothingWhenThatSlipIsClosed() {
    ProcessInstance pi = caseAwaitingAcceptance();
    ProcessInstance manual = issueSlip("请尽快受理。");
    ClockUtil.setCurrentTime(at(3, 18, 9, 0));
    fireOverdue(pi, "Event_AcceptanceOverdue");
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT")); // late, but decided

    complete(task(manual), withVariables(SUPERVISION_FEEDBACK, "已受理。"));
    complete(task(manual), withVariables(SLIP_ACCEPTED, true));
    assertThat(slipOf(CASE)).isNull();
  }

  @Test
  void anApprovedExtensionMovesTheHandlingTimer() {
    ProcessInstance pi = caseAwaitingAcceptance();
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
    // accepted Monday 2 March: 60 days later is Friday 1 May, a holiday: Wednesday 6 May
    Date due = (Date) runtimeService().getVariable(pi.getId(), HANDLING_DUE);
    assertThat(timer(pi, "Event_HandlingOverdue").getDuedate()).isEqualTo(due);
    complete(task(pi), withVariables(HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 30,
        EXTENSION_REASON, "需补充调查。"));
    assertThat(timer(pi, "Event_HandlingOverdue")).isNull(); // not at 办理并书面答复 meanwhile
    complete(task(pi), withVariables(EXTENSION_APPROVED, true, EXTENSION_DAYS, 30));
    complete(task(pi), withVariables(EXTENSION_OBJECTED, false)); // the center does not object
    Date extended = (Date) runtimeService().getVariable(pi.getId(), HANDLING_DUE);
    assertThat(extended).isAfter(due);
    assertThat(timer(pi, "Event_HandlingOverdue").getDuedate()).isEqualTo(extended);
  }

  @Test
  void aRepeatPetitionOnAClosedMatterIsPutUpForAccountability() {
    ProcessInstance first = atFaceToFaceReception(Registrations.form("public-security"), "gaj");
    complete(task(first), withVariables(RECEPTION_OUTCOME, "RESOLVED", RECEPTION_NOTES, "已接谈。",
        ON_SPOT_REPLY, "已答复。"));
    complete(task(first), withVariables(SATISFACTION, "SATISFIED"));
    assertThat(first).isEnded();

    runtimeService().startProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION, Registrations.form("public-security"));
    ProcessInstance referral = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ACCOUNTABILITY_REFERRAL).singleResult();
    assertThat(referral).hasBusinessKey(CASE).variables()
        .containsEntry(REFERRAL_REASON, "REPEAT_PETITION")
        .containsEntry(REFERRAL_DETAILS, "信访人就已结案事项再次来访（新信访件JF-2026-000002）");
    complete(task(referral), withVariables(REFER_TO_INSPECTION, false, REFERRAL_COMMENT, "属正常诉求变化。"));
    assertThat(referral).isEnded().hasPassed("Event_NotReferred");
  }

  @Test
  void centerStaffAddEntriesToTheTrackingSheet() {
    ProcessInstance pi = caseAwaitingAcceptance();
    ProcessInstance entry = runtimeService().startProcessInstanceByKey("tracking-entry",
        Map.of(CASE_NUMBER, "jf-2026-000001", TRACKING_NOTE, "电话督促县公安局。", TRACKING_UNIT_ANSWER, "本周内受理。"));
    assertThat(entry).isEnded();
    assertThat((String) runtimeService().getVariable(pi.getId(), TRACKING_SHEET))
        .contains("督办记录｜电话督促县公安局。｜本周内受理。");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("tracking-entry",
            Map.of(CASE_NUMBER, "JF-2026-999999", TRACKING_NOTE, "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不存在");
  }
}
