package cn.gov.sixian.reception.routing;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.MEDIATION_START_TIER;
import static cn.gov.sixian.reception.process.ProcessVariables.ON_SPOT_REPLY;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_OUTCOME;

import cn.gov.sixian.reception.closing.CaseOutcome;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 当面接谈: the notes are always required; resolving on the spot also needs
 * the answer given to the petitioner; mediating on the spot starts mediation at tier 1.
 */
@Component("faceToFaceReceptionListener")
class FaceToFaceReceptionListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    ReceptionOutcome outcome =
        in.requiredChoice(RECEPTION_OUTCOME, ReceptionOutcome.class);
    execution.setVariable(RECEPTION_OUTCOME, outcome.name());
    execution.setVariable(RECEPTION_NOTES, in.requiredText(RECEPTION_NOTES, 2000));
    if (outcome == ReceptionOutcome.RESOLVED) {
      execution.setVariable(ON_SPOT_REPLY, in.requiredText(ON_SPOT_REPLY, 2000));
      execution.setVariable(CASE_OUTCOME, CaseOutcome.RESOLVED_ON_SPOT.name());
      execution.setVariable(CASE_OUTCOME_NAME, CaseOutcome.RESOLVED_ON_SPOT.label());
    } else if (outcome == ReceptionOutcome.MEDIATE) {
      execution.setVariable(MEDIATION_START_TIER, 1);
    }
  }
}
