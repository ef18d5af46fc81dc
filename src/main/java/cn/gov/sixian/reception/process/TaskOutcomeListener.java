package cn.gov.sixian.reception.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Checks and maps what a user task decided, as an {@code end} execution listener of the task.
 *
 * <p>Why not a task listener: the engine wraps exceptions from task listeners into a generic
 * ProcessEngineException, so a staff input error would reach Tasklist and REST as a 500 with an
 * English prefix. Thrown from an execution listener, {@link InvalidInputException} arrives as is:
 * a 400 whose message is the Chinese text, and the completion is rolled back.
 *
 * <p>The listener only acts when the task completes; a task cancelled by an interrupting event or
 * a deleted instance decided nothing and is not checked.
 */
public abstract class TaskOutcomeListener implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (Executions.completesNormally(execution)) {
      onCompleted(execution);
    }
  }

  /** Validates the task's variables and sets what follows from them. */
  protected abstract void onCompleted(DelegateExecution execution);
}
