package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.sixian.reception.documents.DocumentKind;
import cn.gov.sixian.reception.mediation.TierRecord;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Every path through the four-tier {@code mediation} process, with the engine clock moved. */
@Deployment(resources = "processes/mediation.bpmn")
class MediationProcessTest extends PlainEngineTest {

  static final String CASE = "JF-2026-000777";
  /** Wednesday 30 September 2026, 10:00: the National Day holiday starts tomorrow. */
  static final ZonedDateTime EVE_OF_NATIONAL_DAY =
      ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, ProcessTestFixture.ZONE);

  @Override
  ZonedDateTime startAt() {
    return EVE_OF_NATIONAL_DAY;
  }




  ProcessInstance mediate(int startTier) {
    return runtimeService().startProcessInstanceByKey(ProcessKeys.MEDIATION, CASE, Map.of(
        CASE_NUMBER, CASE, UNIT_CODE, "gaj", UNIT_NAME, "县公安局",
        RECEIVING_GROUP, "unit-gaj", UNIT_LEADER_GROUP, "unit-gaj-leaders",
        MEDIATION_START_TIER, startTier));
  }

  static Map<String, Object> commitment() {
    return Map.of(COMMITMENT_SIGNER, "张三", COMMITMENT_SIGNED_AT, "2026-09-30",
        COMMITMENT_AGREEMENT, "施工方三日内支付欠薪，信访人不再就此事上访。");
  }

  static Map<String, Object> with(Map<String, Object> a, Object... more) {
    Map<String, Object> all = new java.util.HashMap<>(a);
    for (int i = 0; i < more.length; i += 2) {
      all.put((String) more[i], more[i + 1]);
    }
    return all;
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ProcessTestFixture.ZONE)
        .toInstant());
  }

  void actAs(String userId) {
    processEngine.getIdentityService().setAuthenticatedUserId(userId);
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activityId).singleResult();
  }


  @Test
  void resolvedOnTheSpotWithASignedCommitment() {
    ProcessInstance pi = mediate(1);
    assertThat(pi).isWaitingAt("Task_OnSpotMediation");
    assertThat(task(pi)).hasCandidateGroup("unit-gaj");

    String id = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(id, withVariables(TIER1_OUTCOME, "RESOLVED",
            TIER1_NOTES, "双方达成一致。")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("签署人");
    assertThatThrownBy(() -> taskService().complete(id, with(commitment(), TIER1_OUTCOME, "RESOLVED",
            TIER1_NOTES, "双方达成一致。", COMMITMENT_SIGNED_AT, "2026-10-30")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能晚于今天");

    actAs("gaj-staff");
    complete(task(pi), with(commitment(), TIER1_OUTCOME, "RESOLVED", TIER1_NOTES, "双方达成一致。"));

    assertThat(pi).isEnded().hasPassed("Event_MediationResolved").hasNotPassed("Task_ReviewEscalation");
    assertThat(pi).variables().containsEntry(MEDIATED, true).containsEntry(CASE_OUTCOME, "MEDIATED")
        .containsEntry(COMMITMENT_SIGNER, "张三");
    assertThat(fixture.tierLog.ofCase(CASE)).singleElement().satisfies(r -> {
      assertThat(r.tier()).isEqualTo(1);
      assertThat(r.outcome()).isEqualTo("RESOLVED");
      assertThat(r.actor()).isEqualTo("gaj-staff");
      assertThat(r.endedAt()).isNotNull();
    });
    // the commitment to sign, filed under the case
    assertThat(fixture.documents.titlesOf(CASE)).containsExactly("息访承诺书");
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.COMMITMENT)).contains(
        "泗信息〔2026〕1号", "第一级当场调解", "调解单位县公安局", "施工方三日内支付欠薪，信访人不再就此事上访。",
        "签署人张三", "签署日期2026年9月30日", "信访人（签名）", "工作人员（签名）");
  }

  @Test
  void deputyLeaderDeadlineSpansTheNationalDayHolidayWithReminderAndOverdueAlert() {
    ProcessInstance pi = mediate(1);
    complete(task(pi), withVariables(TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "涉及政策解释，窗口无法调处。"));
    assertThat(pi).isWaitingAt("Task_ReviewEscalation");
    assertThat(task(pi)).hasCandidateGroup("center-director").hasCandidateGroup("deputy-director");
    actAs("zhuren");
    complete(task(pi), withVariables(REVIEW_DECISION, "TIER2", REVIEW_COMMENT, "请公安局分管领导牵头调处。"));

    // 1–7 October are days off; 8, 9 and the make-up Saturday 10 October are the 3 working days
    Date due = at(2026, 10, 10, 17, 30);
    assertThat(pi).isWaitingAt("Task_DeputyLeaderMediation");
    assertThat(task(pi)).hasCandidateGroup("unit-gaj-leaders").hasDueDate(due);
    assertThat(pi).variables().containsEntry(TIER2_DUE, due)
        .containsEntry(TIER2_DUE_TEXT, "2026年10月10日 17:30").containsEntry(TIER2_OVERDUE, false);
    assertThat(timer(pi, "Event_Tier2Reminder").getDuedate()).isEqualTo(at(2026, 10, 9, 8, 30));
    assertThat(timer(pi, "Event_Tier2Overdue").getDuedate()).isEqualTo(due);

    // nothing is due during the holiday
    ClockUtil.setCurrentTime(at(2026, 10, 8, 17, 0));
    assertThat(managementService().createJobQuery().executable().count()).isZero();

    ClockUtil.setCurrentTime(at(2026, 10, 9, 8, 31));
    managementService().executeJob(timer(pi, "Event_Tier2Reminder").getId());
    runAsync(pi);
    assertThat(fixture.notifications.recipients()).containsExactly("gaj-xf@sixian.gov.cn");
    assertThat(fixture.notifications.subjects().get(0)).contains("催办", CASE, "2026年10月10日 17:30");
    assertThat(pi).isWaitingAt("Task_DeputyLeaderMediation");

    // the slip the overdue timer raises needs the whole case (SupervisionProcessTest): recorded here
    List<String> slipsRequested = new java.util.ArrayList<>();
    org.camunda.bpm.engine.test.mock.Mocks.register("overdueSlipDelegate",
        (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> slipsRequested.add(
            execution.getVariableLocal(SUPERVISION_REASON) + "@"
                + ((Date) execution.getVariableLocal(SUPERVISION_DEADLINE)).toInstant()));
    ClockUtil.setCurrentTime(at(2026, 10, 10, 17, 31));
    managementService().executeJob(timer(pi, "Event_Tier2Overdue").getId());
    runAsync(pi);
    assertThat(slipsRequested).containsExactly("MEDIATION_DEADLINE@" + due.toInstant());
    assertThat(pi).variables().containsEntry(TIER2_OVERDUE, true);
    assertThat(fixture.notifications.recipients()).last().isEqualTo("jfzx-zhuren@sixian.gov.cn");
    assertThat(fixture.notifications.subjects()).last().asString().contains("逾期", CASE);
    assertThat(pi).isWaitingAt("Task_DeputyLeaderMediation");

    actAs("gaj-leader");
    complete(task(pi), with(commitment(), TIER2_REPORT, "已向局长报告。", TIER2_SOLUTION,
        "协调施工方分期支付。", TIER2_OUTCOME, "RESOLVED"));
    assertThat(pi).isEnded().hasPassed("Event_MediationResolved");
    List<TierRecord> tiers = fixture.tierLog.ofCase(CASE);
    assertThat(tiers).extracting(TierRecord::tier, TierRecord::outcome, TierRecord::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "ESCALATE", null),
            org.assertj.core.groups.Tuple.tuple(2, "RESOLVED", "gaj-leader"));
    assertThat(tiers.get(1).overdue()).isTrue();
    assertThat(tiers.get(1).dueAt()).isEqualTo(due.toInstant());
    // escalated tier 1 issued nothing; the resolving tier 2 issued the commitment
    assertThat(fixture.documents.titlesOf(CASE)).containsExactly("息访承诺书");
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.COMMITMENT))
        .contains("第二级分管领导牵头调处", "县公安局分管领导");
  }

  @Test
  void deputyLeaderDeadlineSkipsTheSpringFestivalOfAProvisionalYear() {
    // Thursday 4 February 2027; 2027 has no arrangement yet: 除夕 to 初三 (5–8 February) are off
    ClockUtil.setCurrentTime(at(2027, 2, 4, 10, 0));
    ProcessInstance pi = mediate(2);
    complete(task(pi), withVariables(REVIEW_DECISION, "TIER2"));

    // 9, 10 and 11 February; counting weekends only it would have been Tuesday the 9th
    Date due = at(2027, 2, 11, 17, 30);
    assertThat(pi).isWaitingAt("Task_DeputyLeaderMediation");
    assertThat(task(pi)).hasDueDate(due);
    assertThat(pi).variables().containsEntry(TIER2_DUE_TEXT, "2027年2月11日 17:30");
    assertThat(timer(pi, "Event_Tier2Reminder").getDuedate()).isEqualTo(at(2027, 2, 10, 8, 30));
  }

  @Test
  void jointMediationWithHearingResolves() {
    ProcessInstance pi = mediate(2);
    assertThat(pi).isWaitingAt("Task_ReviewEscalation");
    complete(task(pi), withVariables(REVIEW_DECISION, "TIER3"));
    assertThat(pi).isWaitingAt("Task_ChooseJointUnits").hasNotPassed("SubProcess_Tier2");

    String choose = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(choose, withVariables(JOINT_UNITS, "gaj")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("至少选择两个单位");
    assertThatThrownBy(() -> taskService().complete(choose, withVariables(JOINT_UNITS, "gaj,nope")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope");
    // what Tasklist's checklist submits: a JSON list
    complete(task(pi), Map.of(JOINT_UNITS, Variables.objectValue(List.of("gaj", "zjj"))
        .serializationDataFormat("application/json").create()));
    assertThat(pi).variables().containsEntry(JOINT_UNIT_NAMES, "县公安局、县住建局");

    List<Task> opinions = taskQuery().processInstanceId(pi.getId()).list();
    assertThat(opinions).hasSize(2).extracting(Task::getTaskDefinitionKey).containsOnly("Task_UnitOpinion");
    assertThat(taskQuery().taskCandidateGroup("unit-gaj-leaders").count()).isOne();
    assertThat(taskQuery().taskCandidateGroup("unit-zjj-leaders").count()).isOne();
    for (Task opinion : opinions) {
      taskService().complete(opinion.getId(), withVariables(UNIT_OPINION, "同意联合调处。"));
    }
    assertThat((String) runtimeService().getVariable(pi.getId(), JOINT_OPINIONS))
        .contains("县公安局：同意联合调处。", "县住建局：同意联合调处。");

    assertThat(pi).isWaitingAt("Task_CoordinationMeeting");
    complete(task(pi), withVariables(MEETING_DATE, "2026-10-09", MEETING_ATTENDEES, "县公安局、县住建局负责同志",
        COORDINATION_OPINION, "由住建局督促开发商整改。", HEARING_REQUIRED, true));
    assertThat(pi).isWaitingAt("Task_Hearing");
    complete(task(pi), withVariables(HEARING_DATE, "2026-10-12", HEARING_PARTICIPANTS, "信访人、两局代表、律师",
        HEARING_CONCLUSION, "整改方案合理。"));
    complete(task(pi), with(commitment(), TIER3_OUTCOME, "RESOLVED", TIER3_NOTES, "信访人接受整改方案。"));

    assertThat(pi).isEnded().hasPassed("Task_Hearing", "Event_MediationResolved");
    assertThat(fixture.tierLog.ofCase(CASE)).extracting(TierRecord::tier).containsExactly(3);
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.COMMITMENT))
        .contains("第三级联合调解", "泗县联合接访中心会同县公安局、县住建局");
  }

  @Test
  void countyLeaderDecidesWhatJointMediationCannot() {
    ProcessInstance pi = mediate(1);
    complete(task(pi), withVariables(TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "无法当场调解。"));
    complete(task(pi), withVariables(REVIEW_DECISION, "TIER2"));
    complete(task(pi), withVariables(TIER2_REPORT, "已报告。", TIER2_SOLUTION, "需多部门配合。",
        TIER2_OUTCOME, "ESCALATE"));
    complete(task(pi), withVariables(JOINT_UNITS, "gaj,zrzyj"));
    for (Task opinion : taskQuery().processInstanceId(pi.getId()).list()) {
      taskService().complete(opinion.getId(), withVariables(UNIT_OPINION, "需县政府决策。"));
    }
    complete(task(pi), withVariables(MEETING_DATE, "2026-09-30", MEETING_ATTENDEES, "两单位负责同志",
        COORDINATION_OPINION, "意见不一致，提请县领导。", HEARING_REQUIRED, false));
    assertThat(pi).isWaitingAt("Task_JointMediationOutcome").hasNotPassed("Task_Hearing");
    assertThat((String) runtimeService().getVariable(pi.getId(), MEDIATION_HISTORY))
        .contains("第一级 当场调解｜2026年9月30日｜提级｜无法当场调解。", "第二级 分管领导牵头调处");
    complete(task(pi), withVariables(TIER3_OUTCOME, "ESCALATE", TIER3_NOTES, "无法作出决定。"));

    assertThat(pi).isWaitingAt("Task_RequestCountyLeader");
    complete(task(pi), withVariables(COUNTY_LEADER_NAME, "陈志远", COUNTY_LEADER_REQUEST, "涉及多部门职责。"));
    assertThat(task(pi)).hasDefinitionKey("Task_CountyLeaderDecision").hasCandidateGroup("county-leaders");
    String decide = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(decide))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("处理决定");
    complete(task(pi), withVariables(COUNTY_LEADER_DECISION, "由县政府统筹解决。"));

    assertThat(pi).isEnded().hasPassed("Event_CountyLeaderDecided").hasNotPassed("Event_MediationResolved");
    assertThat(pi).variables().containsEntry(CASE_OUTCOME, "COUNTY_LEADER_DECIDED");
    assertThat(fixture.tierLog.ofCase(CASE)).extracting(TierRecord::tier, TierRecord::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "ESCALATE"),
            org.assertj.core.groups.Tuple.tuple(2, "ESCALATE"),
            org.assertj.core.groups.Tuple.tuple(3, "ESCALATE"),
            org.assertj.core.groups.Tuple.tuple(4, "DECIDED"));
  }
}
