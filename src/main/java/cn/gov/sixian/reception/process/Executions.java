package cn.gov.sixian.reception.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/** Facts about an execution that the public delegate API does not offer. */
public final class Executions {

  private Executions() {}

  /**
   * True when an activity completes (also one instance of a multi-instance activity); false when
   * it is cancelled: an interrupting event, a deleted instance, a modification in Cockpit.
   */
  public static boolean completesNormally(DelegateExecution execution) {
    if (execution instanceof PvmExecutionImpl pvm) {
      return !pvm.isCanceled();
    }
    return true;
  }

  /** The user working through Tasklist or the REST API, or null for the job executor. */
  public static String currentUser(DelegateExecution execution) {
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
