package cn.gov.sixian.reception.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the process-path tests on the plain engine: the application's beans wired by
 * {@link ProcessTestFixture}, the engine clock set to {@link #startAt()}.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class PlainEngineTest {

  /** Monday 2 March 2026, 09:00 in the center: an ordinary working week. */
  static final ZonedDateTime MONDAY_2_MARCH =
      ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ProcessTestFixture.ZONE);

  ProcessEngine processEngine;
  ProcessTestFixture fixture;

  /** When the test starts, on the engine clock. */
  ZonedDateTime startAt() {
    return MONDAY_2_MARCH;
  }

  /** The limits of the plan in force (the defaults unless a test configures others). */
  PlanLimits limits() {
    return PlanLimits.defaults();
  }

  @BeforeEach
  void startFixture(ProcessEngine engine) {
    processEngine = engine;
    BpmnAwareTests.init(engine);
    fixture = new ProcessTestFixture(startAt(), engine, limits());
  }

  @AfterEach
  void stopFixture() {
    processEngine.getIdentityService().clearAuthentication();
    fixture.close();
  }

  /**
   * Runs the asynchronous continuations (e-mails) waiting in the instance and in the transfer
   * notices it started, and those they lead to, but not its timers.
   */
  void runAsync(ProcessInstance pi) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = new java.util.ArrayList<>(processEngine.getManagementService()
          .createJobQuery().processInstanceId(pi.getId()).messages().list());
      jobs.addAll(transferNoticeJobs(pi));
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    }
  }

  /** The waiting jobs of the transfer notices (process transfer-notification) of this case. */
  List<Job> transferNoticeJobs(ProcessInstance pi) {
    Object caseNumber = processEngine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(pi.getId()).variableName(ProcessVariables.CASE_NUMBER).list()
        .stream().findFirst().map(v -> v.getValue()).orElse(null);
    if (caseNumber == null) {
      return List.of();
    }
    List<Job> jobs = new java.util.ArrayList<>();
    processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("transfer-notification")
        .variableValueEquals(ProcessVariables.CASE_NUMBER, caseNumber).list()
        .forEach(notice -> jobs.addAll(processEngine.getManagementService().createJobQuery()
            .processInstanceId(notice.getId()).messages().list()));
    return jobs;
  }

  /** Registers the form, confirms the routing to {@code unit}, transfers: at 当面接谈. */
  ProcessInstance atFaceToFaceReception(Map<String, Object> form, String unit) {
    ProcessInstance pi = processEngine.getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION, form);
    complete(task(pi), withVariables(ProcessVariables.UNIT_CODE, unit,
        ProcessVariables.PROBLEM_CATEGORY, form.get(ProcessVariables.PROBLEM_CATEGORY)));
    runAsync(pi);
    assertThat(pi).isWaitingAt("Task_FaceToFaceReception");
    return pi;
  }

  /** The same, then received for handling: at 受理审查. */
  ProcessInstance awaitingAcceptance(Map<String, Object> form, String unit) {
    ProcessInstance pi = atFaceToFaceReception(form, unit);
    complete(task(pi), withVariables(ProcessVariables.RECEPTION_OUTCOME, "ACCEPTED",
        ProcessVariables.RECEPTION_NOTES, "需调查核实。"));
    assertThat(pi).isWaitingAt("Task_DecideAcceptance");
    return pi;
  }
}
