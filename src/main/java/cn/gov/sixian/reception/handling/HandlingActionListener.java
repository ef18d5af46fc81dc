package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.ESTABLISHED_FACTS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENDED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_ACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLIED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_BASIS;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_OPINION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 办理并书面答复: a written reply needs its facts, decision and basis; an extension request needs
 * days within the limit and a reason, and is allowed once.
 */
@Component("handlingActionListener")
class HandlingActionListener extends TaskOutcomeListener {

  private final HandlingService handling;

  HandlingActionListener(HandlingService handling) {
    this.handling = handling;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    HandlingAction action = in.requiredChoice(HANDLING_ACTION, HandlingAction.class);
    execution.setVariable(HANDLING_ACTION, action.name());
    if (action == HandlingAction.REPLY) {
      // the written reply states facts, decision and basis (信访事项处理意见书)
      execution.setVariable(ESTABLISHED_FACTS, in.requiredText(ESTABLISHED_FACTS, 4000));
      execution.setVariable(REPLY_OPINION, in.requiredText(REPLY_OPINION, 4000));
      execution.setVariable(REPLY_BASIS, in.requiredText(REPLY_BASIS, 2000));
      execution.setVariable(REPLIED_AT, handling.now());
    } else {
      int days = in.requiredInt(EXTENSION_DAYS, 1, handling.maxExtensionDays());
      handling.checkNotExtendedYet(in.optionalBoolean(EXTENDED), EXTENSION_DAYS);
      execution.setVariable(EXTENSION_DAYS, days);
      execution.setVariable(EXTENSION_REASON, in.requiredText(EXTENSION_REASON, 1000));
      execution.removeVariable(EXTENSION_APPROVED);
    }
  }
}
