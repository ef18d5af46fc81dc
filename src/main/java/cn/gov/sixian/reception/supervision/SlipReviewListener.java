package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_ACCEPTED;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_REVIEW_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DEADLINE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON;

import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of 审核督办反馈: accepted ends this slip; not accepted needs the reason, which
 * becomes the subject of the next slip.
 */
@Component("slipReviewListener")
class SlipReviewListener extends TaskOutcomeListener {

  private final SlipRegister slips;
  private final TrackingSheet tracking;

  SlipReviewListener(SlipRegister slips, TrackingSheet tracking) {
    this.slips = slips;
    this.tracking = tracking;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    boolean accepted = in.requiredBoolean(SLIP_ACCEPTED);
    String comment = accepted
        ? in.optionalText(SLIP_REVIEW_COMMENT, 1000)
        : in.requiredText(SLIP_REVIEW_COMMENT, 1000);
    String slipNumber = TypedVariables.text(execution, SLIP_NUMBER);
    execution.setVariable(SLIP_ACCEPTED, accepted);
    execution.setVariable(SLIP_REVIEW_COMMENT, comment);
    slips.reviewed(slipNumber, accepted);
    tracking.add(TypedVariables.text(execution, CASE_NUMBER), Executions.currentUser(execution),
        TrackingAction.REVIEW, "督办单" + slipNumber + (accepted ? "反馈属实，督办办结" : "反馈不合格，重新督办")
            + (comment == null ? "" : "：" + comment), null);
    if (!accepted) {
      // the next slip repeats what was asked and says why the answer fell short
      String asked = TypedVariables.text(execution, SUPERVISION_DETAILS);
      execution.setVariable(SUPERVISION_REASON, SupervisionReason.FEEDBACK_REJECTED.name());
      execution.setVariable(SUPERVISION_DETAILS,
          (asked == null || asked.isBlank() ? "" : "原督办事项：" + asked + "\n") + "审核意见：" + comment);
      execution.removeVariable(SUPERVISION_DEADLINE);
    }
  }
}
