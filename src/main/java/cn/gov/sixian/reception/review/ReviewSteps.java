package cn.gov.sixian.reception.review;

import static cn.gov.sixian.reception.process.ProcessVariables.*;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.notification.ReviewNotifier;
import cn.gov.sixian.reception.process.TypedVariables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The system steps of the review and re-review models, named in them as
 * {@code ${reviewSteps.…(execution)}}: the opinion recorded, a hearing held, the reminder and
 * the overdue notice.
 */
@Component("reviewSteps")
public class ReviewSteps {

  private static final Logger log = LoggerFactory.getLogger(ReviewSteps.class);

  private final CaseReviews reviews;
  private final ReviewNotifier notifier;
  private final ReviewBodies bodies;
  private final WorkingDayCalendar calendar;

  public ReviewSteps(CaseReviews reviews, ReviewNotifier notifier, ReviewBodies bodies,
      WorkingDayCalendar calendar) {
    this.reviews = reviews;
    this.notifier = notifier;
    this.bodies = bodies;
    this.calendar = calendar;
  }

  /** 出具复查意见书 / 出具复核意见书: the opinion kept with the case (the document follows). */
  public void decided(DelegateExecution execution) {
    Instant now = calendar.now();
    ReviewOutcome outcome = ReviewOutcome.valueOf(TypedVariables.text(execution, REVIEW_OUTCOME));
    reviews.decided(execution.getProcessInstanceId(), now, outcome,
        TypedVariables.text(execution, REVIEW_OPINION));
    execution.setVariable(REVIEW_DECIDED_AT, Date.from(now));
  }

  /**
   * 不予受理（复核终结）: a visit on a matter finalised after re-review, the same facts and reasons
   * (分类确认 said so): closed as not accepted, the notice states why and what is left.
   */
  public void notAcceptFinalised(DelegateExecution execution) {
    execution.setVariable(REJECTION_REASON, "您反映的事项与下列信访件为同一事实和理由，已经复核并出具复核意见：\n"
        + execution.getVariable(FINALISED_CASES) + "\n复核意见为终结意见。依照《信访工作条例》，"
        + "信访人对复核意见不服，仍以同一事实和理由提出信访事项的，不再受理。");
    execution.setVariable(REDIRECT_CHANNEL, "如有新的事实和理由，可以重新提出；依法应当通过诉讼、仲裁、"
        + "行政复议等法定途径解决的，请依照有关法律、行政法规规定的程序向有关机关提出。");
    execution.setVariable(CASE_OUTCOME, "NOT_ACCEPTED");
    execution.setVariable(SATISFACTION, "NOT_EVALUATED");
    log.info("Case {}: not accepted, a matter finalised after re-review",
        execution.getVariable(CASE_NUMBER));
  }

  /** After 组织听证会 at re-review. */
  public void hearingHeld(DelegateExecution execution) {
    reviews.hearingHeld(execution.getProcessInstanceId());
  }

  /** 催办: a few days before the opinion is due, to the body (the center for a body outside). */
  public void remind(DelegateExecution execution) {
    String bodyCode = TypedVariables.text(execution, REVIEW_BODY_CODE);
    String email = bodies.find(bodyCode).filter(ReviewBody::inCounty).map(ReviewBody::email)
        .orElse(null);
    notifier.remind(kindLabel(execution), TypedVariables.text(execution, CASE_NUMBER),
        TypedVariables.text(execution, REVIEW_BODY_NAME), email,
        TypedVariables.text(execution, REVIEW_DUE_TEXT));
  }

  /** 逾期提醒: the opinion is not given by its due day; marked and the director told. */
  public void overdue(DelegateExecution execution) {
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    execution.setVariable(REVIEW_OVERDUE, true);
    reviews.overdue(execution.getProcessInstanceId());
    notifier.reportOverdue(kindLabel(execution), caseNumber,
        TypedVariables.text(execution, REVIEW_BODY_NAME),
        TypedVariables.text(execution, REVIEW_DUE_TEXT));
    log.warn("Case {}: {} overdue", caseNumber, execution.getProcessDefinitionId());
  }

  private static String kindLabel(DelegateExecution execution) {
    return execution.getProcessDefinitionId().startsWith("re-review") ? "复核" : "复查";
  }
}
