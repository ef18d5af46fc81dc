package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.TRANSFERRED_AT;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The case is transferred to the responsible unit (转办): the unit has received it, so the
 * acceptance limit starts now. Its due date is shown on the unit's reception and acceptance tasks.
 */
@Component("transferListener")
class TransferListener implements ExecutionListener {

  private final HandlingService handling;

  TransferListener(HandlingService handling) {
    this.handling = handling;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Date due = handling.acceptanceDue();
    execution.setVariable(TRANSFERRED_AT, handling.now());
    execution.setVariable(ACCEPTANCE_DUE, due);
    execution.setVariable(ACCEPTANCE_DUE_TEXT, handling.dateText(due));
  }
}
