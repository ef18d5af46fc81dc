package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_OPINIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_OPINION;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of each unit's 责任单位提出意见: the opinion is added, under the unit's name, to the
 * opinions the coordination meeting reads.
 */
@Component("unitOpinionListener")
class UnitOpinionListener extends TaskOutcomeListener {

  @Override
  protected void onCompleted(DelegateExecution execution) {
    String opinion = Inputs.ofForm(execution).requiredText(UNIT_OPINION, 2000);
    String unit = TypedVariables.text(execution, JOINT_UNIT_NAME);
    String previous = TypedVariables.text(execution, JOINT_OPINIONS);
    String line = unit + "：" + opinion;
    execution.setVariable(
        JOINT_OPINIONS, previous == null || previous.isBlank() ? line : previous + "\n" + line);
    execution.removeVariable(UNIT_OPINION);
  }
}
