package cn.gov.sixian.reception.closing;

import static cn.gov.sixian.reception.process.ProcessVariables.MEDIATED;
import static cn.gov.sixian.reception.process.ProcessVariables.MEDIATION_START_TIER;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST_MEDIATION;
import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION_NOTE;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 满意度评价: one of the four evaluations; a note for 不满意, and
 * a dissatisfied petitioner's case may go to mediation once before it is closed.
 */
@Component("satisfactionListener")
class SatisfactionListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    Satisfaction satisfaction = in.requiredChoice(SATISFACTION, Satisfaction.class);
    execution.setVariable(SATISFACTION, satisfaction.name());
    String note =
        satisfaction == Satisfaction.DISSATISFIED
            ? in.requiredText(SATISFACTION_NOTE, 500)
            : in.optionalText(SATISFACTION_NOTE, 500);
    execution.setVariable(SATISFACTION_NOTE, note);

    boolean mediation = in.optionalBoolean(REQUEST_MEDIATION);
    if (mediation && satisfaction != Satisfaction.DISSATISFIED) {
      throw new InvalidInputException(REQUEST_MEDIATION, "只有评价为“不满意”的信访件才能转入调解。");
    }
    if (mediation && in.optionalBoolean(MEDIATED, "已经调解")) {
      throw new InvalidInputException(REQUEST_MEDIATION, "本件已经过调解处理，不能再次转入调解。");
    }
    execution.setVariable(REQUEST_MEDIATION, mediation);
    if (mediation) {
      // the reply did not satisfy: the center director reviews, then the unit's deputy leader
      execution.setVariable(MEDIATION_START_TIER, 2);
    }
  }
}
