package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_REPORT;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_SOLUTION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of 分管领导牵头调处 (tier 2): the report to the unit head and the proposed solution
 * are required whatever the outcome.
 */
@Component("deputyLeaderMediationListener")
class DeputyLeaderMediationListener extends TaskOutcomeListener {

  private final TierDecision decision;

  DeputyLeaderMediationListener(TierDecision decision) {
    this.decision = decision;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(TIER2_REPORT, in.requiredText(TIER2_REPORT, 2000));
    execution.setVariable(TIER2_SOLUTION, in.requiredText(TIER2_SOLUTION, 2000));
    decision.record(execution, in, TIER2_OUTCOME);
  }
}
