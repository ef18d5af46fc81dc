package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.publicquery.QueryCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The petitioner's own view over HTTP ({@code /chaxun/}): the code printed once on the receipt,
 * the page of the case and nothing else, downloads, the evaluation once, the review request in
 * time and late, and the abuse guards: one answer for an unknown number and a wrong code, a code
 * of case A on case B, the growing lock, tampered tokens, a re-issued code. Run on each database.
 */
abstract class PublicQueryScenario {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
  static final Pattern DOCUMENT = Pattern.compile("href=\"(/chaxun/documents/[^\"]+\\.pdf)\"");
  static final Pattern CODE = Pattern.compile("([2-9A-HJKMNP-Z]{5} [2-9A-HJKMNP-Z]{5})");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired QueryCodes codes;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  /** Who does the case's steps (demo users; the administrator in production). */
  abstract ReceptionApi as(String user);

  /** A member of the registration staff. */
  abstract TestRestTemplate registrar();

  /** Every test starts with no counted failures (all requests come from one address). */
  @BeforeEach
  void noAttempts() {
    jdbc.update("DELETE FROM public_query_attempt");
  }

  /** A hotline case of 县人社局, replied to, confirmed and rated by staff: closed. */
  String closedCase(String idFirst17) throws Exception {
    String caseNumber = atSatisfaction(idFirst17);
    ReceptionApi center = as("dengji");
    center.complete((String) center.awaitTask(caseNumber, "Task_RecordSatisfaction").get("id"),
        Map.of("satisfaction", "SATISFIED"));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"CLOSED".equals(jdbc.queryForObject(
        "SELECT status FROM petition_case WHERE case_number = ?", String.class, caseNumber))) {
      assertThat(System.nanoTime()).as("case %s archived", caseNumber).isLessThan(deadline);
      Thread.sleep(100);
    }
    return caseNumber;
  }

  /** The same case, replied to and confirmed: 满意度评价 is open. */
  String atSatisfaction(String idFirst17) throws Exception {
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
    center.awaitTask(caseNumber, "Task_RecordSatisfaction");
    return caseNumber;
  }

  ResponseEntity<String> post(String path, String... fields) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.add(fields[i], fields[i + 1]);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  ResponseEntity<String> lookUp(String caseNumber, String code) {
    return post("/chaxun/", "caseNumber", caseNumber, "code", code);
  }

  static String token(ResponseEntity<String> page) {
    Matcher m = TOKEN.matcher(page.getBody());
    assertThat(m.find()).as("token in %s", page.getBody()).isTrue();
    return m.group(1);
  }

  long accessLogged(String caseNumber, String endpoint) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_access_log l JOIN case_access_log_case k"
        + " ON k.log_id = l.id WHERE k.case_number = ? AND l.user_id = 'petitioner-online'"
        + " AND l.endpoint = ?", Long.class, caseNumber, endpoint);
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theReceiptPrintsTheCodeOnceAndThePageShowsTheCaseAndNothingElse() throws Exception {
    String caseNumber = CaseLifecycleScenario.routed(as("dengji"), "34132419800505123",
        "wage-arrears", "rsj");
    List<Map<String, Object>> documents = registrar().exchange(
        "/api/cases/" + caseNumber + "/documents", HttpMethod.GET, null, LIST).getBody();
    String receipt = documents.stream().filter(d -> "REGISTRATION_RECEIPT".equals(d.get("kind")))
        .map(d -> (String) d.get("pdf")).findFirst().orElseThrow();
    String first = pdfText(registrar().getForObject(receipt, byte[].class));
    Matcher printed = CODE.matcher(first);
    assertThat(printed.find()).as("query code on the first print: %s", first).isTrue();
    String code = printed.group(1);
    // the stored copy, and every reprint, has no code
    String reprint = pdfText(registrar().getForObject(receipt, byte[].class));
    assertThat(reprint).doesNotContain(code).contains("不含查询码");
    byte[] stored = jdbc.queryForObject("SELECT pdf FROM case_document WHERE case_number = ?"
        + " AND kind = 'REGISTRATION_RECEIPT'", byte[].class, caseNumber);
    assertThat(pdfText(stored)).doesNotContain(code);
    // nowhere in the process's variables or history in clear
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE TEXT_ LIKE ?",
        Long.class, "%" + code.replace(" ", "") + "%")).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE TEXT_ LIKE ?",
        Long.class, "%" + code + "%")).isZero();

    // typed in lower case without the space: the page of the case
    ResponseEntity<String> page = lookUp(caseNumber.toLowerCase(), code.replace(" ", "").toLowerCase());
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains(caseNumber, "已转办，责任单位受理审查中", "县人社局",
        "李**", "341***********", "受理期限", "登记回执")
        .doesNotContain("李四", "34132419800505123", "0557-7012345", "墩集镇新街村", "dengji",
            "<script");
    HttpHeaders headers = page.getHeaders();
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'",
        "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'");
    assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-store");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.get(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(accessLogged(caseNumber, "POST /chaxun/")).isOne();

    // the receipt to download, the transfer slip (internal) not offered
    Matcher link = DOCUMENT.matcher(page.getBody());
    assertThat(link.find()).isTrue();
    assertThat(page.getBody()).doesNotContain("转办单");
    ResponseEntity<byte[]> pdf = rest.getForEntity(link.group(1), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdfText(pdf.getBody())).doesNotContain(code);
    assertThat(accessLogged(caseNumber, "GET /chaxun/documents/{token}/{id}.pdf")).isOne();
    String transferSlip = documents.stream().filter(d -> "TRANSFER_SLIP".equals(d.get("kind")))
        .map(d -> (String) d.get("id")).findFirst().orElseThrow();
    assertThat(rest.getForEntity("/chaxun/documents/" + token(page) + "/" + transferSlip + ".pdf",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // no evaluation before the written reply
    ResponseEntity<String> early = post("/chaxun/evaluation", "token", token(page),
        "satisfaction", "SATISFIED");
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("书面答复意见后才能评价");

    // a new code, printed on the receipt again at the window, ends the old one and its tokens
    String token = token(page);
    assertThat(rest.postForEntity("/api/cases/" + caseNumber + "/query-code", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<byte[]> reprinted = registrar().postForEntity(
        "/api/cases/" + caseNumber + "/query-code", null, byte[].class);
    assertThat(reprinted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(reprinted.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(reprinted.getHeaders().getCacheControl()).isEqualTo("no-store");
    String reprintText = pdfText(reprinted.getBody());
    Matcher reissued = CODE.matcher(reprintText);
    assertThat(reissued.find()).as(reprintText).isTrue();
    String newCode = reissued.group(1);
    assertThat(newCode).isNotEqualTo(code);
    assertThat(reprintText.replaceAll("\\s+", "")).contains("登记回执", caseNumber, "李四",
        (String) documents.stream().filter(d -> "REGISTRATION_RECEIPT".equals(d.get("kind")))
            .findFirst().orElseThrow().get("documentNumber"));
    assertThat(pdfText(jdbc.queryForObject("SELECT pdf FROM case_document WHERE case_number = ?"
        + " AND kind = 'REGISTRATION_RECEIPT'", byte[].class, caseNumber))).doesNotContain(newCode);
    assertThat(lookUp(caseNumber, code).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("/chaxun/case", "token", token).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lookUp(caseNumber, newCode).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void staffRecordingTheEvaluationSeeWhatThePetitionerSaidOnline() throws Exception {
    String caseNumber = atSatisfaction("34132419800606124");
    String taskId = (String) as("dengji").awaitTask(caseNumber, "Task_RecordSatisfaction")
        .get("id");
    assertThat(taskService.getVariableLocal(taskId, "onlineEvaluation"))
        .isEqualTo("信访人尚未在网上评价。");

    String token = token(lookUp(caseNumber, codes.issue(caseNumber, "dengji").orElseThrow()));
    assertThat(post("/chaxun/evaluation", "token", token, "satisfaction", "DISSATISFIED",
        "comment", "工资仍未全部到账。").getStatusCode()).isEqualTo(HttpStatus.OK);

    // the open task shows it, as the form's read-only field 信访人网上评价
    assertThat((String) taskService.getVariableLocal(taskId, "onlineEvaluation"))
        .startsWith("不满意（").contains("网上评价）", "「工资仍未全部到账。」",
            "统计以信访人的网上评价为准");
    as("dengji").complete(taskId, Map.of("satisfaction", "DISSATISFIED",
        "satisfactionNote", "信访人电话中亦表示不满意。"));
    // shown, not kept: the register holds the evaluation, history does not copy it
    String instance = jdbc.queryForObject("SELECT process_instance_id FROM petition_case"
        + " WHERE case_number = ?", String.class, caseNumber);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("onlineEvaluation").count()).isZero();
  }

  @Test
  void evaluationOnceAndReviewThroughTheReviewRules() throws Exception {
    String caseNumber = closedCase("34132419800505124");
    String code = codes.issue(caseNumber, "dengji").orElseThrow();
    ResponseEntity<String> page = lookUp(caseNumber, code);
    assertThat(page.getBody()).contains("已结案归档", "信访事项处理意见书", "按期完成", "申请复查");
    String token = token(page);

    assertThat(page.getBody()).contains("评价说明（选填，最多500字）", "maxlength=\"500\"");
    // a comment reordered by an invisible mark is refused, nothing recorded
    ResponseEntity<String> hiddenMark = post("/chaxun/evaluation", "token", token,
        "satisfaction", "SATISFIED", "comment", "已到账\u202E。未");
    assertThat(hiddenMark.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(hiddenMark.getBody()).contains("评价说明");
    assertThat(jdbc.queryForObject("SELECT petitioner_satisfaction FROM petition_case"
        + " WHERE case_number = ?", String.class, caseNumber)).isNull();
    ResponseEntity<String> rated = post("/chaxun/evaluation", "token", token,
        "satisfaction", "DISSATISFIED", "comment", "工资仍未全部到账。");
    assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rated.getBody()).contains("您的评价已提交", "不满意", "工资仍未全部到账。");
    ResponseEntity<String> twice = post("/chaxun/evaluation", "token", token,
        "satisfaction", "SATISFIED");
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody()).contains("每件只能评价一次");
    assertThat(jdbc.queryForMap("SELECT satisfaction, petitioner_satisfaction FROM petition_case"
        + " WHERE case_number = ?", caseNumber))
        .containsEntry("SATISFACTION", "SATISFIED").containsEntry("PETITIONER_SATISFACTION", "DISSATISFIED");
    assertThat(accessLogged(caseNumber, "POST /chaxun/evaluation")).isOne();
    // the case record shows it beside the staff's
    Map<String, Object> record = registrar().getForObject("/api/cases/" + caseNumber + "/record",
        Map.class);
    assertThat(record).containsEntry("satisfactionName", "满意");
    assertThat((Map<String, Object>) record.get("onlineEvaluation"))
        .containsEntry("satisfaction", "DISSATISFIED").containsEntry("satisfactionName", "不满意")
        .containsEntry("comment", "工资仍未全部到账。").containsKey("evaluatedAt");
    // and the dossier's cover states it, with the staff's record beside it
    assertThat(pdfText(registrar().getForObject("/api/cases/" + caseNumber + "/dossier.pdf",
        byte[].class))).contains("不满意（信访人网上评价；满意度评价记录：满意）");
    // a made-up rating
    assertThat(post("/chaxun/evaluation", "token", token, "satisfaction", "NOT_EVALUATED")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // review: a reason is required; then started through the review service, once
    ResponseEntity<String> noReason = post("/chaxun/review", "token", token, "kind", "REVIEW",
        "reason", " ");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("请求事项和理由");
    // a reason whose text is reordered by an invisible mark is refused as at the window
    ResponseEntity<String> hidden = post("/chaxun/review", "token", token, "kind", "REVIEW",
        "reason", "不服答复\u202E。意见");
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(hidden.getBody()).contains("请求事项和理由");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_review WHERE case_number = ?",
        Integer.class, caseNumber)).isZero();
    ResponseEntity<String> asked = post("/chaxun/review", "token", token, "kind", "REVIEW",
        "reason", "工资至今未全部支付，对答复不服。");
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(asked.getBody()).contains("复查申请已提交", "复查中");
    assertThat(jdbc.queryForObject("SELECT requested_by FROM case_review WHERE case_number = ?"
        + " AND kind = 'REVIEW'", String.class, caseNumber)).isEqualTo("petitioner-online");
    ResponseEntity<String> again = post("/chaxun/review", "token", token, "kind", "REVIEW",
        "reason", "再次申请。");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("已申请过复查");
    assertThat(accessLogged(caseNumber, "POST /chaxun/review")).isOne();
  }

  @Test
  void aLateReviewIsRefusedWithNothingStarted() throws Exception {
    String caseNumber = closedCase("34132419800505125");
    jdbc.update("UPDATE petition_case SET replied_at = ? WHERE case_number = ?",
        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(40))), caseNumber);
    String token = token(lookUp(caseNumber, codes.issue(caseNumber, "dengji").orElseThrow()));
    ResponseEntity<String> late = post("/chaxun/review", "token", token, "kind", "REVIEW",
        "reason", "对答复不服。");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("已超过复查申请期限");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_review WHERE case_number = ?",
        Long.class, caseNumber)).isZero();
  }

  @Test
  void noAnswerTellsWhetherANumberExists() throws Exception {
    String a = CaseLifecycleScenario.routed(as("dengji"), "34132419800505126", "wage-arrears", "rsj");
    String b = CaseLifecycleScenario.routed(as("dengji"), "34132419800505127", "wage-arrears", "rsj");
    String codeOfA = codes.issue(a, "dengji").orElseThrow();
    codes.issue(b, "dengji");
    String unknown = "JF-2099-999999";

    ResponseEntity<String> wrong = lookUp(a, "ABCDE FGHJK");
    ResponseEntity<String> none = lookUp(unknown, "ABCDE FGHJK");
    ResponseEntity<String> aOnB = lookUp(b, codeOfA);
    assertThat(List.of(wrong.getStatusCode(), none.getStatusCode(), aOnB.getStatusCode()))
        .containsOnly(HttpStatus.FORBIDDEN);
    // the same page but for the number typed, which is shown again
    assertThat(wrong.getBody().replace(a, "N")).isEqualTo(none.getBody().replace(unknown, "N"))
        .isEqualTo(aOnB.getBody().replace(b, "N")).contains("信访件编号或查询码不正确");
    // failures are counted, never written into a case's log
    assertThat(accessLogged(a, "POST /chaxun/")).isZero();
    assertThat(accessLogged(b, "POST /chaxun/")).isZero();

    // tampered and foreign tokens
    String token = token(lookUp(a, codeOfA));
    String tampered = token.substring(0, token.length() - 2)
        + (token.endsWith("A") ? "B" : "A") + token.charAt(token.length() - 1);
    for (String bad : List.of(tampered, "", "x.y", token + "." + token)) {
      ResponseEntity<String> refused = post("/chaxun/case", "token", bad);
      assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("查询已超时或链接已失效");
    }
    assertThat(rest.getForEntity("/chaxun/documents/" + tampered + "/x.pdf", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void failuresLockTheNumberWithAGrowingDelay() throws Exception {
    String caseNumber = CaseLifecycleScenario.routed(as("dengji"), "34132419800505128",
        "wage-arrears", "rsj");
    String code = codes.issue(caseNumber, "dengji").orElseThrow();
    // three free failures, the fourth locks the number for 30 s
    for (int i = 0; i < 4; i++) {
      assertThat(lookUp(caseNumber, "ZZZZZ ZZZZZ").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> locked = lookUp(caseNumber, code);
    assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(locked.getBody()).contains("查询尝试次数过多", "1分钟后再试");
    // a number that does not exist is locked the same way
    for (int i = 0; i < 4; i++) {
      lookUp("JF-2099-888888", "ZZZZZ ZZZZZ");
    }
    assertThat(lookUp("JF-2099-888888", "ZZZZZ ZZZZZ").getStatusCode())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    // the lock over (as if 30 s had passed), the right code opens and clears the number's count
    jdbc.update("UPDATE public_query_attempt SET locked_until = NULL");
    assertThat(lookUp(caseNumber, code).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
