package cn.gov.sixian.reception.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the engine writes to history with the application's level (plain engine of
 * {@code camunda.cfg.xml}, which installs {@link CaseHistoryPlugin} as the application does).
 */
@ExtendWith(ProcessEngineExtension.class)
class CaseHistoryLevelTest {

  private static final String KEY = "history-level-test";

  ProcessEngine engine;
  HistoryService history;
  String deploymentId;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    this.history = engine.getHistoryService();
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent("Start").name("开始")
        .userTask("Task_Enter").name("录入")
        .exclusiveGateway("Gateway_Choice").name("是否")
        .userTask("Task_Second").name("再录入")
        .endEvent("End").name("结束")
        .done();
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance(KEY + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void isTheEnginesFullLevelById() {
    HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getHistoryLevel();
    assertThat(level).isInstanceOf(CaseHistoryLevel.class);
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
  }

  @Test
  void keepsEachChangeOfWhatStaffEnterAndTheFinalValueOfWhatIsNotDerived() {
    // receptionNotes: a form field staff fill in; receptionModeName: a code's name, derived;
    // the start's values are handed over by whoever starts the process
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(
        "receptionNotes", "初次接谈。", "receptionMode", "VISIT", "receptionModeName", "当面",
        "unitOptions", "[{}]", "phone", "138****1234", "acceptanceNotes", ""));
    Task enter = task(pi);
    engine.getTaskService().setVariableLocal(enter.getId(), "address", "泗县某镇");
    // the same value again (a form submits every field it shows), then a new one
    // an empty field shows nothing at its step
    engine.getTaskService().complete(enter.getId(), Map.of("receptionNotes", "初次接谈。",
        "receptionModeName", "电话", "feedbackComment", ""));
    engine.getTaskService().complete(task(pi).getId(), Map.of("receptionNotes", "复核后补充。",
        "acceptanceNotes", "补充材料。"));

    assertThat(updates(pi))
        .containsExactlyInAnyOrder("receptionNotes=复核后补充。", "acceptanceNotes=补充材料。");
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).formFields()
        .count()).isZero();
    Map<String, Object> finalValues = new java.util.HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> finalValues.put(v.getName(), v.getValue()));
    assertThat(finalValues).containsEntry("receptionNotes", "复核后补充。")
        .containsEntry("receptionMode", "VISIT").containsEntry("acceptanceNotes", "补充材料。")
        // left empty: no row until a value comes (acceptanceNotes: empty at the start, then set)
        .doesNotContainKeys("unitOptions", "phone", "address", "receptionModeName",
            "feedbackComment");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(a -> a.getActivityId())
        .containsExactlyInAnyOrder("Start", "Task_Enter", "Task_Second", "End");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(2);
  }

  @Test
  void keepsOfTheTransferNoticeItsInstanceAndCaseNumber() {
    BpmnModelInstance notice = Bpmn.createExecutableProcess("transfer-notification")
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent().done();
    String notices = engine.getRepositoryService().createDeployment()
        .addModelInstance("transfer-notification.bpmn", notice).deploy().getId();
    try {
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(
          "transfer-notification", Map.of("caseNumber", "泗信（2026）0001号", "matter", "欠薪。",
              "unitCode", "rsj"));
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
          .list()).extracting(v -> v.getName()).containsExactly("caseNumber");
      assertThat(engine.getRuntimeService().getVariables(pi.getId()))
          .containsOnlyKeys("caseNumber", "matter", "unitCode");
      engine.getTaskService().complete(task(pi).getId());
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
          .finished().count()).isEqualTo(1);
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
          .count()).isZero();
    } finally {
      engine.getRepositoryService().deleteDeployment(notices, true);
    }
  }

  /**
   * Of the case's own instance: what forms let staff enter and what the application reads back
   * (process/CaseHistoryReads), nothing derived; of its registration, as a change, only the
   * category, which routing may change; no sub-process in the activities.
   */
  @Test
  void keepsOfTheCaseWhatStaffEnterAndWhatIsReadBack() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("joint-reception")
        .camundaHistoryTimeToLive(1).startEvent("Event_Registered").name("登记")
        .subProcess("SubProcess_Handling").name("限时办理").embeddedSubProcess()
        .startEvent("Event_HandlingStarted").name("开始办理")
        .userTask("Task_FaceToFace").name("当面接谈")
        .endEvent("Event_Handled").name("办理完毕").subProcessDone()
        .endEvent("Event_Closed").name("结案").done();
    String cases = engine.getRepositoryService().createDeployment()
        .addModelInstance("joint-reception.bpmn", model).deploy().getId();
    try {
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("joint-reception",
          Map.of("caseNumber", "JF-2026-000001", "petitionerName", "张三", "matter", "欠薪。",
              "problemCategory", "wage-arrears", "channel", "VISIT", "channelName", "来访",
              "acceptanceDue", new java.util.Date(), "suggestedUnitCode", "rsj",
              "caseOutcome", "REPLIED"));
      engine.getTaskService().complete(task(pi).getId(), Map.of("receptionNotes", "已接谈。",
          "problemCategory", "labour-contract", "acceptanceNotice", "《信访事项受理告知书》……"));

      Map<String, Object> kept = new java.util.HashMap<>();
      history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
          .forEach(v -> kept.put(v.getName(), v.getValue()));
      assertThat(kept).containsOnlyKeys("caseNumber", "petitionerName", "matter",
          "problemCategory", "channel", "channelName", "receptionNotes")
          .containsEntry("problemCategory", "labour-contract");
      assertThat(updates(pi)).containsExactly("problemCategory=wage-arrears",
          "receptionNotes=已接谈。", "problemCategory=labour-contract");
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
          .list()).extracting(a -> a.getActivityId()).containsExactlyInAnyOrder(
              "Event_Registered", "Event_HandlingStarted", "Task_FaceToFace", "Event_Handled",
              "Event_Closed");
    } finally {
      engine.getRepositoryService().deleteDeployment(cases, true);
    }
  }

  @Test
  void keepsNoFormFieldsWhenAFormIsSubmitted() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY);
    engine.getFormService().submitTaskForm(task(pi).getId(),
        Map.of("receptionNotes", "当面接谈记录。"));
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).formFields()
        .count()).isZero();
    assertThat(updates(pi)).containsExactly("receptionNotes=当面接谈记录。");
  }

  private Task task(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<String> updates(ProcessInstance pi) {
    return history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates()
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricDetail.class::cast)
        .map(d -> ((HistoricVariableUpdate) d).getVariableName() + "="
            + ((HistoricVariableUpdate) d).getValue())
        .toList();
  }
}
