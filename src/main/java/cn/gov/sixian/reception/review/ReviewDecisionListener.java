package cn.gov.sixian.reception.review;

import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_OUTCOME_NAME;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the steps that give the opinion (复查并出具意见, 录入上级机关复查意见 and their
 * re-review counterparts): the outcome (维持 / 变更 / 撤销) and the opinion's text.
 */
@Component("reviewDecisionListener")
class ReviewDecisionListener extends TaskOutcomeListener {

  static final int OPINION_MAX = 4000;

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    ReviewOutcome outcome = in.requiredChoice(REVIEW_OUTCOME, ReviewOutcome.class);
    String opinion = in.requiredText(REVIEW_OPINION, OPINION_MAX);
    execution.setVariable(REVIEW_OUTCOME, outcome.name());
    execution.setVariable(REVIEW_OUTCOME_NAME, outcome.label());
    execution.setVariable(REVIEW_OPINION, opinion);
  }
}
