package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One case from registration to closing through the documented REST contract, run against each
 * database the application supports (see the subclasses).
 */
abstract class CaseLifecycleScenario {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired cn.gov.sixian.reception.mediation.MediationTierLog tierLog;

  static Map<String, Object> hotlineForm(String first17) {
    Map<String, Object> form = new HashMap<>();
    form.put("petitionerName", "李四");
    form.put("idNumber", TestIdNumbers.of(first17));
    form.put("phone", "0557-7012345");
    form.put("address", "泗县墩集镇新街村");
    form.put("township", "town-dunji");
    form.put("visitorCount", 2);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "在县城某小区工地务工，包工头拖欠工资八千元。");
    form.put("request", "要求结清工资。");
    form.put("channel", "HOTLINE");
    return form;
  }

  /**
   * The REST contract called as that demo user (password "demo"), so every step needs the rights
   * the plan gives that user. The production-profile run has no demo users and overrides this.
   */
  ReceptionApi as(String user) {
    return new ReceptionApi(rest.withBasicAuth(user, "demo"));
  }

  @org.junit.jupiter.api.BeforeEach
  void emptyMailbox() {
    TestMailServer.clear();
  }

  /** A hotline case about {@code category}, registered and routed to {@code unit}. */
  static String routed(ReceptionApi api, String idFirst17, String category, String unit)
      throws Exception {
    Map<String, Object> form = hotlineForm(idFirst17);
    form.put("problemCategory", category);
    String caseNumber = (String) api.register(form).getBody().get("caseNumber");
    api.complete((String) api.awaitTask(caseNumber, "Task_ConfirmRouting").get("id"),
        Map.of("unitCode", unit, "problemCategory", category));
    return caseNumber;
  }

  @Test
  void caseGoesFromRegistrationToArchiveThroughTheRestContract() throws Exception {
    ReceptionApi api = as("dengji");
    ReceptionApi unit = as("rsj-staff");
    ResponseEntity<Map<String, Object>> registered = api.register(hotlineForm("34132419900202567"));
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) registered.getBody().get("caseNumber");
    assertThat(caseNumber).matches("JF-\\d{4}-\\d{6}");
    assertThat(registered.getHeaders().getLocation()).hasToString("/api/cases/" + caseNumber);
    assertThat(registered.getBody()).containsEntry("firstVisit", true);

    Map<String, Object> found = api.findCase(caseNumber).getBody();
    assertThat(found).containsEntry("status", "OPEN").containsEntry("statusName", "办理中");
    assertThat((List<?>) found.get("openTasks")).hasSize(1);

    Map<String, Object> routing = api.awaitTask(caseNumber, "Task_ConfirmRouting");
    assertThat(routing.get("name")).isEqualTo("分类确认");
    assertThat(api.complete((String) routing.get("id"), Map.of(
            "unitCode", "rsj", "problemCategory", "wage-arrears", "firstVisit", true,
            "leaderReception", false)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // the unit is told by e-mail once the transfer has committed
    List<MimeMessage> mails = TestMailServer.awaitMessagesAbout(caseNumber);
    assertThat(mails).hasSize(1);
    assertThat(((InternetAddress) mails.get(0).getAllRecipients()[0]).getAddress())
        .isEqualTo("rsj-xf@sixian.gov.cn");
    assertThat(mails.get(0).getSubject()).isEqualTo(
        "【联合接访】信访件" + caseNumber + "已转办县人社局，请及时办理");

    Map<String, Object> reception = unit.awaitTask(caseNumber, "Task_FaceToFaceReception");
    assertThat(reception.get("due")).isNotNull();
    unit.complete((String) reception.get("id"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实用工关系。"));

    Map<String, Object> acceptance = unit.awaitTask(caseNumber, "Task_DecideAcceptance");
    unit.complete((String) acceptance.get("id"), Map.of("acceptanceDecision", "ACCEPT"));

    Map<String, Object> handling = unit.awaitTask(caseNumber, "Task_HandleCase");
    ResponseEntity<Map<String, Object>> tooLong = unit.complete((String) handling.get("id"),
        Map.of("handlingAction", "EXTEND", "extensionDays", 45, "extensionReason", "复杂"));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooLong.getBody().get("message")).contains("「延期天数」须在1到30");

    unit.complete((String) handling.get("id"),
        Map.of("handlingAction", "REPLY", "replyOpinion", "经核实，已责令用工单位于五日内支付。",
            "establishedFacts", "用工单位拖欠工资属实。", "replyBasis", "《保障农民工工资支付条例》。"));
    api.complete((String) api.awaitTask(caseNumber, "Task_ConfirmFeedback").get("id"),
        Map.of("feedbackAccepted", true));
    api.complete((String) api.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "SATISFIED"));

    Map<String, Object> closed = api.findCase(caseNumber).getBody();
    assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "REPLIED")
        .containsEntry("satisfaction", "SATISFIED").containsEntry("unitName", "县人社局");
    assertThat((List<?>) closed.get("openTasks")).isEmpty();
    assertThat(as("zhuren").historicInstances(caseNumber)).singleElement()
        .satisfies(h -> assertThat(h).containsEntry("state", "COMPLETED"));
  }

  @Test
  void caseGoesThroughAllFourMediationTiers() throws Exception {
    ReceptionApi api = as("dengji");
    ReceptionApi unit = as("gaj-staff");
    ReceptionApi director = as("zhuren");
    String caseNumber = routed(api, "34132419881111222", "public-security", "gaj");
    unit.complete((String) unit.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "MEDIATE", "receptionNotes", "当场调解。"));

    unit.complete((String) unit.awaitTask(caseNumber, "Task_OnSpotMediation").get("id"),
        Map.of("tier1Outcome", "ESCALATE", "tier1Notes", "窗口无法调处。"));
    director.complete((String) director.awaitTask(caseNumber, "Task_ReviewEscalation").get("id"),
        Map.of("reviewDecision", "TIER2"));
    ReceptionApi leader = as("gaj-leader");
    Map<String, Object> tier2 = leader.awaitTask(caseNumber, "Task_DeputyLeaderMediation");
    assertThat(tier2.get("due")).isNotNull();
    leader.complete((String) tier2.get("id"), Map.of("tier2Report", "已报告局长。",
        "tier2Solution", "需多单位配合。", "tier2Outcome", "ESCALATE"));
    ResponseEntity<Map<String, Object>> oneUnit = director.complete(
        (String) director.awaitTask(caseNumber, "Task_ChooseJointUnits").get("id"),
        Map.of("jointUnits", new ReceptionApi.Json("[\"gaj\"]")));
    assertThat(oneUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    director.complete((String) director.awaitTask(caseNumber, "Task_ChooseJointUnits").get("id"),
        Map.of("jointUnits", new ReceptionApi.Json("[\"gaj\",\"rsj\"]")));
    // each unit's deputy leader gives the unit's opinion on the task offered to that unit
    for (String unitLeader : List.of("gaj-leader", "rsj-leader")) {
      ReceptionApi opinionBy = as(unitLeader);
      Map<String, Object> opinion = opinionBy.awaitTasks(caseNumber, "Task_UnitOpinion").get(0);
      assertThat(opinionBy.complete((String) opinion.get("id"), Map.of("unitOpinion", "同意会商。"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    api = director;
    api.complete((String) api.awaitTask(caseNumber, "Task_CoordinationMeeting").get("id"),
        Map.of("meetingDate", "2026-03-05", "meetingAttendees", "两单位负责同志",
            "coordinationOpinion", "分歧较大。", "hearingRequired", true));
    api.complete((String) api.awaitTask(caseNumber, "Task_Hearing").get("id"),
        Map.of("hearingDate", "2026-03-06", "hearingParticipants", "信访人、两单位",
            "hearingConclusion", "需县领导决定。"));
    api.complete((String) api.awaitTask(caseNumber, "Task_JointMediationOutcome").get("id"),
        Map.of("tier3Outcome", "ESCALATE", "tier3Notes", "联合调解无法决定。"));
    api.complete((String) api.awaitTask(caseNumber, "Task_RequestCountyLeader").get("id"),
        Map.of("countyLeaderName", "陈志远", "countyLeaderRequest", "提请协调。"));
    ReceptionApi countyLeader = as("xianling");
    countyLeader.complete(
        (String) countyLeader.awaitTask(caseNumber, "Task_CountyLeaderDecision").get("id"),
        Map.of("countyLeaderDecision", "由县政府统筹解决。"));
    api = as("dengji");
    api.complete((String) api.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "BASICALLY_SATISFIED"));

    assertThat(api.findCase(caseNumber).getBody()).containsEntry("status", "CLOSED")
        .containsEntry("outcome", "COUNTY_LEADER_DECIDED");
    assertThat(tierLog.ofCase(caseNumber)).extracting(r -> r.tier() + ":" + r.outcome())
        .containsExactly("1:ESCALATE", "2:ESCALATE", "3:ESCALATE", "4:DECIDED");
  }

  @Test
  void supervisionSlipAnsweredOverRestAndListedInTheBulletin() throws Exception {
    ReceptionApi api = as("dengji");
    ReceptionApi unit = as("jtj-staff");
    String caseNumber = routed(api, "34132419770707333", "transport", "jtj");
    unit.complete((String) unit.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需现场核查。"));
    unit.awaitTask(caseNumber, "Task_DecideAcceptance");

    // the center issues a slip from Tasklist's start form
    ResponseEntity<Map<String, Object>> issued = as("zhuren").submitStartForm("supervision",
        Map.of("caseNumber", caseNumber, "supervisionDetails", "请尽快受理并反馈。"));
    assertThat(issued.getStatusCode().is2xxSuccessful()).isTrue();
    Map<String, Object> feedbackTask = unit.awaitTask(caseNumber, "Task_SupervisionFeedback");
    assertThat(feedbackTask.get("due")).isNotNull();
    assertThat(TestMailServer.awaitMessagesAbout("督办单" + caseNumber + "-DB1")).hasSize(1);

    // the unit's own system answers over REST
    ResponseEntity<Map<String, Object>> message = unit.answerSlip(caseNumber,
        Map.of("supervisionFeedback", "已受理，三日内现场核查。"));
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    api.complete((String) api.awaitTask(caseNumber, "Task_ReviewSupervisionFeedback").get("id"),
        Map.of("slipAccepted", true));

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    api = as("zhuren");
    Map<String, Object> bulletin = api.bulletin(today, today).getBody();
    assertThat((String) bulletin.get("text")).contains("县交通局");
    assertThat((List<?>) bulletin.get("units")).isNotEmpty();
    assertThat(api.bulletin(today, "2020-01-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void badInputIsRefusedWithTheFieldNamedAndNothingSaved() {
    ReceptionApi api = as("dengji");
    long before = runtimeService.createProcessInstanceQuery().count();

    Map<String, Object> form = hotlineForm("34132419900202567");
    form.put("idNumber", TestIdNumbers.withWrongCheckChar("34132419900202567"));
    ResponseEntity<Map<String, Object>> refused = api.register(form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", "idNumber");
    assertThat((String) refused.getBody().get("message")).contains("公民身份号码", "校验位");

    form.put("idNumber", TestIdNumbers.of("34132419900202567"));
    form.put("visitorCount", "很多");
    assertThat(api.register(form).getBody()).containsEntry("field", "visitorCount");
    form.put("visitorCount", 1);
    form.put("idNo", "x");
    assertThat(api.register(form).getBody()).containsEntry("field", "idNo");

    // the start form in Tasklist goes through the engine's submit-form: also a 400
    Map<String, Object> startForm = hotlineForm("34132419900202567");
    startForm.put("phone", "12345");
    ResponseEntity<Map<String, Object>> submitted = api.submitStartForm("joint-reception", startForm);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) submitted.getBody().get("message")).contains("「联系电话」格式不正确");

    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void concurrentRegistrationsGetDistinctConsecutiveNumbers() throws Exception {
    ReceptionApi api = as("dengji");
    int registrations = 24;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ResponseEntity<Map<String, Object>>>> results = new ArrayList<>();
      for (int i = 0; i < registrations; i++) {
        String first17 = String.format("3413241985%02d%02d%03d", 1 + i % 12, 1 + i % 28, i);
        Callable<ResponseEntity<Map<String, Object>>> call = () -> api.register(hotlineForm(first17));
        results.add(pool.submit(call));
      }
      List<Integer> sequence = new ArrayList<>();
      for (Future<ResponseEntity<Map<String, Object>>> result : results) {
        ResponseEntity<Map<String, Object>> response = result.get();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) response.getBody().get("caseNumber");
        sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
      }
      sequence.sort(Integer::compareTo);
      assertThat(sequence).doesNotHaveDuplicates();
      assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(registrations - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
