package cn.gov.sixian.reception.review;

import static cn.gov.sixian.reception.process.ProcessVariables.*;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.jdbc.JdbcTimes;
import cn.gov.sixian.reception.process.CaseHistoryReads;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts a review (复查) of a closed case's written reply, or a re-review (复核) of its review
 * opinion, after checking the rules: the case closed with a written reply, the request within
 * its 30 days, the step before present, not twice. A refused request starts nothing and saves
 * nothing; an accepted one starts the model ({@code review} / {@code re-review}, business key =
 * case number) and records the request in {@code case_review}, in one transaction.
 */
@Service
public class ReviewService {

  static final String REASON_LABEL = "请求事项和理由";
  static final int REASON_MAX = 2000;
  /** Variables of the case the review's forms and documents show. */
  private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

  private final JdbcTemplate jdbc;
  private final ReviewBodies bodies;
  private final CaseReviews reviews;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final WorkingDayCalendar calendar;
  private final ReviewProperties limits;

  public ReviewService(JdbcTemplate jdbc, ReviewBodies bodies, CaseReviews reviews,
      RuntimeService runtimeService, HistoryService historyService, WorkingDayCalendar calendar,
      ReviewProperties limits) {
    this.jdbc = jdbc;
    this.bodies = bodies;
    this.reviews = reviews;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.calendar = calendar;
    this.limits = limits;
  }

  /** What the register says of the case. */
  private record ClosedCase(String caseNumber, String processInstanceId, String status,
      Instant repliedAt, Instant registeredAt, String petitionerName, String unitCode,
      String unitName) {}

  /**
   * Requests a review or re-review of the case.
   *
   * @param requestedBy the staff member registering the request at the window
   * @return the started instance's id
   */
  @Transactional
  public CaseReview request(ReviewKind kind, String caseNumber, Object reason, String requestedBy) {
    // the one check of the reason, for the window and the public page alike: present, text a
    // person can read (no invisible or reordering characters), at most REASON_MAX characters
    Map<String, Object> input = new HashMap<>();
    input.put("reason", reason);
    String text = Inputs.of(input).requiredText("reason", REASON_LABEL, REASON_MAX);
    ClosedCase c = closedCase(caseNumber);
    Instant now = calendar.now();
    ReviewBody body;
    Instant from;
    Map<String, Object> prior = new HashMap<>();
    if (kind == ReviewKind.REVIEW) {
      refuseTwice(caseNumber, kind);
      from = c.repliedAt();
      checkInTime(from, now, "收到书面答复意见之日起", "复查");
      body = bodies.ofUnit(c.unitCode()).orElseThrow(() -> new ReviewRefusedException(
          "未设置" + c.unitName() + "的上一级机关，无法申请复查。请管理员在复查机关表中补充。"));
    } else {
      CaseReview review = reviews.find(caseNumber, ReviewKind.REVIEW)
          .filter(r -> r.status() == ReviewStatus.DECIDED)
          .orElseThrow(() -> new ReviewRefusedException(
              "信访件" + caseNumber + "尚无复查意见，不能申请复核：复核须在复查意见作出后提出。"));
      refuseTwice(caseNumber, kind);
      from = review.decidedAt();
      checkInTime(from, now, "收到复查意见之日起", "复核");
      body = bodies.higherThan(review.bodyCode()).orElseThrow(() -> new ReviewRefusedException(
          "未设置" + review.bodyName() + "的上一级机关，无法申请复核。请管理员在复查机关表中补充。"));
      prior.put(PRIOR_REVIEW_BODY_NAME, review.bodyName());
      prior.put(PRIOR_REVIEW_OUTCOME_NAME, ReviewOutcome.labelOf(review.outcome()));
      prior.put(PRIOR_REVIEW_OPINION, review.opinion());
    }
    Date due = calendar.naturalDaysDeadline(now, limits.opinionDays());
    Map<String, Object> variables = new HashMap<>(caseContext(c));
    variables.putAll(prior);
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(CASE_PROCESS_INSTANCE_ID, c.processInstanceId());
    variables.put(PETITIONER_NAME, c.petitionerName());
    variables.put(REGISTERED_AT, Date.from(c.registeredAt()));
    variables.put(UNIT_CODE, c.unitCode());
    variables.put(UNIT_NAME, c.unitName());
    variables.put(REPLIED_AT, Date.from(c.repliedAt()));
    variables.put(REVIEW_REASON, text);
    variables.put(REVIEW_BODY_CODE, body.code());
    variables.put(REVIEW_BODY_NAME, body.name());
    variables.put(REVIEW_IN_COUNTY, body.inCounty());
    // outside the county the center works the steps (报送, 录入回复)
    variables.put(REVIEW_BODY_GROUP,
        body.inCounty() ? body.group() : ReceptionGroups.REGISTRATION_STAFF);
    variables.put(REVIEW_REQUESTED_AT, Date.from(now));
    variables.put(REVIEW_REQUESTED_BY, requestedBy);
    variables.put(REVIEW_DUE, due);
    variables.put(REVIEW_DUE_TEXT, ChineseDates.format(calendar.localDate(due.toInstant())));
    variables.put(REVIEW_REMINDER_AT, calendar.reminderDaysBefore(due, limits.reminderDaysBefore()));
    variables.put(REVIEW_OVERDUE, false);
    ProcessInstance started =
        runtimeService.startProcessInstanceByKey(kind.processKey(), caseNumber, variables);
    CaseReview review = new CaseReview(started.getId(), caseNumber, kind, body.code(), body.name(),
        body.inCounty(), now, requestedBy, text, due.toInstant(), null, false, null, null, null,
        false, ReviewStatus.OPEN);
    try {
      reviews.add(review);
    } catch (DuplicateKeyException twoAtOnce) {
      throw new ReviewRefusedException(
          "信访件" + caseNumber + "已申请过" + kind.label() + "，同一事项不能重复申请。");
    }
    log.info("Case {}: {} requested, to {} (due {})", caseNumber, kind, body.code(), due.toInstant());
    return review;
  }

  private ClosedCase closedCase(String caseNumber) {
    List<ClosedCase> found = jdbc.query("SELECT case_number, process_instance_id, status,"
            + " replied_at, registered_at, petitioner_name, unit_code, unit_name"
            + " FROM petition_case WHERE case_number = ?",
        (rs, i) -> new ClosedCase(rs.getString("case_number"), rs.getString("process_instance_id"),
            rs.getString("status"), JdbcTimes.instant(rs, "replied_at"),
            JdbcTimes.instant(rs, "registered_at"), rs.getString("petitioner_name"),
            rs.getString("unit_code"), rs.getString("unit_name")),
        caseNumber);
    if (found.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "信访件" + caseNumber + "不存在。");
    }
    ClosedCase c = found.get(0);
    if (!"CLOSED".equals(c.status())) {
      throw new ReviewRefusedException("信访件" + caseNumber + "尚未结案归档，不能申请复查或复核。");
    }
    if (c.repliedAt() == null || c.unitCode() == null) {
      throw new ReviewRefusedException(
          "信访件" + caseNumber + "没有书面答复意见（信访事项处理意见书），不能申请复查或复核。");
    }
    return c;
  }

  private void refuseTwice(String caseNumber, ReviewKind kind) {
    if (reviews.find(caseNumber, kind).isPresent()) {
      throw new ReviewRefusedException(
          "信访件" + caseNumber + "已申请过" + kind.label() + "，同一事项不能重复申请。");
    }
  }

  private void checkInTime(Instant from, Instant now, String since, String what) {
    Date last = calendar.naturalDaysDeadline(from, limits.requestDays());
    if (now.isAfter(last.toInstant())) {
      throw new ReviewRefusedException("已超过" + what + "申请期限（" + since + limits.requestDays()
          + "日内，即" + ChineseDates.format(calendar.localDate(last.toInstant())) + "前），不予受理"
          + what + "申请。");
    }
  }

  /** The case's own variables from the registration's history, as its forms show them. */
  private Map<String, Object> caseContext(ClosedCase c) {
    Map<String, Object> context = new HashMap<>();
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(c.processInstanceId())
        .variableNameIn(CaseHistoryReads.REVIEW_CONTEXT.toArray(String[]::new))
        .list()) {
      if (v.getValue() != null) {
        context.put(v.getName(), v.getValue());
      }
    }
    return context;
  }
}
