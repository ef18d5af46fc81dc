package cn.gov.sixian.reception.review;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.notification.ReviewNotifier;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review beans on the plain-engine tests' application database. */
public final class ReviewTestBeans {

  private final CaseReviews reviews;
  private final ReviewService service;
  private final ReviewSteps steps;
  private final WorkingDayCalendar calendar;

  public ReviewTestBeans(JdbcTemplate jdbc, ProcessEngine engine, WorkingDayCalendar calendar,
      ReviewNotifier notifier) {
    this.calendar = calendar;
    ReviewBodies bodies = new ReviewBodies(jdbc);
    reviews = new CaseReviews(jdbc);
    service = new ReviewService(jdbc, bodies, reviews, engine.getRuntimeService(),
        engine.getHistoryService(), calendar, ReviewProperties.regulation());
    steps = new ReviewSteps(reviews, notifier, bodies, calendar);
  }

  public Map<String, Object> beans() {
    return Map.of("reviewSteps", steps,
        "reviewDecisionListener", new ReviewDecisionListener(),
        "reviewSentListener", new ReviewSentListener(reviews, calendar),
        "hearingChoiceListener", new HearingChoiceListener());
  }

  /** 录入上级机关复核意见's hearing check, with the hearing listener the mediation beans give. */
  public ExecutionListener replyHearingListener(ExecutionListener hearing) {
    return new ReplyHearingListener(hearing, reviews);
  }

  public ReviewService service() {
    return service;
  }

  public CaseReviews reviews() {
    return reviews;
  }
}
