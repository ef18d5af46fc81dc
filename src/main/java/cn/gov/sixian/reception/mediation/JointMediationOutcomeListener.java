package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_OUTCOME;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 记录联合调解结果 (tier 3). */
@Component("jointMediationOutcomeListener")
class JointMediationOutcomeListener extends TaskOutcomeListener {

  private final TierDecision decision;

  JointMediationOutcomeListener(TierDecision decision) {
    this.decision = decision;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(TIER3_NOTES, in.requiredText(TIER3_NOTES, 2000));
    decision.record(execution, in, TIER3_OUTCOME);
  }
}
