package cn.gov.sixian.reception.closing;

import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION_NOTE;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the user task 满意度评价: one of the four evaluations; a note for 不满意. */
@Component("satisfactionListener")
class SatisfactionListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.of(execution.getVariables());
    Satisfaction satisfaction = in.requiredChoice(SATISFACTION, "满意度评价", Satisfaction.class);
    execution.setVariable(SATISFACTION, satisfaction.name());
    String note =
        satisfaction == Satisfaction.DISSATISFIED
            ? in.requiredText(SATISFACTION_NOTE, "评价说明", 500)
            : in.optionalText(SATISFACTION_NOTE, "评价说明", 500);
    execution.setVariable(SATISFACTION_NOTE, note);
  }
}
