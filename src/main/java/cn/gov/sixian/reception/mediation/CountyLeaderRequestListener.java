package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_REQUEST;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 提请县领导协调 (tier 4): which county leader, and why. */
@Component("countyLeaderRequestListener")
class CountyLeaderRequestListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(COUNTY_LEADER_NAME, in.requiredText(COUNTY_LEADER_NAME, 50));
    execution.setVariable(COUNTY_LEADER_REQUEST, in.requiredText(COUNTY_LEADER_REQUEST, 2000));
  }
}
