package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.notification.SupervisionNotifier;
import cn.gov.sixian.reception.process.TypedVariables;
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
    notifier.slipIssued(TypedVariables.text(execution, SLIP_NUMBER),
        TypedVariables.text(execution, UNIT_CODE), TypedVariables.text(execution, FEEDBACK_DUE_TEXT),
        TypedVariables.integer(execution, FEEDBACK_DAYS),
        TypedVariables.text(execution, SUPERVISION_DETAILS));
  }
}
