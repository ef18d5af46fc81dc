package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.CaseTasks;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a careless or hostile caller sends, over HTTP to the running application: invisible
 * characters, loose types, odd content types, far-off dates, oversized bodies. Each is answered
 * with the right status and a Chinese message naming the field, and nothing is saved.
 */
class InputHygieneTest extends H2ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  // --- text, numbers and booleans (process/Inputs) ---

  @Test
  void invisibleCharactersInATextAreRefusedAndNothingIsSaved() throws Exception {
    long before = savedCases();
    Map<String, Object> form = form("34132419900303111");
    form.put("matter", "包工头拖欠工资\u202E元千八");
    HttpResponse<String> refused = postJson("dengji", "/api/cases", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(body(refused).path("field").asText()).isEqualTo("matter");
    assertThat(body(refused).path("message").asText())
        .isEqualTo("「反映事项」含有不可见或控制字符，请删除后重新填写。");

    form.put("matter", "拖欠工资\u0000");
    assertThat(body(postJson("dengji", "/api/cases", form)).path("field").asText()).isEqualTo("matter");
    form.put("matter", "拖欠\u200B工资");
    assertThat(postJson("dengji", "/api/cases", form).statusCode()).isEqualTo(400);
    // a lone surrogate, as a JSON escape
    String loneSurrogate = JSON.writeValueAsString(form("34132419900303111"))
        .replace("要求结清工资。", "要求\\ud83d结清工资。");
    HttpResponse<String> broken = send("dengji", "POST", "/api/cases", "application/json",
        loneSurrogate.getBytes(StandardCharsets.UTF_8));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(body(broken).path("field").asText()).isEqualTo("request");
    assertThat(savedCases()).isEqualTo(before);
  }

  @Test
  void lengthsCountCharactersAsAPersonReadsThem() throws Exception {
    Map<String, Object> form = form("34132419900303222");
    form.put("request", "要" + "😀".repeat(1000));
    HttpResponse<String> refused = postJson("dengji", "/api/cases", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(body(refused).path("message").asText())
        .isEqualTo("「诉求」不能超过1000个字，现为1001个字。");

    form.put("request", "😀".repeat(1000)); // 2000 UTF-16 units, 1000 characters
    // and a summary of the matter cut at 200 units does not split the emoji at its end
    form.put("matter", "李" + "😀".repeat(150));
    HttpResponse<String> registered = postJson("dengji", "/api/cases", form);
    assertThat(registered.statusCode()).isEqualTo(201);
    String summary = jdbc.queryForObject("SELECT matter_summary FROM petition_case WHERE case_number = ?",
        String.class, body(registered).path("caseNumber").asText());
    assertThat(summary).isEqualTo("李" + "😀".repeat(99));
  }

  @Test
  void numbersAreNumbersNotTexts() throws Exception {
    long before = savedCases();
    Map<String, Object> form = form("34132419900303333");
    form.put("visitorCount", "3");
    HttpResponse<String> refused = postJson("dengji", "/api/cases", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(body(refused).path("field").asText()).isEqualTo("visitorCount");
    assertThat(body(refused).path("message").asText()).isEqualTo("「来访人数」须为数值（不加引号的数字）。");
    form.put("visitorCount", 2.5);
    assertThat(body(postJson("dengji", "/api/cases", form)).path("message").asText())
        .isEqualTo("「来访人数」须为整数。");
    assertThat(savedCases()).isEqualTo(before);
  }

  @Test
  void booleansAreStrictAlsoWhenOptional() throws Exception {
    String caseNumber = register("34132419900303444");
    String task = openTask(caseNumber, "Task_ConfirmRouting");
    Map<String, Object> variables = Map.of(
        "unitCode", typed("rsj", "String"), "problemCategory", typed("wage-arrears", "String"),
        "firstVisit", typed("notbool", "String"));
    HttpResponse<String> refused =
        postJson("dengji", "/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(body(refused).path("message").asText())
        .isEqualTo("「初信初访」的取值无效：须为是或否（true 或 false）。");
    // the task is still there and the case not routed
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
  }

  // --- periods (statistics/Period, bulletin/BulletinController) ---

  @Test
  void monthsAndDatesOutsideSaneYearsAreRefused() throws Exception {
    HttpResponse<String> month = get("zhuren", "/api/reports/monthly?month=0000-01");
    assertThat(month.statusCode()).isEqualTo(400);
    assertThat(month.body()).contains("「月份」须在2000年到2100年之间。").doesNotContain("Exception");
    assertThat(get("zhuren", "/api/reports/monthly?month=+10000-01").statusCode()).isEqualTo(400);
    // the first month allowed still compares with the one before it
    assertThat(get("zhuren", "/api/reports/monthly?month=2000-01").statusCode()).isEqualTo(200);

    HttpResponse<String> statistics = get("ducha", "/api/statistics?from=0000-01-01&to=0000-01-31");
    assertThat(statistics.statusCode()).isEqualTo(400);
    assertThat(body(statistics).path("field").asText()).isEqualTo("from");
    assertThat(body(statistics).path("message").asText()).isEqualTo("「开始日期」须在2000年到2100年之间。");
    assertThat(body(get("ducha", "/api/statistics/units.csv?from=2100-12-01&to=2101-01-31"))
        .path("field").asText()).isEqualTo("to");
  }

  @Test
  void aBulletinCoversAtMostAYear() throws Exception {
    HttpResponse<String> tooLong = get("zhuren", "/api/bulletins?from=2025-01-01&to=2026-01-02");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(body(tooLong).path("field").asText()).isEqualTo("to");
    assertThat(body(tooLong).path("message").asText()).isEqualTo("通报期间最长366天，请缩短日期范围。");
    assertThat(get("zhuren", "/api/bulletins?from=2024-01-01&to=2024-12-31").statusCode())
        .isEqualTo(200); // 366 days of a leap year
    assertThat(body(get("zhuren", "/api/bulletins?from=2025-01-02&to=2025-01-01")).path("field").asText())
        .isEqualTo("to");
    HttpResponse<String> farOff = get("zhuren", "/api/bulletins?from=-999999999-01-01&to=-999999999-01-02");
    assertThat(farOff.statusCode()).isEqualTo(400);
    assertThat(body(farOff).path("message").asText()).isEqualTo("「起始日期」须在2000年到2100年之间。");
  }

  // --- answers that were 500s (web/ErrorAnswers, ApiExceptionHandler, EngineRestMessages) ---

  @Test
  void aCaseSentAsAnythingButJsonIsA415InChinese() throws Exception {
    try (ErrorLog log = ErrorLog.start()) {
      for (String type : new String[] {"multipart/form-data", "multipart/form-data; boundary=x",
          "text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
        HttpResponse<String> refused = send("dengji", "POST", "/api/cases", type,
            "petitionerName=x".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(type).isEqualTo(415);
        assertThat(body(refused).path("message").asText()).as(type)
            .isEqualTo("不支持该请求内容类型：请以JSON格式提交（Content-Type: application/json）。");
      }
      assertThat(log.errors()).isEmpty();
    }
  }

  @Test
  void farOffCalendarQuestionsAreA400() throws Exception {
    try (ErrorLog log = ErrorLog.start()) {
      HttpResponse<String> farOff =
          get("admin", "/api/calendar/deadline?from=-999999999-01-01&workingDays=366");
      assertThat(farOff.statusCode()).isEqualTo(400);
      assertThat(body(farOff).path("field").asText()).isEqualTo("from");
      assertThat(body(farOff).path("message").asText()).isEqualTo("「起算日期」须在2000年到2100年之间。");
      assertThat(get("admin", "/api/calendar/deadline?from=2100-12-31&workingDays=366").statusCode())
          .isEqualTo(200);
      assertThat(body(get("admin", "/api/calendar/deadline?from=2026-01-05&workingDays=367"))
          .path("field").asText()).isEqualTo("workingDays");
      assertThat(get("admin", "/api/calendar/days/+999999999-12-31").statusCode()).isEqualTo(400);
      assertThat(log.errors()).isEmpty();
    }
  }

  @Test
  void aStartRefusedByTheRegistrationIsA400WithTheBareMessage() throws Exception {
    long before = savedCases();
    Map<String, Object> variables = new LinkedHashMap<>();
    form("34132419900303555").forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("idNumber", Map.of("value", TestIdNumbers.withWrongCheckChar("34132419900303555")));
    try (ErrorLog log = ErrorLog.start()) {
      for (String action : new String[] {"start", "submit-form"}) {
        HttpResponse<String> refused = postJson("dengji",
            "/engine-rest/process-definition/key/joint-reception/" + action, Map.of("variables", variables));
        assertThat(refused.statusCode()).as(action).isEqualTo(400);
        assertThat(body(refused).path("message").asText()).as(action)
            .isEqualTo("「公民身份号码」校验位不正确，请逐位核对。");
        assertThat(body(refused).path("type").asText()).isEqualTo("InvalidInputException");
      }
      assertThat(log.errors()).isEmpty();
      assertThat(log.warningsWithStackTraces()).isEmpty();
    }
    assertThat(savedCases()).isEqualTo(before);
  }

  @Test
  void tasklistsStartFormGetsTheBareMessageToo() throws Exception {
    String definitionId = body(get("dengji", "/engine-rest/process-definition/key/joint-reception"))
        .path("id").asText();
    Map<String, Object> variables = new LinkedHashMap<>();
    form("34132419900303666").forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("phone", Map.of("value", "12345"));
    Tasklist tasklist = Tasklist.login(port, "dengji");
    HttpResponse<String> refused = tasklist.post(
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", variables)));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(body(refused).path("message").asText()).startsWith("「联系电话」格式不正确");
    // and a body that is not JSON is answered in Chinese, as JSON
    HttpResponse<String> malformed = tasklist.post(
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form", "{x");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(body(malformed).path("message").asText())
        .isEqualTo("请求内容不是有效的JSON，或字段的类型不符，请检查后重试。");
  }

  @Test
  void aTextTooLongForTheEngineIsA400InChinese() throws Exception {
    String caseNumber = register("34132419900303999");
    String task = openTask(caseNumber, "Task_ConfirmRouting");
    Map<String, Object> variables = Map.of("unitCode", typed("rsj", "String"),
        "problemCategory", typed("wage-arrears", "String"),
        "routingNote", typed("长".repeat(4001), "String"));
    // a field the form does not have is refused to staff by the domain contract before the engine
    assertThat(postJson("dengji", "/engine-rest/task/" + task + "/complete",
        Map.of("variables", variables)).statusCode()).isEqualTo(403);
    // an administrator passes the contract and meets the engine's column limit
    HttpResponse<String> refused =
        postJson("admin", "/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(body(refused).path("message").asText())
        .isEqualTo("所填文字过长：每一项最多4000个字符（表情符号等按2个字符计），请删减后重新提交。");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  void conditionEvaluationWithoutAProperBodyIsA400() throws Exception {
    try (ErrorLog log = ErrorLog.start()) {
      HttpResponse<String> empty = send("admin", "POST", "/engine-rest/condition", "application/json",
          new byte[0]);
      assertThat(empty.statusCode()).isEqualTo(400);
      assertThat(body(empty).path("message").asText()).isEqualTo("没有满足条件的条件启动事件，未启动任何流程。");
      HttpResponse<String> malformed = send("admin", "POST", "/engine-rest/condition", "application/json",
          "{\"variables\":".getBytes(StandardCharsets.UTF_8));
      assertThat(malformed.statusCode()).isEqualTo(400);
      assertThat(body(malformed).path("message").asText())
          .isEqualTo("请求内容不是有效的JSON，或字段的类型不符，请检查后重试。");
      HttpResponse<String> wrongShape = send("admin", "POST", "/engine-rest/condition",
          "application/json", "[1]".getBytes(StandardCharsets.UTF_8));
      assertThat(wrongShape.statusCode()).isEqualTo(400);
      assertThat(body(wrongShape).path("message").asText())
          .isEqualTo("请求内容不是有效的JSON，或字段的类型不符，请检查后重试。");
      HttpResponse<String> noVariables = postJson("admin", "/engine-rest/condition", Map.of());
      assertThat(noVariables.statusCode()).isEqualTo(400);
      assertThat(log.errors()).isEmpty();
    }
  }

  @Test
  void theErrorPageItselfIsA404InChinese() throws Exception {
    try (ErrorLog log = ErrorLog.start()) {
      HttpResponse<String> direct = get("admin", "/error");
      assertThat(direct.statusCode()).isEqualTo(404);
      assertThat(body(direct).path("message").asText()).isEqualTo("您访问的地址不存在。");
      assertThat(direct.body()).doesNotContain("status", "999", "None");
      HttpResponse<String> unknown = get("admin", "/api/no-such-thing");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(body(unknown).path("message").asText()).isEqualTo("您访问的地址不存在。");
      HttpResponse<String> wrongMethod = send("admin", "DELETE", "/api/statistics", null, (byte[]) null);
      assertThat(wrongMethod.statusCode()).isEqualTo(405);
      assertThat(body(wrongMethod).path("message").asText()).isEqualTo("该地址不支持此请求方式。");
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/error")).header("Accept", "text/html").build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(page.body()).contains("您访问的地址不存在。");
      assertThat(log.errors()).isEmpty();
    }
  }

  // --- headers of /api answers (web/ApiResponseHeaders) ---

  @Test
  void apiAnswersAreNotCachedSniffedOrFramed() throws Exception {
    String caseNumber = register("34132419900303777");
    for (HttpResponse<String> answer : java.util.List.of(
        get("dengji", "/api/cases/" + caseNumber),
        get("dengji", "/api/me"),
        get("zhuren", "/api/reports/monthly?month=2026-03"),
        get("zhuren", "/api/statistics/units.csv?from=2026-03-01&to=2026-03-31"),
        get("dengji", "/api/cases/JF-1999-000001"), // 404
        get(null, "/api/me"), // 401
        get("zhuren", "/api/reports/monthly?month=0000-01"))) { // 400 page
      String what = answer.request().uri() + " " + answer.statusCode();
      assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
      assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
          .hasValue("frame-ancestors 'none'");
    }
  }

  // --- no WADL (web/NoWadl) ---

  @Test
  void optionsDescribeNoApi() throws Exception {
    HttpResponse<String> options = send("admin", "OPTIONS", "/engine-rest/task", null, (byte[]) null);
    assertThat(options.headers().firstValue("Content-Type").orElse(""))
        .doesNotContain("wadl");
    assertThat(options.body()).doesNotContain("<application", "wadl");
    assertThat(options.headers().firstValue("Allow").orElse("")).contains("GET");
    HttpResponse<String> wadl = get("admin", "/engine-rest/application.wadl");
    assertThat(wadl.statusCode()).isEqualTo(404);
    assertThat(body(wadl).path("message").asText()).isEqualTo("您访问的地址不存在。");

    // the webapps' own engine API, with a Tasklist login
    Tasklist tasklist = Tasklist.login(port, "dengji");
    HttpResponse<String> webapp = tasklist.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/camunda/api/engine/engine/default/task"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(webapp.body()).doesNotContain("<application", "wadl");
    assertThat(tasklist.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/camunda/api/engine/application.wadl"))).statusCode())
        .isEqualTo(404);
  }

  @Test
  void jerseysOwnRefusalsAreChineseToo() throws Exception {
    HttpResponse<String> wrongMethod = send("admin", "DELETE", "/engine-rest/task", null, (byte[]) null);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(body(wrongMethod).path("message").asText()).isEqualTo("该地址不支持此请求方式。");
    HttpResponse<String> text = send("admin", "POST", "/engine-rest/task", "text/plain",
        "x".getBytes(StandardCharsets.UTF_8));
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(body(text).path("message").asText()).startsWith("不支持该请求内容类型");
  }

  // --- body size (web/BodySizeLimit) ---

  static final int LIMIT = 1024 * 1024;

  @Test
  void bodiesOverTheBoundAreRefusedBeforeReading() throws Exception {
    long before = savedCases();
    byte[] tooLarge = jsonOfSize(LIMIT + 1);
    for (String path : new String[] {"/api/cases", "/engine-rest/task",
        "/camunda/api/engine/engine/default/task"}) {
      HttpResponse<String> refused = send("dengji", "POST", path, "application/json", tooLarge);
      assertThat(refused.statusCode()).as(path).isEqualTo(413);
      assertThat(body(refused).path("message").asText()).as(path)
          .isEqualTo("请求内容过大：最多1 MB，本次请求未予受理。");
    }
    // before authentication: an anonymous caller does not get to send it either
    assertThat(send(null, "POST", "/api/cases", "application/json", tooLarge).statusCode())
        .isEqualTo(413);
    assertThat(savedCases()).isEqualTo(before);
  }

  @Test
  void chunkedBodiesAreCutAtTheBound() throws Exception {
    long before = savedCases();
    byte[] tooLarge = jsonOfSize(LIMIT + 1);
    HttpResponse<String> refused = sendBody("dengji", "POST", "/api/cases", "application/json",
        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge)));
    assertThat(refused.request().headers().firstValue("Content-Length")).isEmpty();
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(body(refused).path("message").asText()).isEqualTo("请求内容过大：最多1 MB，本次请求未予受理。");
    assertThat(savedCases()).isEqualTo(before);

    // a chunked body within the bound is read as usual
    byte[] form = JSON.writeValueAsBytes(form("34132419900303888"));
    HttpResponse<String> registered = sendBody("dengji", "POST", "/api/cases", "application/json",
        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)));
    assertThat(registered.statusCode()).isEqualTo(201);
  }

  /** A JSON object of exactly this many bytes. */
  static byte[] jsonOfSize(int bytes) {
    String start = "{\"matter\":\"";
    String end = "\"}";
    return (start + "x".repeat(bytes - start.length() - end.length()) + end)
        .getBytes(StandardCharsets.UTF_8);
  }

  // --- helpers ---

  private long savedCases() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case", Long.class);
  }

  static Map<String, Object> form(String idFirst17) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("petitionerName", "李四");
    form.put("idNumber", TestIdNumbers.of(idFirst17));
    form.put("phone", "0557-7012345");
    form.put("address", "泗县墩集镇新街村");
    form.put("township", "town-dunji");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "包工头拖欠工资八千元。");
    form.put("request", "要求结清工资。");
    form.put("channel", "HOTLINE");
    return form;
  }

  private String register(String idFirst17) throws Exception {
    HttpResponse<String> registered = postJson("dengji", "/api/cases", form(idFirst17));
    assertThat(registered.statusCode()).isEqualTo(201);
    return body(registered).path("caseNumber").asText();
  }

  private String openTask(String caseNumber, String definitionKey) {
    return CaseTasks.await(taskService, caseNumber, definitionKey).getId();
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  static JsonNode body(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  HttpResponse<String> postJson(String user, String path, Object body) throws Exception {
    return send(user, "POST", path, "application/json", JSON.writeValueAsBytes(body));
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return send(user, "GET", path, null, (byte[]) null);
  }

  HttpResponse<String> send(String user, String method, String path, String contentType,
      byte[] body) throws Exception {
    return sendBody(user, method, path, contentType,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
  }

  HttpResponse<String> sendBody(String user, String method, String path, String contentType,
      HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body);
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
