package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_FEEDBACK;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 督办反馈: the unit must say what it did. */
@Component("supervisionFeedbackListener")
class SupervisionFeedbackListener extends TaskOutcomeListener {

  /** The form of 督办反馈, whose field REST feedback fills too. */
  static final String FORM = "supervision-feedback";
  static final int MAX_LENGTH = 4000;

  @Override
  protected void onCompleted(DelegateExecution execution) {
    execution.setVariable(SUPERVISION_FEEDBACK,
        Inputs.ofForm(execution).requiredText(SUPERVISION_FEEDBACK, MAX_LENGTH));
  }
}
