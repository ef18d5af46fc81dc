package cn.gov.sixian.reception.notification;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.GROUP_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_MODE_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发送转办通知 (process {@code transfer-notification}, started by the case at its transfer). Runs
 * as its own job after the transfer has committed (asyncBefore in the model), so a mail outage is
 * retried and ends as an incident instead of losing or holding the case.
 */
@Component("transferNotificationDelegate")
class TransferNotificationDelegate implements JavaDelegate {

  static final int SUMMARY_LENGTH = 100;

  private final TransferNotifier notifier;

  TransferNotificationDelegate(TransferNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String matter = TypedVariables.text(execution, MATTER);
    notifier.notifyTransfer(
        new TransferNotice(
            TypedVariables.text(execution, CASE_NUMBER),
            TypedVariables.text(execution, UNIT_CODE),
            TypedVariables.text(execution, PROBLEM_CATEGORY_NAME),
            TypedVariables.text(execution, RECEPTION_MODE_NAME),
            Boolean.TRUE.equals(execution.getVariable(GROUP_VISIT)),
            matter.length() <= SUMMARY_LENGTH ? matter : matter.substring(0, SUMMARY_LENGTH) + "…"));
  }
}
