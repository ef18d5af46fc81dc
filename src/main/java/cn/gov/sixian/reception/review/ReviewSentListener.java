package cn.gov.sixian.reception.review;

import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_SENT_NOTE;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_SENT_ON;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 报送上级机关: when and how the request went to a body outside the county. */
@Component("reviewSentListener")
class ReviewSentListener extends TaskOutcomeListener {

  private final CaseReviews reviews;
  private final WorkingDayCalendar calendar;

  ReviewSentListener(CaseReviews reviews, WorkingDayCalendar calendar) {
    this.reviews = reviews;
    this.calendar = calendar;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    LocalDate sentOn = in.requiredDate(REVIEW_SENT_ON, calendar.zone());
    if (sentOn.isAfter(calendar.today())) {
      throw new InvalidInputException(REVIEW_SENT_ON, "「" + in.label(REVIEW_SENT_ON) + "」不能晚于今天。");
    }
    String note = in.requiredText(REVIEW_SENT_NOTE, 500);
    execution.setVariable(REVIEW_SENT_ON, sentOn.toString());
    execution.setVariable(REVIEW_SENT_NOTE, note);
    reviews.sent(execution.getProcessInstanceId(),
        sentOn.atStartOfDay(calendar.zone()).toInstant());
  }
}
