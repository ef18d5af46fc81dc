package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.notification.SupervisionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办: two days before the feedback limit of a slip. */
@Component("slipReminderDelegate")
class SlipReminderDelegate implements JavaDelegate {

  private final SupervisionNotifier notifier;
  private final TrackingSheet tracking;

  SlipReminderDelegate(SupervisionNotifier notifier, TrackingSheet tracking) {
    this.notifier = notifier;
    this.tracking = tracking;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String slip = (String) execution.getVariable(SLIP_NUMBER);
    String due = (String) execution.getVariable(FEEDBACK_DUE_TEXT);
    notifier.remind(slip, (String) execution.getVariable(UNIT_CODE), due);
    tracking.add((String) execution.getVariable(CASE_NUMBER), null, TrackingAction.REMINDER,
        "督办单" + slip + "将于" + due + "到期，已催办", null);
  }
}
