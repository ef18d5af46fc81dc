package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_DECISION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 审核提级调处: the center director sends the case to tier 2 or tier 3. */
@Component("escalationReviewListener")
class EscalationReviewListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    ReviewDecision decision = in.requiredChoice(REVIEW_DECISION, ReviewDecision.class);
    execution.setVariable(REVIEW_DECISION, decision.name());
    execution.setVariable(REVIEW_COMMENT, in.optionalText(REVIEW_COMMENT, 1000));
  }
}
