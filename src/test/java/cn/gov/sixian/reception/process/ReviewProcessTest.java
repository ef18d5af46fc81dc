package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.sixian.reception.documents.DocumentKind;
import cn.gov.sixian.reception.review.CaseReview;
import cn.gov.sixian.reception.review.ReviewKind;
import cn.gov.sixian.reception.review.ReviewStatus;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/**
 * Review (复查) and re-review (复核) on the plain engine, started by the application's service from
 * a closed case of the register: in time, late, the step before missing, twice, a body inside the
 * county and one outside, a hearing, the outcomes, the 30-day timers on the engine clock, the
 * opinions (复查意见书, 复核意见书) issued.
 */
@Deployment(resources = {"processes/review.bpmn", "processes/re-review.bpmn"})
class ReviewProcessTest extends PlainEngineTest {

  static final String CASE = "JF-2026-000007";

  static Date at(int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ProcessTestFixture.ZONE)
        .toInstant());
  }

  /** A case in the register, replied to on Wednesday 25 February 2026 by {@code unit}. */
  void closedCase(String caseNumber, String unitCode, String unitName, String status,
      Date repliedAt) {
    fixture.appDatabase.update("INSERT INTO petition_case (case_number, process_instance_id,"
            + " registered_at, petitioner_name, id_number, problem_category, visitor_count,"
            + " group_visit, first_visit, unit_code, unit_name, status, replied_at)"
            + " VALUES (?, ?, ?, '张桂兰', '341324198001011234', 'construction-quality', 1, FALSE,"
            + " TRUE, ?, ?, ?, ?)",
        caseNumber, "main-" + caseNumber, new Timestamp(at(2, 2, 9, 0).getTime()), unitCode,
        unitName, status, repliedAt == null ? null : new Timestamp(repliedAt.getTime()));
  }

  void closedCase() {
    closedCase(CASE, "zjj", "县住建局", "CLOSED", at(2, 25, 10, 0));
  }

  CaseReview request(ReviewKind kind) {
    return fixture.reviews.service().request(kind, CASE, "对答复意见不服，房屋裂缝系施工所致。", "dengji");
  }

  ProcessInstance instance(CaseReview review) {
    return runtimeService().createProcessInstanceQuery()
        .processInstanceId(review.processInstanceId()).singleResult();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activityId).singleResult();
  }

  long reviewProcesses() {
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CASE).count();
  }

  @Test
  void reviewInTheCountyUpheldThenReReviewSentToTheCityRevokedAndFinal() {
    closedCase();
    CaseReview review = request(ReviewKind.REVIEW);
    ProcessInstance pi = instance(review);
    assertThat(pi).hasBusinessKey(CASE).isWaitingAt("Task_DecideReview");
    // 30 days from Monday 2 March: Wednesday 1 April, at the close of office
    assertThat(task(pi)).hasCandidateGroup("body-county-government").hasDueDate(at(4, 1, 17, 30));
    assertThat(review.bodyName()).isEqualTo("泗县人民政府");
    assertThat(pi).variables().containsEntry(REVIEW_BODY_NAME, "泗县人民政府")
        .containsEntry(REVIEW_REQUESTED_BY, "dengji").containsEntry(UNIT_NAME, "县住建局")
        .containsEntry(REVIEW_DUE_TEXT, "2026年4月1日");

    assertThatThrownBy(() -> complete(task(pi), withVariables(REVIEW_OUTCOME, "KEPT",
        REVIEW_OPINION, "维持。"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("处理结论");
    assertThat(pi).isWaitingAt("Task_DecideReview");
    complete(task(pi), withVariables(REVIEW_OUTCOME, "UPHELD",
        REVIEW_OPINION, "经查，原处理意见认定事实清楚，适用依据正确，予以维持。"));
    assertThat(pi).isEnded().hasPassed("Task_IssueReviewOpinion", "Event_ReviewClosed");

    CaseReview decided = fixture.reviews.reviews().find(CASE, ReviewKind.REVIEW).orElseThrow();
    assertThat(decided.status()).isEqualTo(ReviewStatus.DECIDED);
    assertThat(decided.outcome()).isEqualTo("UPHELD");
    assertThat(decided.overdue()).isFalse();
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.REVIEW_OPINION)).contains(
        "复查意见书", "泗信复查〔2026〕1号", "张桂兰", CASE, "复查机关泗县人民政府", "原办理单位县住建局",
        "2026年2月25日", "对原处理意见予以维持", "原处理意见认定事实清楚",
        "自收到本意见书之日起30日内，向宿州市人民政府请求复核", "盖章处");

    // a second review of the same case is refused, nothing started
    assertThatThrownBy(() -> request(ReviewKind.REVIEW))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("已申请过复查");

    // re-review: the county government's next-higher body is the city, outside the county
    CaseReview reReview = request(ReviewKind.RE_REVIEW);
    ProcessInstance re = instance(reReview);
    assertThat(reReview.bodyName()).isEqualTo("宿州市人民政府");
    assertThat(reReview.inCounty()).isFalse();
    assertThat(re).isWaitingAt("Task_RecordReReviewSent").variables()
        .containsEntry(PRIOR_REVIEW_BODY_NAME, "泗县人民政府")
        .containsEntry(PRIOR_REVIEW_OUTCOME_NAME, "维持");
    assertThat(task(re)).hasCandidateGroup("registration-staff");
    assertThatThrownBy(() -> complete(task(re), withVariables(REVIEW_SENT_ON, "2026-03-09",
        REVIEW_SENT_NOTE, "机要交换"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("不能晚于今天");
    complete(task(re), withVariables(REVIEW_SENT_ON, "2026-03-02", REVIEW_SENT_NOTE,
        "机要交换，泗信报〔2026〕3号"));
    assertThat(fixture.reviews.reviews().find(CASE, ReviewKind.RE_REVIEW).orElseThrow().status())
        .isEqualTo(ReviewStatus.SENT);
    assertThat(re).isWaitingAt("Task_EnterReReviewReply");
    assertThat(task(re)).hasCandidateGroup("registration-staff").hasDueDate(at(4, 1, 17, 30));
    assertThatThrownBy(() -> complete(task(re), withVariables(REVIEW_OUTCOME, "REVOKED",
        REVIEW_OPINION, "复查意见适用依据不当。"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("是否组织听证");
    complete(task(re), withVariables(HOLD_HEARING, false, REVIEW_OUTCOME, "REVOKED",
        REVIEW_OPINION, "复查意见适用依据不当，予以撤销，责成县住建局重新处理。"));
    assertThat(re).isEnded().hasPassed("Event_ReReviewClosed");
    assertThat(fixture.reviews.reviews().find(CASE, ReviewKind.RE_REVIEW).orElseThrow()
        .hearingHeld()).isFalse();
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.RE_REVIEW_OPINION))
        .doesNotContain("听证");

    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.RE_REVIEW_OPINION)).contains(
        "复核意见书", "泗信复核〔2026〕1号", "复核机关宿州市人民政府", "复查机关泗县人民政府",
        "复查结论维持", "对复查意见予以撤销", "本复核意见为终结意见", "以同一事实和理由再次提出信访事项的",
        "不再受理", "依据宿州市人民政府作出的复核意见录入");
    assertThat(fixture.documents.titlesOf(CASE)).containsExactly("复查意见书", "复核意见书");

    assertThatThrownBy(() -> request(ReviewKind.RE_REVIEW))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("已申请过复核");
    assertThat(fixture.reviews.reviews().ofCase(CASE)).extracting(CaseReview::outcome)
        .containsExactly("UPHELD", "REVOKED");
  }

  @Test
  void reviewAfterThirtyDaysIsRefusedAndNothingStarts() {
    closedCase();
    // replied Wednesday 25 February: the 30th day is Friday 27 March
    ClockUtil.setCurrentTime(at(3, 27, 17, 31));
    assertThatThrownBy(() -> request(ReviewKind.REVIEW))
        .isInstanceOf(ResponseStatusException.class)
        .hasMessageContaining("已超过复查申请期限（收到书面答复意见之日起30日内，即2026年3月27日前）");
    assertThat(reviewProcesses()).isZero();
    assertThat(fixture.reviews.reviews().ofCase(CASE)).isEmpty();
  }

  @Test
  void reviewOnTheLastDayIsTaken() {
    closedCase();
    ClockUtil.setCurrentTime(at(3, 27, 17, 0));
    assertThat(instance(request(ReviewKind.REVIEW))).isWaitingAt("Task_DecideReview");
  }

  @Test
  void missingStepsAreRefused() {
    closedCase(CASE, "zjj", "县住建局", "OPEN", null);
    closedCase("JF-2026-000008", "zjj", "县住建局", "CLOSED", null);
    assertThatThrownBy(() -> request(ReviewKind.REVIEW))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("尚未结案归档");
    assertThatThrownBy(() -> fixture.reviews.service().request(ReviewKind.REVIEW,
        "JF-2026-000008", "不服。", "dengji"))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("没有书面答复意见");
    assertThatThrownBy(() -> fixture.reviews.service().request(ReviewKind.REVIEW,
        "JF-2026-999999", "不服。", "dengji"))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("不存在");
    assertThatThrownBy(() -> fixture.reviews.service().request(ReviewKind.RE_REVIEW,
        "JF-2026-000008", "不服。", "dengji"))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("没有书面答复意见");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void reReviewBeforeTheReviewOpinionOrAfterItsThirtyDaysIsRefused() {
    closedCase();
    assertThatThrownBy(() -> request(ReviewKind.RE_REVIEW))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("尚无复查意见");
    ProcessInstance pi = instance(request(ReviewKind.REVIEW));
    assertThatThrownBy(() -> request(ReviewKind.RE_REVIEW))
        .isInstanceOf(ResponseStatusException.class).hasMessageContaining("尚无复查意见");
    complete(task(pi), withVariables(REVIEW_OUTCOME, "CHANGED", REVIEW_OPINION, "部分变更。"));
    // opinion on Monday 2 March: 30 days end on Wednesday 1 April
    ClockUtil.setCurrentTime(at(4, 1, 17, 31));
    assertThatThrownBy(() -> request(ReviewKind.RE_REVIEW))
        .isInstanceOf(ResponseStatusException.class)
        .hasMessageContaining("已超过复核申请期限（收到复查意见之日起30日内，即2026年4月1日前）");
    assertThat(reviewProcesses()).isZero();
    assertThat(fixture.reviews.reviews().ofCase(CASE)).hasSize(1);
  }

  @Test
  void reviewBodyIsRemindedThenReportedOverdueAndTheLateOpinionIsMarked() {
    closedCase();
    ProcessInstance pi = instance(request(ReviewKind.REVIEW));
    // three days before Wednesday 1 April is Sunday 29 March: the reminder goes on Friday 27th
    assertThat(timer(pi, "Event_ReviewReminder").getDuedate()).isEqualTo(at(3, 27, 8, 30));
    assertThat(timer(pi, "Event_ReviewOverdue").getDuedate()).isEqualTo(at(4, 1, 17, 30));

    ClockUtil.setCurrentTime(at(3, 27, 8, 31));
    managementService().executeJob(timer(pi, "Event_ReviewReminder").getId());
    runAsync(pi);
    assertThat(fixture.notifications.subjects()).last().asString()
        .contains("催办", CASE, "复查意见将于2026年4月1日到期");
    assertThat(fixture.notifications.recipients()).last().isEqualTo("xzf-xf@sixian.gov.cn");

    ClockUtil.setCurrentTime(at(4, 1, 17, 31));
    managementService().executeJob(timer(pi, "Event_ReviewOverdue").getId());
    runAsync(pi);
    assertThat(fixture.notifications.subjects()).last().asString().contains("逾期", CASE, "复查");
    assertThat(pi).isWaitingAt("Task_DecideReview").variables().containsEntry(REVIEW_OVERDUE, true);
    assertThat(fixture.reviews.reviews().find(CASE, ReviewKind.REVIEW).orElseThrow().overdue())
        .isTrue();

    complete(task(pi), withVariables(REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "予以维持。"));
    assertThat(pi).isEnded();
    CaseReview late = fixture.reviews.reviews().find(CASE, ReviewKind.REVIEW).orElseThrow();
    assertThat(late.overdue()).isTrue();
    assertThat(late.status()).isEqualTo(ReviewStatus.DECIDED);
  }

  @Test
  void reReviewInTheCountyWithAHearing() {
    // data, not code: a unit reviewed by a body inside the county whose next-higher body is the
    // county government (e.g. a township's office), so the re-review stays in the county
    fixture.appDatabase.update("INSERT INTO review_body (body_code, name, in_county,"
        + " higher_body_code, email) VALUES ('county-office', '泗县测试办公室', TRUE,"
        + " 'county-government', 'office@sixian.gov.cn')");
    fixture.appDatabase.update(
        "UPDATE unit_review_body SET body_code = 'county-office' WHERE unit_code = 'zjj'");
    closedCase();
    ProcessInstance pi = instance(request(ReviewKind.REVIEW));
    assertThat(task(pi)).hasCandidateGroup("body-county-office");
    complete(task(pi), withVariables(REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "予以维持。"));

    ProcessInstance re = instance(request(ReviewKind.RE_REVIEW));
    assertThat(re).isWaitingAt("Task_ConsiderHearing");
    assertThat(task(re)).hasCandidateGroup("body-county-government");
    complete(task(re), withVariables(HOLD_HEARING, true));
    assertThat(re).isWaitingAt("Task_HoldReReviewHearing");
    complete(task(re), withVariables(HEARING_DATE, "2026-03-02",
        HEARING_PARTICIPANTS, "信访人张桂兰、县住建局、律师代表", HEARING_CONCLUSION, "多数意见认为应予变更。"));
    assertThat(re).isWaitingAt("Task_DecideReReview");
    complete(task(re), withVariables(REVIEW_OUTCOME, "CHANGED", REVIEW_OPINION, "变更为：予以维修。"));
    assertThat(re).isEnded();
    CaseReview decided = fixture.reviews.reviews().find(CASE, ReviewKind.RE_REVIEW).orElseThrow();
    assertThat(decided.hearingHeld()).isTrue();
    assertThat(decided.outcome()).isEqualTo("CHANGED");
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.RE_REVIEW_OPINION)).contains(
        "复核机关泗县人民政府", "复查机关泗县测试办公室", "听证情况", "2026年3月2日举行听证会",
        "多数意见认为应予变更", "对复查意见予以变更", "本复核意见为终结意见")
        .doesNotContain("录入");
  }

  @Test
  void reReviewWithoutHearingGoesStraightToTheOpinion() {
    fixture.appDatabase.update("INSERT INTO review_body (body_code, name, in_county,"
        + " higher_body_code, email) VALUES ('county-office', '泗县测试办公室', TRUE,"
        + " 'county-government', NULL)");
    fixture.appDatabase.update(
        "UPDATE unit_review_body SET body_code = 'county-office' WHERE unit_code = 'zjj'");
    closedCase();
    complete(task(instance(request(ReviewKind.REVIEW))),
        withVariables(REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "予以维持。"));
    ProcessInstance re = instance(request(ReviewKind.RE_REVIEW));
    complete(task(re), withVariables(HOLD_HEARING, false));
    assertThat(re).isWaitingAt("Task_DecideReReview");
    complete(task(re), withVariables(REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "予以维持。"));
    assertThat(re).isEnded().hasNotPassed("Task_HoldReReviewHearing");
    assertThat(fixture.reviews.reviews().find(CASE, ReviewKind.RE_REVIEW).orElseThrow()
        .hearingHeld()).isFalse();
  }

  @Test
  void reReviewOutsideTheCountyRecordsTheHearingTheCityHeld() {
    closedCase();
    complete(task(instance(request(ReviewKind.REVIEW))),
        withVariables(REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "予以维持。"));
    ProcessInstance re = instance(request(ReviewKind.RE_REVIEW));
    complete(task(re), withVariables(REVIEW_SENT_ON, "2026-03-02", REVIEW_SENT_NOTE, "机要交换"));
    assertThat(re).isWaitingAt("Task_EnterReReviewReply");

    // a hearing held needs its date, participants and conclusion; nothing is recorded without
    assertThatThrownBy(() -> complete(task(re), withVariables(HOLD_HEARING, true,
        HEARING_PARTICIPANTS, "信访人张桂兰、县住建局", HEARING_CONCLUSION, "应予维持。",
        REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "予以维持。")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证日期");
    assertThat(re).isWaitingAt("Task_EnterReReviewReply");
    assertThat(fixture.reviews.reviews().find(CASE, ReviewKind.RE_REVIEW).orElseThrow()
        .hearingHeld()).isFalse();

    complete(task(re), withVariables(HOLD_HEARING, true, HEARING_DATE, "2026-03-20",
        HEARING_PARTICIPANTS, "信访人张桂兰、县住建局、市信访局", HEARING_CONCLUSION, "应予维持。",
        REVIEW_OUTCOME, "UPHELD", REVIEW_OPINION, "复查意见正确，予以维持。"));
    assertThat(re).isEnded().hasPassed("Event_ReReviewClosed");
    assertThat(fixture.reviews.reviews().find(CASE, ReviewKind.RE_REVIEW).orElseThrow()
        .hearingHeld()).isTrue();
    assertThat(fixture.documents.lastTextOf(CASE, DocumentKind.RE_REVIEW_OPINION)).contains(
        "复核机关宿州市人民政府", "听证情况", "2026年3月20日举行听证会", "市信访局", "应予维持",
        "依据宿州市人民政府作出的复核意见录入");
  }
}
