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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseStatus;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** Every path through {@code joint-reception}, on the plain engine with the real listeners. */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn",
    "processes/mediation.bpmn"})
class JointReceptionProcessTest extends PlainEngineTest {

  static final ZonedDateTime NOW = MONDAY_2_MARCH;




  ProcessInstance register(Map<String, Object> form) {
    return runtimeService().startProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION, form);
  }

  /** Runs the transfer notice's job (its own process instance); the case is already on. */
  void runTransferJobs(ProcessInstance pi) {
    assertThat(transferNoticeJobs(pi)).hasSize(1);
    runAsync(pi);
    assertThat(transferNoticeJobs(pi)).isEmpty();
  }

  /** Deadlines end when the office closes (17:30) on their day. */
  static Date officeClose(int month, int day) {
    return Date.from(java.time.LocalDate.of(2026, month, day).atTime(17, 30)
        .atZone(ProcessTestFixture.ZONE).toInstant());
  }

  /** 15 days after Monday 2 March. */
  static final Date ACCEPTANCE_DEADLINE = officeClose(3, 17);
  /** 60 days after 2 March is 1 May, a holiday (劳动节 1–5 May): the next working day. */
  static final Date HANDLING_DEADLINE = officeClose(5, 6);

  @Test
  void deletingACaseDoesNotValidateOpenTasks() {
    // 办理并书面答复 has no decision yet: validating it on deletion would throw
    ProcessInstance pi = acceptedAtAResidentUnit();
    runtimeService().deleteProcessInstance(pi.getId(), "登记有误", false);
    assertThat(pi).isEnded();
  }

  @Test
  void residentUnitResolvesOnTheSpot() {
    ProcessInstance pi = register(Registrations.form("wage-arrears"));

    assertThat(pi).hasBusinessKey("JF-2026-000001").isWaitingAt("Task_ConfirmRouting");
    assertThat(pi).variables()
        .containsEntry(SUGGESTED_UNIT_CODE, "rsj")
        .containsEntry(SUGGESTED_UNIT_NAME, "县人社局")
        .containsEntry(UNIT_CODE, "rsj")
        .containsEntry(FIRST_VISIT, true)
        .containsEntry(GROUP_VISIT, false)
        .containsEntry(LEADER_RECEPTION, false)
        .containsEntry(PROBLEM_CATEGORY_NAME, "拖欠农民工工资")
        .containsEntry(TOWNSHIP_NAME, "泗城镇");
    assertThat(task(pi)).hasCandidateGroup("registration-staff");

    complete(task(pi), withVariables(UNIT_CODE, "rsj", PROBLEM_CATEGORY, "wage-arrears",
        FIRST_VISIT, true, LEADER_RECEPTION, false));
    assertThat(pi).variables().containsEntry(RECEPTION_MODE, "WINDOW")
        .containsEntry(RECEIVING_GROUP, "unit-rsj").containsEntry(ACCEPTANCE_DUE, ACCEPTANCE_DEADLINE);
    runTransferJobs(pi);
    assertThat(fixture.notifications.recipients()).containsExactly("rsj-xf@sixian.gov.cn");
    assertThat(fixture.notifications.subjects().get(0)).contains("JF-2026-000001", "县人社局");

    assertThat(pi).isWaitingAt("Task_FaceToFaceReception");
    assertThat(task(pi)).hasCandidateGroup("unit-rsj").hasDueDate(ACCEPTANCE_DEADLINE);
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "RESOLVED",
        RECEPTION_NOTES, "当面核实欠薪情况，已联系施工单位。", ON_SPOT_REPLY, "施工单位承诺三日内支付。"));

    assertThat(pi).isWaitingAt("Task_RecordSatisfaction");
    complete(task(pi), withVariables(SATISFACTION, "SATISFIED"));

    // gateways and sub-processes are not kept in history (history/StepHistoryFilter)
    assertThat(pi).isEnded().hasPassedInOrder("Task_FaceToFaceReception",
        "Task_RecordSatisfaction", "Task_CloseCase", "Event_CaseArchived")
        .hasNotPassed("SubProcess_TimeLimitedHandling");
    CaseRecord record = fixture.register.find("JF-2026-000001").orElseThrow();
    assertThat(record.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(record.outcome()).isEqualTo("RESOLVED_ON_SPOT");
    assertThat(record.satisfaction()).isEqualTo("SATISFIED");
    assertThat(record.unitName()).isEqualTo("县人社局");
  }

  @Test
  void nonResidentUnitComesToReceiveThenHandlesAndReplies() {
    ProcessInstance pi = register(Registrations.form("education"));
    assertThat(pi).variables().containsEntry(SUGGESTED_UNIT_CODE, "jyj");
    complete(task(pi), withVariables(UNIT_CODE, "jyj", PROBLEM_CATEGORY, "education",
        FIRST_VISIT, true, LEADER_RECEPTION, false));
    assertThat(pi).variables().containsEntry(RECEPTION_MODE, "UNIT_ON_SITE")
        .containsEntry(UNIT_RESIDENT, false);
    runTransferJobs(pi);

    assertThat(task(pi)).hasDefinitionKey("Task_FaceToFaceReception").hasCandidateGroup("unit-jyj");
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES, "需调查核实。"));

    assertThat(pi).isWaitingAt("Task_DecideAcceptance");
    assertThat(task(pi)).hasCandidateGroup("unit-jyj").hasDueDate(ACCEPTANCE_DEADLINE);
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
    assertThat(pi).variables().containsEntry(HANDLING_DUE, HANDLING_DEADLINE)
        .containsEntry(HANDLING_DUE_TEXT, "2026年5月6日");
    assertThat((String) runtimeService().getVariable(pi.getId(), ACCEPTANCE_NOTICE))
        .contains("信访事项受理告知书", "JF-2026-000001", "县教育局", "2026年5月6日");

    assertThat(task(pi)).hasDefinitionKey("Task_HandleCase").hasDueDate(HANDLING_DEADLINE);
    complete(task(pi), withVariables(HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, "情况属实。", REPLY_BASIS, "相关规定。", REPLY_OPINION, "经调查，答复如下……"));
    assertThat(task(pi)).hasDefinitionKey("Task_ConfirmFeedback").hasCandidateGroup("registration-staff");
    complete(task(pi), withVariables(FEEDBACK_ACCEPTED, true));
    complete(task(pi), withVariables(SATISFACTION, "BASICALLY_SATISFIED"));

    assertThat(pi).isEnded().hasPassed("Event_Handled").hasNotPassed("Event_NotAccepted");
    assertThat(fixture.register.find("JF-2026-000001").orElseThrow().outcome()).isEqualTo("REPLIED");
  }

  @Test
  void aHandlingLimitEndingInAProvisionalSpringFestivalEndsAfterIt() {
    // accepted on Tuesday 8 December 2026: 60 days end on Saturday 6 February 2027, 正月初一;
    // 2027 has no arrangement yet, its computed 春节 (5–8 February) is off: Tuesday the 9th
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0,
        ProcessTestFixture.ZONE).toInstant()));
    ProcessInstance pi = awaitingAcceptance(Registrations.form("education"), "jyj");
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));

    Date due = Date.from(java.time.LocalDate.of(2027, 2, 9).atTime(17, 30)
        .atZone(ProcessTestFixture.ZONE).toInstant());
    assertThat(pi).variables().containsEntry(HANDLING_DUE, due)
        .containsEntry(HANDLING_DUE_TEXT, "2027年2月9日");
    assertThat(task(pi)).hasDefinitionKey("Task_HandleCase").hasDueDate(due);
  }

  @Test
  void countyLeaderReceivesFirstThenUnitRefusesAcceptance() {
    Map<String, Object> form = Registrations.form("expropriation");
    form.put(VISITOR_COUNT, 8);
    ProcessInstance pi = register(form);
    assertThat(pi).variables().containsEntry(GROUP_VISIT, true).containsEntry(LEADER_RECEPTION, true);
    complete(task(pi), withVariables(UNIT_CODE, "fwzs", PROBLEM_CATEGORY, "expropriation",
        FIRST_VISIT, true, LEADER_RECEPTION, true));

    assertThat(pi).isWaitingAt("Task_LeaderReception");
    assertThat(task(pi)).hasCandidateGroup("county-leaders");
    complete(task(pi), withVariables(LEADER_NAME, "陈志远", LEADER_INSTRUCTIONS, "请县房屋征收中心依法依规办理。"));
    runTransferJobs(pi);

    // transferred straight to time-limited handling, no face-to-face reception
    assertThat(pi).isWaitingAt("Task_DecideAcceptance").hasNotPassed("Task_FaceToFaceReception");
    complete(task(pi), withVariables(ACCEPTANCE_DECISION, "REJECT", REJECTION_REASON, "已经人民法院判决。",
        REDIRECT_CHANNEL, "可依法申请再审。"));
    assertThat((String) runtimeService().getVariable(pi.getId(), NON_ACCEPTANCE_NOTICE))
        .contains("不予受理告知书", "已经人民法院判决");
    complete(task(pi), withVariables(SATISFACTION, "NOT_EVALUATED"));

    assertThat(pi).isEnded().hasPassed("Event_NotAccepted");
    assertThat(fixture.register.find("JF-2026-000001").orElseThrow().outcome())
        .isEqualTo("NOT_ACCEPTED");
  }

  /** A transport case accepted for handling by the resident 县交通局, waiting at 办理并书面答复. */
  ProcessInstance acceptedAtAResidentUnit() {
      ProcessInstance pi = register(Registrations.form("transport"));
      complete(task(pi), withVariables(UNIT_CODE, "jtj", PROBLEM_CATEGORY, "transport",
          FIRST_VISIT, true, LEADER_RECEPTION, false));
      runTransferJobs(pi);
      complete(task(pi), withVariables(RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES, "需现场勘查。"));
      complete(task(pi), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
      assertThat(pi).isWaitingAt("Task_HandleCase");
      return pi;
  }

    @Test
    void approvedExtensionMovesTheDeadlineOnce() {
      ProcessInstance pi = acceptedAtAResidentUnit();
      complete(task(pi), withVariables(HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 20,
          EXTENSION_REASON, "需等待第三方鉴定结果。"));
      // 信访工作条例 2022: the unit's own head approves
      assertThat(task(pi)).hasDefinitionKey("Task_ApproveExtension")
          .hasCandidateGroup("unit-jtj-leaders");
      complete(task(pi), withVariables(EXTENSION_APPROVED, true));

      // the center may object until the close of the working day; it lets the day pass
      assertThat(task(pi)).hasDefinitionKey("Task_ReviewExtension")
          .hasCandidateGroup("center-director").hasCandidateGroup("deputy-director");
      Job window = managementService().createJobQuery().processInstanceId(pi.getId())
          .activityId("Event_ObjectionWindowClosed").singleResult();
      assertThat(window.getDuedate()).isEqualTo(
          runtimeService().getVariable(pi.getId(), EXTENSION_OBJECTION_DUE));
      assertThat(pi).variables().containsEntry(HANDLING_DUE, HANDLING_DEADLINE);
      execute(window);

      assertThat(task(pi)).hasDefinitionKey("Task_HandleCase").hasDueDate(officeClose(5, 26));
      assertThat(pi).variables().containsEntry(EXTENDED, true);
      assertThat((String) runtimeService().getVariable(pi.getId(), EXTENSION_NOTICE))
          .contains("延长办理期限告知书", "20日");

      String taskId = task(pi).getId();
      assertThatThrownBy(() -> taskService().complete(taskId, withVariables(
              HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 5, EXTENSION_REASON, "再次延期")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("已延期办理一次");
      assertThat(pi).isWaitingAt("Task_HandleCase");
    }

    @Test
    void theCenterObjectsWithAReasonAndTheDeadlineStays() {
      ProcessInstance pi = acceptedAtAResidentUnit();
      complete(task(pi), withVariables(HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 15,
          EXTENSION_REASON, "需等待第三方鉴定结果。"));
      complete(task(pi), withVariables(EXTENSION_APPROVED, true));
      String review = task(pi).getId();
      assertThatThrownBy(() -> taskService().complete(review, withVariables(EXTENSION_OBJECTED, true)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("异议理由");
      complete(task(pi), withVariables(EXTENSION_OBJECTED, true,
          EXTENSION_OBJECTION, "鉴定可在原期限内完成。"));

      assertThat(task(pi)).hasDefinitionKey("Task_HandleCase").hasDueDate(HANDLING_DEADLINE);
      assertThat(pi).variables().containsEntry(EXTENDED, false)
          .containsEntry(EXTENSION_APPROVED, false)
          .containsEntry(EXTENSION_OBJECTION, "鉴定可在原期限内完成。");
      assertThat(runtimeService().getVariable(pi.getId(), EXTENSION_NOTICE)).isNull();
      assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
          .activityId("Event_ObjectionWindowClosed").count()).isZero();
    }

    @Test
    void refusedExtensionKeepsTheDeadlineAndNeedsAReason() {
      ProcessInstance pi = acceptedAtAResidentUnit();
      complete(task(pi), withVariables(HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 10,
          EXTENSION_REASON, "案情复杂。"));
      String taskId = task(pi).getId();
      assertThatThrownBy(() -> taskService().complete(taskId, withVariables(EXTENSION_APPROVED, false)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("审批意见");
      complete(task(pi), withVariables(EXTENSION_APPROVED, false, EXTENSION_COMMENT, "期限内可以办结。"));

      assertThat(task(pi)).hasDefinitionKey("Task_HandleCase").hasDueDate(HANDLING_DEADLINE);
      assertThat(pi).variables().containsEntry(EXTENDED, false);
    }

    @Test
    void extensionBeyondTheLimitIsRefused() {
      ProcessInstance pi = acceptedAtAResidentUnit();
      String taskId = task(pi).getId();
      assertThatThrownBy(() -> taskService().complete(taskId, withVariables(
              HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 31, EXTENSION_REASON, "x")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("1到30");
    }

    @Test
    void centerReturnsFeedbackAndUnitRepliesAgain() {
      ProcessInstance pi = acceptedAtAResidentUnit();
      complete(task(pi), withVariables(HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, "情况属实。", REPLY_BASIS, "相关规定。", REPLY_OPINION, "已答复。"));
      complete(task(pi), withVariables(FEEDBACK_ACCEPTED, false, FEEDBACK_COMMENT, "答复未针对诉求。"));
      assertThat(pi).isWaitingAt("Task_HandleCase");
      complete(task(pi), withVariables(HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, "情况属实。", REPLY_BASIS, "相关规定。", REPLY_OPINION, "针对诉求逐项答复……"));
      complete(task(pi), withVariables(FEEDBACK_ACCEPTED, true));
      complete(task(pi), withVariables(SATISFACTION, "SATISFIED"));
      assertThat(pi).isEnded();
      assertThat(pi).variables().containsEntry(REPLY_OPINION, "针对诉求逐项答复……");
    }

  @Test
  void fullIdNumberPhoneAndAddressStayInTheRegister() {
    String definition = BpmnAwareTests.repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).latestVersion().singleResult().getId();
    // submitted as Tasklist does, so history also records the start form's fields
    ProcessInstance pi = BpmnAwareTests.formService()
        .submitStartForm(definition, Registrations.form("transport"));
    String idNumber = Registrations.ID_NUMBER_VALUE;
    String phone = "13855701234";
    String address = "泗县泗城镇人民路1号";
    CaseRecord record = fixture.register.find("JF-2026-000001").orElseThrow();
    assertThat(record.idNumber()).isEqualTo(idNumber);
    assertThat(record.phone()).isEqualTo(phone);
    assertThat(record.address()).isEqualTo(address);
    assertThat(pi).variables().doesNotContainKeys(ID_NUMBER, PHONE, ADDRESS)
        .containsEntry(ID_NUMBER_MASKED, "341***********" + idNumber.substring(14))
        .containsEntry(PHONE_MASKED, "138****1234");

    complete(task(pi), withVariables(UNIT_CODE, "jtj", PROBLEM_CATEGORY, "transport"));
    runTransferJobs(pi);
    assertThat(taskService().getVariables(task(pi).getId())).doesNotContainKeys(PHONE, ADDRESS);
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES, "需核实。"));

    // the unit's two handling tasks show them, held by the task alone
    for (String handlingTask : new String[] {"Task_DecideAcceptance", "Task_HandleCase"}) {
      assertThat(task(pi)).hasDefinitionKey(handlingTask);
      assertThat(taskService().getVariablesLocal(task(pi).getId()))
          .containsEntry(PHONE, phone).containsEntry(ADDRESS, address);
      assertThat(BpmnAwareTests.formService().getTaskFormVariables(task(pi).getId()))
          .containsKeys(PHONE, ADDRESS);
      assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys(PHONE, ADDRESS);
      complete(task(pi), handlingTask.equals("Task_DecideAcceptance")
          ? withVariables(ACCEPTANCE_DECISION, "ACCEPT")
          : withVariables(HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, "情况属实。", REPLY_BASIS, "相关规定。", REPLY_OPINION, "经核实，答复如下……"));
    }
    assertThat(task(pi)).hasDefinitionKey("Task_ConfirmFeedback");
    assertThat(taskService().getVariables(task(pi).getId())).doesNotContainKeys(PHONE, ADDRESS);

    // history keeps the masked values only
    var history = BpmnAwareTests.historyService();
    java.util.List<String> values = new java.util.ArrayList<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> values.add(v.getName() + "=" + v.getValue()));
    history.createHistoricDetailQuery().processInstanceId(pi.getId()).list().forEach(d -> {
      if (d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u) {
        values.add(u.getVariableName() + "=" + u.getValue());
      } else if (d instanceof org.camunda.bpm.engine.history.HistoricFormField f) {
        values.add(f.getFieldId() + "=" + f.getFieldValue());
      }
    });
    assertThat(values).noneMatch(v -> v.contains(idNumber) || v.contains("13855701234")
        || v.contains(address));
    // not even masked: the masked copies stand for them (history/CaseHistoryLevel)
    assertThat(values).contains("phoneMasked=138****1234",
        "idNumberMasked=341***********" + idNumber.substring(14));
    assertThat(values).noneMatch(v -> v.startsWith("phone=") || v.startsWith("address=")
        || v.startsWith("idNumber="));
  }

  @Test
  void repeatPetitionerSeesEarlierCases() {
    ProcessInstance first = register(Registrations.form("wage-arrears"));
    complete(task(first), withVariables(UNIT_CODE, "rsj", PROBLEM_CATEGORY, "wage-arrears",
        FIRST_VISIT, true, LEADER_RECEPTION, false));

    ProcessInstance second = register(Registrations.form("wage-arrears"));
    assertThat(second).hasBusinessKey("JF-2026-000002").variables()
        .containsEntry(FIRST_VISIT, false)
        .containsEntry(EARLIER_CASE_COUNT, 1);
    assertThat((String) runtimeService().getVariable(second.getId(), EARLIER_CASES_SUMMARY))
        .isEqualTo("JF-2026-000001｜2026-03-02｜拖欠农民工工资｜县人社局｜办理中");

    ProcessInstance other = register(Registrations.form("health"));
    assertThat(other).variables().containsEntry(FIRST_VISIT, true).containsEntry(EARLIER_CASE_COUNT, 2);
    assertThat(first).isActive();
  }

  @Test
  void categoryWithoutSuggestionIsRoutedByStaff() {
    Map<String, Object> form = Registrations.form("other");
    form.remove(TOWNSHIP);
    ProcessInstance pi = register(form);
    assertThat(pi).variables().containsEntry(SUGGESTED_UNIT_NAME, "（无推荐，请人工选择）");
    assertThat(runtimeService().getVariable(pi.getId(), UNIT_CODE)).isNull();

    String taskId = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(PROBLEM_CATEGORY, "other")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("责任单位");
    assertThatThrownBy(() -> taskService().complete(taskId,
            withVariables(PROBLEM_CATEGORY, "other", UNIT_CODE, "no-such-unit")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-unit");

    complete(task(pi), withVariables(PROBLEM_CATEGORY, "civil-affairs", UNIT_CODE, "mzj"));
    assertThat(pi).variables().containsEntry(PROBLEM_CATEGORY_NAME, "民政与社会救助")
        .containsEntry(RECEPTION_MODE, "UNIT_ON_SITE");
    assertThat(fixture.register.find("JF-2026-000001").orElseThrow().problemCategory())
        .isEqualTo("civil-affairs");
  }

  @Test
  void badRegistrationStartsNothing() {
    Map<String, Object> form = Registrations.form("wage-arrears");
    form.put(ID_NUMBER, TestIdNumbers.withWrongCheckChar(Registrations.ID_FIRST17));

    assertThatThrownBy(() -> register(form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("公民身份号码")
        .hasMessageContaining("校验位")
        .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo(ID_NUMBER));
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(fixture.register.size()).isZero();

    // the next valid registration still gets the first number: nothing was consumed
    assertThat(register(Registrations.form("wage-arrears"))).hasBusinessKey("JF-2026-000001");
  }

  @Test
  void dissatisfiedEvaluationNeedsAReason() {
    ProcessInstance pi = register(Registrations.form("public-security"));
    complete(task(pi), withVariables(UNIT_CODE, "gaj", PROBLEM_CATEGORY, "public-security"));
    runTransferJobs(pi);
    complete(task(pi), withVariables(RECEPTION_OUTCOME, "RESOLVED", RECEPTION_NOTES, "已接谈。",
        ON_SPOT_REPLY, "已答复。"));
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(SATISFACTION, "DISSATISFIED")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("评价说明");
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(SATISFACTION, "GREAT")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("满意度评价");
    complete(task(pi), withVariables(SATISFACTION, "DISSATISFIED", SATISFACTION_NOTE, "希望赔偿更多。"));
    assertThat(pi).isEnded();
  }

  @Test
  void resolvingOnTheSpotNeedsTheAnswerGiven() {
    ProcessInstance pi = register(Registrations.form("public-security"));
    complete(task(pi), withVariables(UNIT_CODE, "gaj", PROBLEM_CATEGORY, "public-security"));
    runTransferJobs(pi);
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(taskId,
            withVariables(RECEPTION_OUTCOME, "RESOLVED", RECEPTION_NOTES, "已接谈。")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("当场答复意见");
    assertThat(pi).isWaitingAt("Task_FaceToFaceReception");
  }
}
