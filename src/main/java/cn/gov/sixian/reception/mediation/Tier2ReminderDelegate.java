package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_WORKING_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.notification.MediationNotifier;
import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办分管领导: before the tier-2 deadline (the reminder time is the calendar's). */
@Component("tier2ReminderDelegate")
class Tier2ReminderDelegate implements JavaDelegate {

  private final MediationNotifier notifier;

  Tier2ReminderDelegate(MediationNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.remindDeputyLeader(
        TypedVariables.text(execution, CASE_NUMBER),
        TypedVariables.text(execution, UNIT_CODE),
        TypedVariables.text(execution, TIER2_DUE_TEXT),
        TypedVariables.integer(execution, TIER2_WORKING_DAYS));
  }
}
