package cn.gov.sixian.reception.referral;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.INSPECTION_RESULT;

import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 纪检监察核查: discipline inspection records what it found and did. */
@Component("inspectionResultListener")
public class InspectionResultListener extends TaskOutcomeListener {

  private final ReferralRegister referrals;
  private final TrackingSheet tracking;

  public InspectionResultListener(ReferralRegister referrals, TrackingSheet tracking) {
    this.referrals = referrals;
    this.tracking = tracking;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    String result = Inputs.ofForm(execution).requiredText(INSPECTION_RESULT, 2000);
    execution.setVariable(INSPECTION_RESULT, result);
    referrals.examined(execution.getProcessInstanceId(), result);
    tracking.add(TypedVariables.text(execution, CASE_NUMBER), Executions.currentUser(execution),
        TrackingAction.REFERRAL, "纪检监察核查结果：" + result, null);
  }
}
