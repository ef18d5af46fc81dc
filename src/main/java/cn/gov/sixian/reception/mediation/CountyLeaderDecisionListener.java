package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_DECISION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 县级领导牵头调处: the county leader's decision closes the matter. */
@Component("countyLeaderDecisionListener")
class CountyLeaderDecisionListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    execution.setVariable(COUNTY_LEADER_DECISION,
        Inputs.ofForm(execution).requiredText(COUNTY_LEADER_DECISION, 2000));
  }
}
