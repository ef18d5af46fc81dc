package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review (复查) and re-review (复核) over HTTP: a case closed with a written reply, the request
 * registered by the registration staff ({@code POST /api/cases/{n}/review}), the reviewing body
 * (a group in the engine) giving its opinion, the document and the record; every refusal in
 * Chinese with nothing started. Run on each database (see the subclasses).
 */
abstract class ReviewScenario {

  static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;

  /** Who does the case's and the body's steps (demo users; the administrator in production). */
  abstract ReceptionApi as(String user);

  /** A member of the registration staff. */
  abstract TestRestTemplate registrar();

  /** A member of the case's unit, 县人社局. */
  abstract TestRestTemplate unitStaff();

  /** The county government's reviewer (body-county-government). */
  abstract ReceptionApi reviewer();

  abstract TestRestTemplate reviewerRest();

  /** A hotline case of 县人社局, replied to, confirmed and rated: closed. */
  String closedCase(String idFirst17) throws Exception {
    ReceptionApi center = as("dengji");
    ReceptionApi unit = as("rsj-staff");
    String caseNumber = CaseLifecycleScenario.routed(center, idFirst17, "wage-arrears", "rsj");
    unit.complete((String) unit.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实用工关系。"));
    unit.complete((String) unit.awaitTask(caseNumber, "Task_DecideAcceptance").get("id"),
        Map.of("acceptanceDecision", "ACCEPT"));
    unit.complete((String) unit.awaitTask(caseNumber, "Task_HandleCase").get("id"),
        Map.of("handlingAction", "REPLY", "replyOpinion", "经核实，已责令用工单位于五日内支付。",
            "establishedFacts", "用工单位拖欠工资属实。", "replyBasis", "《保障农民工工资支付条例》。"));
    center.complete((String) center.awaitTask(caseNumber, "Task_ConfirmFeedback").get("id"),
        Map.of("feedbackAccepted", true));
    assertThat(center.complete(
        (String) center.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "DISSATISFIED", "satisfactionNote", "工资未全部支付，将申请复查。"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // archived by the job executor
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (!"CLOSED".equals(jdbc.queryForObject(
        "SELECT status FROM petition_case WHERE case_number = ?", String.class, caseNumber))) {
      assertThat(System.nanoTime()).as("case %s archived", caseNumber).isLessThan(deadline);
      Thread.sleep(100);
    }
    return caseNumber;
  }

  static ResponseEntity<Map<String, Object>> post(TestRestTemplate client, String path,
      String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
  }

  /** Review and re-review instances ever started for the case. */
  long reviewInstances(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyIn("review", "re-review").count();
  }

  long reviewRows(String caseNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_review WHERE case_number = ?",
        Long.class, caseNumber);
  }

  @Test
  @SuppressWarnings("unchecked")
  void reviewAndReReviewOfAClosedCase() throws Exception {
    String caseNumber = closedCase("34132419770303123");
    String review = "/api/cases/" + caseNumber + "/review";
    String reReview = "/api/cases/" + caseNumber + "/re-review";
    String reason = "{\"reason\":\"工资至今未全部支付，对答复不服。\"}";

    // refused, nothing started: the unit's staff, no reason, an unknown field, re-review first
    ResponseEntity<Map<String, Object>> byUnit = post(unitStaff(), review, reason);
    assertThat(byUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) byUnit.getBody().get("message")).contains("由登记员", "在窗口登记");
    ResponseEntity<Map<String, Object>> noReason = post(registrar(), review, "{\"reason\":\" \"}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noReason.getBody().get("message")).contains("请求事项和理由");
    assertThat(post(registrar(), review, "{\"reason\":\"不服\",\"due\":\"2099-01-01\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> early = post(registrar(), reReview, reason);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) early.getBody().get("message")).contains("尚无复查意见");
    assertThat(reviewInstances(caseNumber)).isZero();
    assertThat(reviewRows(caseNumber)).isZero();

    // the registration staff register the request: the county government reviews
    ResponseEntity<Map<String, Object>> requested = post(registrar(), review, reason);
    assertThat(requested.getStatusCode()).as("%s", requested.getBody())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(requested.getBody()).containsEntry("kindName", "复查")
        .containsEntry("reviewBody", "泗县人民政府").containsEntry("inCounty", true);
    ResponseEntity<Map<String, Object>> twice = post(registrar(), review, reason);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) twice.getBody().get("message")).contains("已申请过复查");
    assertThat(reviewInstances(caseNumber)).isOne();

    Map<String, Object> task = reviewer().awaitTask(caseNumber, "Task_DecideReview");
    assertThat(task.get("due")).isNotNull();
    // the reviewing body reads the case it reviews, its record and the reply
    ResponseEntity<Map<String, Object>> read = reviewerRest().exchange(
        "/api/cases/" + caseNumber + "/record", HttpMethod.GET, null, OBJECT);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) read.getBody().get("documents"))
        .extracting(d -> d.get("title")).contains("信访事项处理意见书");
    assertThat(reviewer().complete((String) task.get("id"), Map.of("reviewOutcome", "UPHELD",
        "reviewOpinion", "经复查，原处理意见事实清楚，予以维持。")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // re-review: to the city, outside the county, worked by the center
    ResponseEntity<Map<String, Object>> second = post(registrar(), reReview, reason);
    assertThat(second.getStatusCode()).as("%s", second.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody()).containsEntry("reviewBody", "宿州市人民政府")
        .containsEntry("inCounty", false);
    ReceptionApi center = as("dengji");
    center.complete((String) center.awaitTask(caseNumber, "Task_RecordReReviewSent").get("id"),
        Map.of("reviewSentOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .toString(), "reviewSentNote", "机要交换"));
    center.complete((String) center.awaitTask(caseNumber, "Task_EnterReReviewReply").get("id"),
        Map.of("holdHearing", false, "reviewOutcome", "UPHELD",
            "reviewOpinion", "复查意见正确，予以维持。"));
    assertThat(post(registrar(), reReview, reason).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // the record shows both, with the documents
    Map<String, Object> record = registrar().exchange("/api/cases/" + caseNumber + "/record",
        HttpMethod.GET, null, OBJECT).getBody();
    List<Map<String, Object>> reviews = (List<Map<String, Object>>) record.get("reviews");
    assertThat(reviews).extracting(r -> r.get("kindName") + ":" + r.get("bodyName") + ":"
            + r.get("outcomeName") + ":" + r.get("statusName"))
        .containsExactly("复查:泗县人民政府:维持:已出具意见", "复核:宿州市人民政府:维持:已出具意见");
    assertThat(reviews.get(1).get("sentAt")).isNotNull();
    assertThat((List<Map<String, Object>>) record.get("documents"))
        .extracting(d -> d.get("title")).contains("复查意见书", "复核意见书");
    assertThat((List<Map<String, Object>>) record.get("steps"))
        .extracting(s -> s.get("activityId")).contains("Task_DecideReview", "Task_EnterReReviewReply");

    // the same person comes again about the same category: recognised as finalised at 分类确认,
    // not accepted (终结), closed with the center's notice, no transfer
    Map<String, Object> form = CaseLifecycleScenario.hotlineForm("34132419770303123");
    form.put("problemCategory", "wage-arrears");
    String again = (String) center.register(form).getBody().get("caseNumber");
    Map<String, Object> routing = center.awaitTask(again, "Task_ConfirmRouting");
    assertThat(center.complete((String) routing.get("id"), Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "finalisedHandling", "NOT_ACCEPTED")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> closed = registrar().exchange("/api/cases/" + again + "/record",
        HttpMethod.GET, null, OBJECT).getBody();
    assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "NOT_ACCEPTED");
    assertThat((List<Map<String, Object>>) closed.get("documents")).extracting(d -> d.get("title"))
        .contains("不予受理告知书").doesNotContain("转办单");
    assertThat((List<Map<String, Object>>) closed.get("steps")).extracting(s -> s.get("activityId"))
        .contains("Task_NotAcceptFinalised").doesNotContain("Task_NotifyUnit");
  }

  @Test
  void aLateRequestAndAnOpenCaseAreRefusedWithNothingStarted() throws Exception {
    String caseNumber = closedCase("34132419770303124");
    // the reply given 40 days ago
    jdbc.update("UPDATE petition_case SET replied_at = ? WHERE case_number = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(40))),
        caseNumber);
    ResponseEntity<Map<String, Object>> late =
        post(registrar(), "/api/cases/" + caseNumber + "/review", "{\"reason\":\"不服。\"}");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) late.getBody().get("message")).contains("已超过复查申请期限", "30日内");

    String open = CaseLifecycleScenario.routed(as("dengji"), "34132419770303125", "wage-arrears", "rsj");
    ResponseEntity<Map<String, Object>> notClosed =
        post(registrar(), "/api/cases/" + open + "/review", "{\"reason\":\"不服。\"}");
    assertThat(notClosed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) notClosed.getBody().get("message")).contains("尚未结案归档");
    assertThat(post(registrar(), "/api/cases/JF-1999-000001/review", "{\"reason\":\"不服。\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(reviewInstances(caseNumber) + reviewInstances(open)).isZero();
    assertThat(reviewRows(caseNumber) + reviewRows(open)).isZero();
  }
}
