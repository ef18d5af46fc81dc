package cn.gov.sixian.reception.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/**
 * Checks and maps what a user task decided, as an {@code end} execution listener of the task.
 *
 * <p>Why not a task listener: the engine wraps exceptions from task listeners into a generic
 * ProcessEngineException, so a staff input error would reach Tasklist and REST as a 500 with an
 * English prefix. Thrown from an execution listener, {@link InvalidInputException} arrives as is:
 * a 400 whose message is the Chinese text, and the completion is rolled back.
 *
 * <p>The listener only acts when the task is left through its outgoing flow; a task cancelled by
 * an interrupting event or a deleted instance decided nothing and is not checked.
 */
public abstract class TaskOutcomeListener implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (leavesThroughOutgoingFlow(execution)) {
      onCompleted(execution);
    }
  }

  /** Completed tasks leave through their outgoing flows; cancelled ones leave none. */
  private static boolean leavesThroughOutgoingFlow(DelegateExecution execution) {
    if (execution instanceof PvmExecutionImpl pvm) {
      return !pvm.isCanceled()
          && pvm.getTransitionsToTake() != null
          && !pvm.getTransitionsToTake().isEmpty();
    }
    return true;
  }

  /** Validates the task's variables and sets what follows from them. */
  protected abstract void onCompleted(DelegateExecution execution);
}
