package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_LATE;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;

import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.referral.AccountabilityReferrals;
import cn.gov.sixian.reception.referral.ReferralReason;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 列入通报并提请问责: 7 days have passed without feedback. The slip is marked late (it appears in
 * the weekly bulletin) and the case is put before the center director as a referral candidate.
 * The unit's task stays open: late feedback is still received and reviewed.
 */
@Component("slipOverdueDelegate")
class SlipOverdueDelegate implements JavaDelegate {

  private final SlipRegister slips;
  private final TrackingSheet tracking;
  private final AccountabilityReferrals referrals;

  SlipOverdueDelegate(SlipRegister slips, TrackingSheet tracking, AccountabilityReferrals referrals) {
    this.slips = slips;
    this.tracking = tracking;
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    String slip = TypedVariables.text(execution, SLIP_NUMBER);
    execution.setVariable(FEEDBACK_LATE, true);
    slips.late(slip);
    tracking.add(caseNumber, null, TrackingAction.BULLETIN, "督办单" + slip + "逾期未反馈，列入通报", null);
    referrals.propose(caseNumber, ReferralReason.LATE_FEEDBACK, "督办单" + slip + "逾期未反馈");
  }
}
