package cn.gov.sixian.reception.review;

import static cn.gov.sixian.reception.process.ProcessVariables.HOLD_HEARING;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 复核审查: whether the re-reviewing body holds a hearing (听证会) first. */
@Component("hearingChoiceListener")
class HearingChoiceListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    execution.setVariable(HOLD_HEARING,
        Inputs.ofForm(execution).requiredBoolean(HOLD_HEARING));
  }
}
