package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.notification.SupervisionNotifier;
import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
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
    String slip = TypedVariables.text(execution, SLIP_NUMBER);
    String due = TypedVariables.text(execution, FEEDBACK_DUE_TEXT);
    notifier.remind(slip, TypedVariables.text(execution, UNIT_CODE), due);
    tracking.add(TypedVariables.text(execution, CASE_NUMBER), null, TrackingAction.REMINDER,
        "督办单" + slip + "将于" + due + "到期，已催办", null);
  }
}
