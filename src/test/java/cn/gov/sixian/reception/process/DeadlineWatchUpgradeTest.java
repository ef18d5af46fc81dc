package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * A case started on the model of earlier releases (no overdue timers: the polling deadline watch
 * raised its slips) moved to the current model with the engine's migration API, as
 * docs/operations.md "Upgrading from the polling deadline watch" describes: it gains the overdue
 * timer of the task it waits at, due at the deadline it already has, and the timer raises the slip.
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn", "processes/mediation.bpmn", "processes/supervision.bpmn",
    "processes/accountability-referral.bpmn"})
class DeadlineWatchUpgradeTest extends PlainEngineTest {

  static final String CASE = "JF-2026-000001";

  @Test
  void aCaseOfTheOldModelMigratedGetsItsOverdueTimer() {
    ProcessDefinition current = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).latestVersion().singleResult();
    repositoryService().createDeployment().name("earlier-release")
        .addClasspathResource("retired/joint-reception-polled.bpmn").deploy();
    ProcessDefinition old = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).latestVersion().singleResult();
    assertThat(old.getId()).isNotEqualTo(current.getId());

    ProcessInstance pi = awaitingAcceptance(Registrations.form("public-security"), "gaj");
    assertThat(pi.getProcessDefinitionId()).isEqualTo(old.getId());
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
        .isZero();

    MigrationPlan plan = runtimeService().createMigrationPlan(old.getId(), current.getId())
        .mapEqualActivities().updateEventTriggers().build();
    runtimeService().newMigration(plan).processInstanceIds(pi.getId()).execute();

    Date due = (Date) runtimeService().getVariable(pi.getId(), ACCEPTANCE_DUE);
    Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId("Event_AcceptanceOverdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(due);

    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    managementService().executeJob(timer.getId());
    runAsync(pi);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SUPERVISION)
            .processInstanceBusinessKey(CASE).singleResult()).variables()
        .containsEntry(SUPERVISION_REASON, "ACCEPTANCE_DEADLINE").containsEntry(SUPERVISION_DEADLINE, due);
  }
}
