package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_OUTCOME;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the user task 当场调解 (tier 1). */
@Component("onSpotMediationListener")
class OnSpotMediationListener extends TaskOutcomeListener {

  private final TierDecision decision;

  OnSpotMediationListener(TierDecision decision) {
    this.decision = decision;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(TIER1_NOTES, in.requiredText(TIER1_NOTES, 2000));
    decision.record(execution, in, TIER1_OUTCOME);
  }
}
