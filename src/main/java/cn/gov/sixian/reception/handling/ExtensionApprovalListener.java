package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.EXTENDED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_OBJECTION_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_ACTION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of 单位负责人审批延期 (信访工作条例 2022: the handling body's own head approves an
 * extension of at most the configured days): a refusal must say why; an approval is checked
 * (days within the limit, not extended before) and waits for the center until the close of the
 * working day ({@link ExtensionTakesEffectDelegate} then moves the deadline).
 */
@Component("extensionApprovalListener")
class ExtensionApprovalListener extends TaskOutcomeListener {

  private final HandlingService handling;

  ExtensionApprovalListener(HandlingService handling) {
    this.handling = handling;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    boolean approved = in.requiredBoolean(EXTENSION_APPROVED);
    execution.setVariable(EXTENSION_APPROVED, approved);
    // the unit decides afresh in 办理并书面答复: do not pre-select the last request
    execution.removeVariable(HANDLING_ACTION);
    if (!approved) {
      execution.setVariable(EXTENSION_COMMENT, in.requiredText(EXTENSION_COMMENT, 1000));
      return;
    }
    execution.setVariable(EXTENSION_COMMENT, in.optionalText(EXTENSION_COMMENT, 1000));
    execution.setVariable(EXTENSION_DAYS,
        in.requiredInt(EXTENSION_DAYS, 1, handling.maxExtensionDays()));
    handling.checkNotExtendedYet(in.optionalBoolean(EXTENDED, "已延期办理"), EXTENSION_DAYS);
    execution.setVariable(EXTENSION_OBJECTION_DUE, handling.objectionDue());
  }
}
