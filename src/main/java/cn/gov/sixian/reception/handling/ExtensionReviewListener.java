package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_OBJECTED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_OBJECTION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of 中心审查延期: the center (which sets the plan's limits) has until the close of the
 * working day to object to an extension the unit head approved. An objection must give its reason
 * and stops the extension; the unit handles within the original deadline.
 */
@Component("extensionReviewListener")
class ExtensionReviewListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    boolean objected = in.requiredBoolean(EXTENSION_OBJECTED);
    execution.setVariable(EXTENSION_OBJECTED, objected);
    if (objected) {
      execution.setVariable(EXTENSION_OBJECTION, in.requiredText(EXTENSION_OBJECTION, 1000));
      execution.setVariable(EXTENSION_APPROVED, false);
    } else {
      execution.setVariable(EXTENSION_OBJECTION, null);
    }
  }
}
