package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.process.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of 当面接谈, 提供法律咨询 and 县党政领导接访: assigns the task to the person on
 * duty ({@link DutyAssignment}); with nobody on duty it stays with the group and roster-watch is
 * started by message to tell the deputy director, asynchronously so a mail outage never holds
 * the case.
 */
@Component("dutyAssignmentListener")
class DutyAssignmentListener implements TaskListener {

  static final String NOBODY_ON_DUTY = "NobodyOnDuty";

  private final DutyAssignment assignment;

  DutyAssignmentListener(DutyAssignment assignment) {
    this.assignment = assignment;
  }

  @Override
  public void notify(DelegateTask task) {
    DutyAssignment.Decision decision = assignment.forTaskOfferedTo(task.getCandidates().stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList());
    if (decision.assignee() != null) {
      task.setAssignee(decision.assignee());
    } else if (decision.nobodyOnDuty()) {
      Object caseNumber = task.getVariable(ProcessVariables.CASE_NUMBER);
      task.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(NOBODY_ON_DUTY)
          .setVariables(Map.of(
              ProcessVariables.DUTY_DATE, decision.shift().date().toString(),
              ProcessVariables.DUTY_SHIFT, decision.shift().code(),
              ProcessVariables.DUTY_POST, decision.post().code(),
              ProcessVariables.DUTY_TASK_ID, task.getId(),
              ProcessVariables.DUTY_TASK_NAME, task.getName(),
              ProcessVariables.CASE_NUMBER, caseNumber == null ? "" : caseNumber.toString()))
          .correlateStartMessage();
    }
  }
}
