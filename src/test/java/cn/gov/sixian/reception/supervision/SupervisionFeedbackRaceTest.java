package cn.gov.sixian.reception.supervision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.sixian.reception.access.CaseAccess;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/**
 * A slip answered in Tasklist between the API finding it and sending the answer: the unit's
 * system gets the Chinese 404 「没有等待本单位反馈的督办单」, not the engine's English refusal.
 */
class SupervisionFeedbackRaceTest {

  @Test
  void aSlipAnsweredMeanwhileIsNoSlipWaiting() {
    TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    Task slipTask = mock(Task.class);
    when(slipTask.getProcessInstanceId()).thenReturn("slip-1");
    when(tasks.createTaskQuery().processDefinitionKey(any()).processInstanceBusinessKey(any())
        .taskDefinitionKey(any()).listPage(0, 1)).thenReturn(List.of(slipTask));
    RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    when(runtime.createMessageCorrelation(any()).processInstanceId(any()).setVariable(any(), any())
        .correlateWithResult()).thenThrow(new MismatchingMessageCorrelationException(
            "SupervisionFeedback", "No process definition or execution matches the parameters"));
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    CaseAccess access = mock(CaseAccess.class);
    when(access.asApplication(any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());

    SupervisionFeedbackController controller =
        new SupervisionFeedbackController(tasks, runtime, identity, access);
    assertThatThrownBy(() -> controller.answer("JF-2026-000001",
            Map.of("supervisionFeedback", "已办结。")))
        .isInstanceOfSatisfying(ResponseStatusException.class, refused -> {
          org.assertj.core.api.Assertions.assertThat(refused.getStatusCode().value()).isEqualTo(404);
          org.assertj.core.api.Assertions.assertThat(refused.getReason())
              .isEqualTo(SupervisionFeedbackController.NO_SLIP_WAITING);
        });
  }
}
