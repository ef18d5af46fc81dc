package cn.gov.sixian.reception.referral;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REFER_TO_INSPECTION;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 决定是否问责移送 (center director): the decision and why. */
@Component("referralDecisionListener")
public class ReferralDecisionListener extends TaskOutcomeListener {

  private final ReferralRegister referrals;
  private final TrackingSheet tracking;
  private final WorkingDayCalendar calendar;

  public ReferralDecisionListener(ReferralRegister referrals, TrackingSheet tracking, WorkingDayCalendar calendar) {
    this.referrals = referrals;
    this.tracking = tracking;
    this.calendar = calendar;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    boolean refer = in.requiredBoolean(REFER_TO_INSPECTION);
    String comment = in.requiredText(REFERRAL_COMMENT, 1000);
    execution.setVariable(REFER_TO_INSPECTION, refer);
    execution.setVariable(REFERRAL_COMMENT, comment);
    referrals.decided(execution.getProcessInstanceId(), refer, calendar.now());
    if (refer) {
      tracking.add(TypedVariables.text(execution, CASE_NUMBER), Executions.currentUser(execution),
          TrackingAction.REFERRAL,
          "移送组织纪检部门（" + execution.getVariable(REFERRAL_REASON_NAME) + "）：" + comment, null);
    }
  }
}
