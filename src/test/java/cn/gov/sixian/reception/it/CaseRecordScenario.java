package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case record (案卷) of a case driven to closing over the REST contract: every step in
 * order with who, when, its limit and what was entered; personal numbers only masked; the
 * opening in the access log; another unit refused. Run on each database (see the subclasses).
 */
abstract class CaseRecordScenario {

  static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  /** The REST contract as that demo user; the production profile overrides this. */
  ReceptionApi as(String user) {
    return new ReceptionApi(rest.withBasicAuth(user, "demo"));
  }

  TestRestTemplate restAs(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  /** Whether the run has the demo units' users, who did the unit's steps. */
  boolean hasDemoUnits() {
    return true;
  }

  /** A member of another unit (县自然资源和规划局, zjj) than the case's. */
  TestRestTemplate otherUnit() {
    return restAs("zjj-staff");
  }

  /** A hotline case registered, received, accepted, replied to, confirmed and rated. */
  static String closedCase(CaseRecordScenario s, String idFirst17) throws Exception {
    ReceptionApi center = s.as("dengji");
    ReceptionApi unit = s.as("rsj-staff");
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
    center.complete((String) center.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "SATISFIED"));
    return caseNumber;
  }

  @Test
  @SuppressWarnings("unchecked")
  void closedCaseHasItsStepsInOrderWithWhoWhenLimitsAndOpinions() throws Exception {
    String first17 = "34132419860505123";
    String caseNumber = closedCase(this, first17);
    String idNumber = (String) CaseLifecycleScenario.hotlineForm(first17).get("idNumber");

    ResponseEntity<String> raw =
        restAs("rsj-staff").getForEntity("/api/cases/" + caseNumber + "/record", String.class);
    assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
    // no full personal number anywhere in the record
    assertThat(raw.getBody()).doesNotContain(idNumber, "0557-7012345", "05577012345");

    Map<String, Object> record = restAs("rsj-staff").exchange(
        "/api/cases/" + caseNumber + "/record", HttpMethod.GET, null, OBJECT).getBody();
    assertThat(record).containsEntry("caseNumber", caseNumber).containsEntry("status", "CLOSED")
        .containsEntry("outcomeName", "书面答复办结").containsEntry("satisfactionName", "满意")
        .containsEntry("unitName", "县人社局");
    Map<String, Object> registration = (Map<String, Object>) record.get("registration");
    assertThat(registration).containsEntry("petitionerName", "李四")
        .containsEntry("channelName", "12345热线").containsEntry("request", "要求结清工资。");
    assertThat((String) registration.get("idNumberMasked")).startsWith("341").contains("*");
    assertThat((String) registration.get("phoneMasked")).contains("*");

    List<Map<String, Object>> steps = (List<Map<String, Object>>) record.get("steps");
    List<String> tasks = steps.stream().filter(s -> "userTask".equals(s.get("kind")))
        .map(s -> (String) s.get("activityId")).toList();
    assertThat(tasks).containsExactly("Task_ConfirmRouting", "Task_FaceToFaceReception",
        "Task_DecideAcceptance", "Task_HandleCase", "Task_ConfirmFeedback",
        "Task_RecordSatisfaction");
    // in order of time, numbered
    List<Instant> starts = steps.stream().map(s -> Instant.parse((String) s.get("startedAt"))).toList();
    assertThat(starts).isSorted();
    assertThat(steps).extracting(s -> s.get("sequence"))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());

    Map<String, Object> handling = step(steps, "Task_HandleCase");
    if (hasDemoUnits()) {
      assertThat(handling).containsEntry("userId", "rsj-staff");
      assertThat((String) handling.get("roles")).contains("县人社局");
      assertThat(step(steps, "Task_ConfirmRouting")).containsEntry("userId", "dengji");
    }
    assertThat(handling.get("endedAt")).isNotNull();
    assertThat(handling.get("due")).isNotNull();
    assertThat(handling).containsEntry("limitMet", true);
    assertThat(step(steps, "Task_FaceToFaceReception")).containsEntry("limitMet", true);
    List<Map<String, Object>> entered = (List<Map<String, Object>>) handling.get("entries");
    assertThat(entered).extracting(e -> e.get("name") + "=" + e.get("value")).contains(
        "replyOpinion=经核实，已责令用工单位于五日内支付。", "establishedFacts=用工单位拖欠工资属实。");
    assertThat(entered).allSatisfy(e -> assertThat((String) e.get("label")).isNotBlank());
    assertThat((List<Map<String, Object>>) step(steps, "Task_RecordSatisfaction").get("entries"))
        .extracting(e -> e.get("value")).contains("满意");

    List<Map<String, Object>> documents = (List<Map<String, Object>>) record.get("documents");
    assertThat(documents).extracting(d -> d.get("title")).contains("信访事项受理告知书");

    // the opening is logged
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM case_access_log l JOIN case_access_log_case c ON c.log_id = l.id"
            + " WHERE l.endpoint = 'GET /api/cases/{caseNumber}/record' AND c.case_number = ?",
        Long.class, caseNumber)).isPositive();

    ResponseEntity<Map<String, Object>> refused = otherUnit().exchange(
        "/api/cases/" + caseNumber + "/record", HttpMethod.GET, null, OBJECT);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("您无权查看");
    assertThat(restAs("dengji").getForEntity("/api/cases/JF-1999-000001/record", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @SuppressWarnings("unchecked")
  void closedCaseHasOneDossierOfCoverIndexAndEveryDocumentAndAnOpenCaseNone() throws Exception {
    String caseNumber = closedCase(this, "34132419790909345");
    TestRestTemplate reader = restAs("dengji");
    ResponseEntity<byte[]> dossier =
        reader.getForEntity("/api/cases/" + caseNumber + "/dossier.pdf", byte[].class);
    assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dossier.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

    List<Map<String, Object>> documents = reader.exchange("/api/cases/" + caseNumber + "/documents",
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(documents).hasSizeGreaterThanOrEqualTo(4);
    int documentPages = documents.stream().mapToInt(d -> (Integer) d.get("pageCount")).sum();
    try (PDDocument pdf = Loader.loadPDF(dossier.getBody())) {
      // cover (1 page) + index (1 page) + every document
      assertThat(pdf.getNumberOfPages()).isEqualTo(2 + documentPages);
      String cover = pageText(pdf, 1, 1);
      assertThat(cover).contains("信访事项归档案卷", caseNumber, "李四", "拖欠农民工工资", "县人社局",
          "书面答复办结", "满意", "保管期限");
      String index = pageText(pdf, 2, 2);
      assertThat(index).contains("卷内目录");
      String all = pageText(pdf, 1, pdf.getNumberOfPages());
      for (Map<String, Object> d : documents) {
        assertThat(index).contains((String) d.get("title"), (String) d.get("documentNumber"));
        byte[] printed = reader.getForEntity((String) d.get("pdf"), byte[].class).getBody();
        if ("REGISTRATION_RECEIPT".equals(d.get("kind"))) {
          // a first print not yet handed out, with the query code, is the petitioner's; the file
          // keeps the stored copy without it (PublicQueryScenario tests the first print)
          boolean firstPrint;
          try (PDDocument first = Loader.loadPDF(printed)) {
            firstPrint = pageText(first, 1, first.getNumberOfPages()).contains("凭信访件编号和网上查询码");
          }
          if (firstPrint) {
            printed = reader.getForEntity((String) d.get("pdf"), byte[].class).getBody();
          }
        }
        try (PDDocument one = Loader.loadPDF(printed)) {
          assertThat(all).contains(pageText(one, 1, one.getNumberOfPages()));
        }
      }
      assertThat(all).doesNotContain(
          (String) CaseLifecycleScenario.hotlineForm("34132419790909345").get("idNumber"));
    }

    // an open case has no dossier yet
    String open = CaseLifecycleScenario.routed(as("dengji"), "34132419790909346", "wage-arrears", "rsj");
    ResponseEntity<Map<String, Object>> refused =
        reader.exchange("/api/cases/" + open + "/dossier.pdf", HttpMethod.GET, null, OBJECT);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) refused.getBody().get("message")).contains("尚未结案");
  }

  static String pageText(PDDocument pdf, int from, int to) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf).replaceAll("\\s+", "");
  }

  private static Map<String, Object> step(List<Map<String, Object>> steps, String activityId) {
    return steps.stream().filter(s -> activityId.equals(s.get("activityId"))).findFirst()
        .orElseThrow(() -> new AssertionError("No step " + activityId));
  }
}
