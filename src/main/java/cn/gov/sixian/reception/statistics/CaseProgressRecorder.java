package cn.gov.sixian.reception.statistics;

import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLIED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.SKIP_LEVEL;
import static cn.gov.sixian.reception.process.ProcessVariables.TRANSFERRED_AT;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.referral.ReferralReason;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporting columns of the case register current as a case moves: on every wait state
 * of {@code joint-reception} (user task, mediation, end) it writes the stage and the times and
 * deadlines the statistics need, in the engine's transaction. It listens to the execution events
 * the Camunda Spring Boot starter publishes (eventing is on by default), so the models and their
 * listeners stay as they are.
 */
@Component
class CaseProgressRecorder {

  /** Stages where the acceptance limit runs, and where the handling limit runs. */
  static final Set<String> ACCEPTANCE_STAGES =
      Set.of("Task_FaceToFaceReception", "Task_DecideAcceptance");
  static final Set<String> HANDLING_STAGES =
      Set.of("Task_HandleCase", "Task_ApproveExtension", "Task_ReviewExtension");

  private final CaseProgressStore store;
  private final Clock clock;
  private final WorkingDayCalendar calendar;

  CaseProgressRecorder(CaseProgressStore store, Clock clock, WorkingDayCalendar calendar) {
    this.store = store;
    this.clock = clock;
    this.calendar = calendar;
  }

  @EventListener
  public void onExecution(DelegateExecution execution) {
    if (!ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
      return;
    }
    String definition = execution.getProcessDefinitionId();
    if (definition == null) {
      return;
    }
    if (definition.startsWith(ProcessKeys.JOINT_RECEPTION + ":")) {
      onReceptionStep(execution);
    } else if (definition.startsWith(ProcessKeys.MEDIATION + ":")) {
      // a tier's end is logged as its task ends; the next wait state fixes its working days
      FlowElement element = execution.getBpmnModelElementInstance();
      if (element instanceof UserTask || element instanceof CallActivity
          || element instanceof EndEvent) {
        store.recordTierDays(execution.getProcessInstanceId(), calendar);
      }
    } else if (definition.startsWith(ProcessKeys.ACCOUNTABILITY_REFERRAL + ":")) {
      onReferral(execution);
    }
  }

  private void onReceptionStep(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (!(element instanceof UserTask || element instanceof CallActivity
        || element instanceof EndEvent)) {
      return;
    }
    // only the case's own end is a stage: the end of a branch (an overdue timer's slip) or of a
    // subprocess leaves the case where it waits
    if (element instanceof EndEvent && !(element.getParentElement() instanceof Process)) {
      return;
    }
    Instant now = clock.instant();
    String stage = element.getId();
    Instant acceptanceDue = instant(execution.getVariable(ACCEPTANCE_DUE));
    Instant handlingDue = instant(execution.getVariable(HANDLING_DUE));
    boolean decided = execution.getVariable(ACCEPTANCE_DECISION) != null;
    Instant currentDue = null;
    if (ACCEPTANCE_STAGES.contains(stage) && !decided) {
      currentDue = acceptanceDue;
    } else if (HANDLING_STAGES.contains(stage)) {
      currentDue = handlingDue;
    }
    store.record(new CaseProgress(
        execution.getProcessInstanceId(),
        stage,
        element.getName(),
        now,
        instant(execution.getVariable(TRANSFERRED_AT)),
        acceptanceDue,
        decided ? now : null,
        instant(execution.getVariable(ACCEPTED_AT)),
        handlingDue,
        instant(execution.getVariable(REPLIED_AT)),
        currentDue,
        Boolean.TRUE.equals(execution.getVariable(SKIP_LEVEL))));
    if (element instanceof EndEvent && element.getParentElement() instanceof Process) {
      store.recordClosing(execution.getProcessInstanceId(), calendar);
    }
  }

  /**
   * A referral because the case led to a skip-level petition marks the case 越级访 too (besides
   * the mark staff set at 分类确认).
   */
  private void onReferral(DelegateExecution execution) {
    if (execution.getBpmnModelElementInstance() instanceof StartEvent
        && ReferralReason.SKIP_LEVEL.name().equals(execution.getVariable(REFERRAL_REASON))
        && execution.getProcessBusinessKey() != null) {
      store.markSkipLevel(execution.getProcessBusinessKey());
    }
  }

  private static Instant instant(Object value) {
    return value instanceof Date d ? d.toInstant() : null;
  }
}
