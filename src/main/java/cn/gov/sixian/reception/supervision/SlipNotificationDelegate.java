package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.notification.SupervisionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 送达督办单: the unit learns of the slip and its feedback limit by e-mail. */
@Component("slipNotificationDelegate")
class SlipNotificationDelegate implements JavaDelegate {

  private final SupervisionNotifier notifier;

  SlipNotificationDelegate(SupervisionNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.slipIssued((String) execution.getVariable(SLIP_NUMBER),
        (String) execution.getVariable(UNIT_CODE), (String) execution.getVariable(FEEDBACK_DUE_TEXT),
        (Integer) execution.getVariable(FEEDBACK_DAYS),
        (String) execution.getVariable(SUPERVISION_DETAILS));
  }
}
