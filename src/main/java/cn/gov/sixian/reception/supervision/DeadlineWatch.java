package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DEADLINE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * 期限巡查: raises a supervision slip automatically for every open task whose deadline has passed
 * (acceptance, handling with any extension, the deputy leader's 3 working days), once per
 * deadline, and not while the case has a slip still waiting.
 */
@Component("deadlineWatch")
public class DeadlineWatch {

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
  static final Map<String, SupervisionReason> WATCHED_TASKS = Map.of(
      "Task_FaceToFaceReception", SupervisionReason.ACCEPTANCE_DEADLINE,
      "Task_DecideAcceptance", SupervisionReason.ACCEPTANCE_DEADLINE,
      "Task_HandleCase", SupervisionReason.HANDLING_DEADLINE,
      "Task_DeputyLeaderMediation", SupervisionReason.MEDIATION_DEADLINE);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final SlipRegister slips;
  private final WorkingDayCalendar calendar;

  public DeadlineWatch(@Lazy TaskService taskService, @Lazy RuntimeService runtimeService,
      SlipRegister slips, WorkingDayCalendar calendar) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.slips = slips;
    this.calendar = calendar;
  }

  /** Returns how many slips were raised. */
  public int raiseSlips() {
    int raised = 0;
    for (Task task : taskService.createTaskQuery()
        .processDefinitionKeyIn(ProcessKeys.JOINT_RECEPTION, ProcessKeys.MEDIATION)
        .taskDefinitionKeyIn(WATCHED_TASKS.keySet().toArray(String[]::new))
        .dueBefore(Date.from(calendar.now()))
        .list()) {
      String caseNumber = (String) taskService.getVariable(task.getId(), CASE_NUMBER);
      SupervisionReason reason = WATCHED_TASKS.get(task.getTaskDefinitionKey());
      if (slips.raisedFor(caseNumber, reason, task.getDueDate().toInstant())
          || slips.hasOpenSlip(caseNumber)) {
        continue;
      }
      runtimeService.startProcessInstanceByKey(ProcessKeys.SUPERVISION, caseNumber, Map.of(
          CASE_NUMBER, caseNumber, SUPERVISION_REASON, reason.name(),
          SUPERVISION_DEADLINE, task.getDueDate()));
      raised++;
      log.info("Supervision slip raised for case {}: {}", caseNumber, reason);
    }
    return raised;
  }
}
