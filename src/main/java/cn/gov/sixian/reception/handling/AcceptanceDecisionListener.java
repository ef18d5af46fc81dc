package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_NOTICE;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENDED;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.MAX_EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.NON_ACCEPTANCE_NOTICE;
import static cn.gov.sixian.reception.process.ProcessVariables.REDIRECT_CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.REJECTION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.closing.CaseOutcome;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 受理审查: on acceptance issues the acceptance notice and starts the
 * handling limit; on refusal requires the reason and issues the non-acceptance notice.
 */
@Component("acceptanceDecisionListener")
class AcceptanceDecisionListener extends TaskOutcomeListener {

  private final HandlingService handling;

  AcceptanceDecisionListener(HandlingService handling) {
    this.handling = handling;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    AcceptanceDecision decision =
        in.requiredChoice(ACCEPTANCE_DECISION, AcceptanceDecision.class);
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    String unitName = TypedVariables.text(execution, UNIT_NAME);
    execution.setVariable(ACCEPTANCE_DECISION, decision.name());
    execution.setVariable(ACCEPTANCE_NOTES, in.optionalText(ACCEPTANCE_NOTES, 1000));
    if (decision == AcceptanceDecision.ACCEPT) {
      Date due = handling.handlingDue();
      execution.setVariable(ACCEPTED_AT, handling.now());
      execution.setVariable(HANDLING_DUE, due);
      execution.setVariable(HANDLING_DUE_TEXT, handling.dateText(due));
      execution.setVariable(EXTENDED, false);
      execution.setVariable(MAX_EXTENSION_DAYS, handling.maxExtensionDays());
      execution.setVariable(ACCEPTANCE_NOTICE, handling.acceptanceNotice(caseNumber, unitName, due));
    } else {
      String reason = in.requiredText(REJECTION_REASON, 1000);
      execution.setVariable(REJECTION_REASON, reason);
      // the notice must tell the petitioner where the matter belongs instead
      execution.setVariable(
          REDIRECT_CHANNEL, in.requiredText(REDIRECT_CHANNEL, 1000));
      execution.setVariable(
          NON_ACCEPTANCE_NOTICE, handling.nonAcceptanceNotice(caseNumber, unitName, reason));
      execution.setVariable(CASE_OUTCOME, CaseOutcome.NOT_ACCEPTED.name());
      execution.setVariable(CASE_OUTCOME_NAME, CaseOutcome.NOT_ACCEPTED.label());
    }
  }
}
