package cn.gov.sixian.reception.routing;

import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_INSTRUCTIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_NAME;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the user task 县党政领导接访: who received the petitioner and their instructions. */
@Component("leaderReceptionListener")
class LeaderReceptionListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(LEADER_NAME, in.requiredText(LEADER_NAME, 50));
    execution.setVariable(
        LEADER_INSTRUCTIONS, in.requiredText(LEADER_INSTRUCTIONS, 2000));
  }
}
