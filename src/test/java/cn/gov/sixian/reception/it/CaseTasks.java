package cn.gov.sixian.reception.it;

import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A case's tasks as a test drives them through the engine: the transfer notice and other
 * asynchronous steps run on the job executor, so the next task appears a moment later.
 */
public final class CaseTasks {

  private CaseTasks() {}

  /** The case's open task of that definition, once it exists (at most 30 s). */
  public static Task await(TaskService tasks, String caseNumber, String taskKey) {
    return Awaitility.await("task " + taskKey + " of " + caseNumber)
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }

  /** Completes the case's task of that definition once it exists. */
  public static void complete(TaskService tasks, String caseNumber, String taskKey,
      Map<String, Object> variables) {
    tasks.complete(await(tasks, caseNumber, taskKey).getId(), variables);
  }
}
