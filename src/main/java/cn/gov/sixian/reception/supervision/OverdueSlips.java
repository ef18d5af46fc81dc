package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.OVERDUE_WAITING;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DEADLINE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON;

import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.process.TypedVariables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Supervision slips raised by the overdue timers of the models (受理期限, 办理期限, 分管领导调处期限):
 * once per deadline, and not while the case has a slip still waiting. A deadline that passes while
 * a slip waits is remembered on that slip's instance and raised when the slip is closed, if its task
 * is still open with the same deadline.
 */
@Component("overdueSlips")
public class OverdueSlips {

  private static final Logger log = LoggerFactory.getLogger(OverdueSlips.class);
  private static final String SEPARATOR = "|";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SlipRegister slips;

  public OverdueSlips(@Lazy RuntimeService runtimeService, @Lazy TaskService taskService,
      SlipRegister slips) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.slips = slips;
  }

  /** The overdue deadline of a task: a slip, unless already raised for it or one is waiting. */
  void overdue(String caseNumber, SupervisionReason reason, Date deadline,
      String processInstanceId, String taskKey) {
    if (slips.raisedFor(caseNumber, reason, deadline.toInstant())) {
      return;
    }
    if (slips.hasOpenSlip(caseNumber)) {
      ProcessInstance waiting = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.SUPERVISION).processInstanceBusinessKey(caseNumber)
          .active().list().stream().findFirst().orElse(null);
      if (waiting != null) {
        String previous = (String) runtimeService.getVariable(waiting.getId(), OVERDUE_WAITING);
        String line = String.join(SEPARATOR, processInstanceId, taskKey, reason.name(),
            Long.toString(deadline.getTime()));
        runtimeService.setVariable(waiting.getId(), OVERDUE_WAITING,
            previous == null || previous.isBlank() ? line : previous + "\n" + line);
        log.info("Case {}: {} passed while a slip waits; raised when it is closed", caseNumber, reason);
      }
      return;
    }
    runtimeService.startProcessInstanceByKey(ProcessKeys.SUPERVISION, caseNumber, Map.of(
        CASE_NUMBER, caseNumber, SUPERVISION_REASON, reason.name(), SUPERVISION_DEADLINE, deadline));
    log.info("Supervision slip raised for case {}: {}", caseNumber, reason);
  }

  /**
   * The slip of this supervision instance is closed (督办办结): the deadlines that passed while it
   * waited, whose tasks are still open with the same deadline, get their slip now.
   */
  public void slipClosed(DelegateExecution execution) {
    String waiting = TypedVariables.text(execution, OVERDUE_WAITING);
    if (waiting == null || waiting.isBlank()) {
      return;
    }
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    List<String> lines = new ArrayList<>(List.of(waiting.split("\n")));
    execution.removeVariable(OVERDUE_WAITING);
    for (String line : lines) {
      String[] part = line.split("\\" + SEPARATOR);
      Date deadline = new Date(Long.parseLong(part[3]));
      if (stillOverdue(part[0], part[1], deadline)) {
        overdue(caseNumber, SupervisionReason.valueOf(part[2]), deadline, part[0], part[1]);
      }
    }
  }

  private boolean stillOverdue(String processInstanceId, String taskKey, Date deadline) {
    Instant due = deadline.toInstant().truncatedTo(ChronoUnit.SECONDS);
    return taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).list().stream()
        .anyMatch(task -> task.getDueDate() != null
            && task.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS).equals(due));
  }
}
