package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_FEEDBACK;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A unit answers a supervision slip (督办单) from its own system: {@code POST
 * /api/cases/{caseNumber}/supervision-feedback}. The caller must be of the unit the slip's
 * feedback task is offered to (the engine shows a user only the tasks of their groups); the
 * answer then goes to the slip as the model's message 接口反馈, sent by the application.
 */
@RestController
class SupervisionFeedbackController {

  static final String FEEDBACK_TASK = "Task_SupervisionFeedback";
  static final String FEEDBACK_MESSAGE = "SupervisionFeedback";
  static final String NO_SLIP_WAITING = "该信访件没有等待本单位反馈的督办单。";
  private static final Logger log = LoggerFactory.getLogger(SupervisionFeedbackController.class);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CaseAccess access;

  SupervisionFeedbackController(TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, CaseAccess access) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.access = access;
  }

  @PostMapping("/api/cases/{caseNumber}/supervision-feedback")
  ResponseEntity<Void> answer(@PathVariable String caseNumber,
      @RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!SUPERVISION_FEEDBACK.equals(field)) {
        throw new InvalidInputException(field, "未知字段「" + field + "」：只接受 supervisionFeedback。");
      }
    }
    // the field of the task's form, sent over REST: named as the form names it
    String feedback = Inputs.ofForm(SupervisionFeedbackListener.FORM, body)
        .requiredText(SUPERVISION_FEEDBACK, SupervisionFeedbackListener.MAX_LENGTH);
    // as the caller: only a slip offered to the caller's unit is found
    List<Task> waiting = taskService.createTaskQuery()
        .processDefinitionKey(ProcessKeys.SUPERVISION)
        .processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(FEEDBACK_TASK)
        .listPage(0, 1);
    if (waiting.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, NO_SLIP_WAITING);
    }
    String slipInstance = waiting.get(0).getProcessInstanceId();
    String user = identityService.getCurrentAuthentication().getUserId();
    try {
      access.asApplication(() -> runtimeService.createMessageCorrelation(FEEDBACK_MESSAGE)
          .processInstanceId(slipInstance)
          .setVariable(SUPERVISION_FEEDBACK, feedback)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException answeredMeanwhile) {
      // the slip was answered in Tasklist (or closed) since it was found: none is waiting now
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, NO_SLIP_WAITING);
    }
    log.info("Supervision feedback for case {} given by {} through the API", caseNumber, user);
    return ResponseEntity.noContent().build();
  }
}
