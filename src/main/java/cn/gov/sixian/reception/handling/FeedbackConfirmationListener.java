package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_ACCEPTED;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_ACTION;

import cn.gov.sixian.reception.closing.CaseOutcome;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 确认办理结果反馈 (registration staff): confirming ends handling with a
 * written reply; returning the case to the unit (退回重办) must say why.
 */
@Component("feedbackConfirmationListener")
class FeedbackConfirmationListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    boolean accepted = in.requiredBoolean(FEEDBACK_ACCEPTED);
    execution.setVariable(FEEDBACK_ACCEPTED, accepted);
    if (accepted) {
      execution.setVariable(FEEDBACK_COMMENT, in.optionalText(FEEDBACK_COMMENT, 1000));
      execution.setVariable(CASE_OUTCOME, CaseOutcome.REPLIED.name());
      execution.setVariable(CASE_OUTCOME_NAME, CaseOutcome.REPLIED.label());
    } else {
      execution.setVariable(FEEDBACK_COMMENT, in.requiredText(FEEDBACK_COMMENT, 1000));
      // returned for re-handling (退回重办): the unit decides afresh
      execution.removeVariable(HANDLING_ACTION);
    }
  }
}
