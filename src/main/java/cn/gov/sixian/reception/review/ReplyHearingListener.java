package cn.gov.sixian.reception.review;

import static cn.gov.sixian.reception.process.ProcessVariables.HOLD_HEARING;

import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * End listener of 录入上级机关复核意见, after {@link HearingChoiceListener}: a body outside the
 * county may have held a hearing (听证会) before its opinion. Its date, participants and
 * conclusion are checked as at 组织听证会, and the re-review is marked as heard, so the case file
 * and the 复核意见书 state it.
 */
@Component("replyHearingListener")
class ReplyHearingListener extends TaskOutcomeListener {

  private final ExecutionListener hearing;
  private final CaseReviews reviews;

  ReplyHearingListener(@Qualifier("hearingListener") ExecutionListener hearing,
      CaseReviews reviews) {
    this.hearing = hearing;
    this.reviews = reviews;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable(HOLD_HEARING))) {
      try {
        hearing.notify(execution);
      } catch (Exception e) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      reviews.hearingHeld(execution.getProcessInstanceId());
    }
  }
}
