package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/cases} (信访件查询) and the access log over HTTP, as the users whose role it is:
 * a case routed to 县人社局 is found by rsj and not by gaj, the center finds it by ID number and
 * phone, closed cases are found, pages count, bad parameters are refused naming the parameter,
 * no answer holds a full ID number or phone, and every search and opening is in the access log,
 * which only administrators read. Run on H2 and on PostgreSQL with the production profile (see
 * the subclasses); the users are created here with passwords that meet the production policy.
 */
abstract class CaseSearchScenario {

  static final String PASSWORD = "Case#Search-2026";
  static final String REGISTRAR = "cs-dengji";
  static final String RSJ = "cs-rsj";
  static final String GAJ = "cs-gaj";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HAN = "甲乙丙丁戊己庚辛壬癸";

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired CaseRegister register;
  @Autowired CaseReaders readers;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  /** A petitioner name no other test uses, so every count below is exact. */
  String name;
  String idNumber;
  String phone;
  String caseNumber;

  abstract String adminUser();

  abstract String adminPassword();

  @BeforeEach
  void usersAndACaseAtTheRsjWindow() throws Exception {
    identityService.clearAuthentication();
    user(REGISTRAR, "registration-staff");
    user(RSJ, "unit-rsj");
    user(GAJ, "unit-gaj");
    name = "查询" + token(6);
    idNumber = TestIdNumbers.of(String.format("3413241978%02d%02d%03d",
        1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28),
        ThreadLocalRandom.current().nextInt(1000)));
    phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    caseNumber = register(name, idNumber, phone);
    routeTo(caseNumber, "rsj");
  }

  @AfterEach
  void removeUsers() {
    identityService.clearAuthentication();
    // the production profile's tests count its users
    for (String user : List.of(REGISTRAR, RSJ, GAJ)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void theUnitFindsItsCaseByPartOfTheNameAndAnotherUnitDoesNot() throws Exception {
    String part = name.substring(2, 6);
    Map<String, Object> rsj = ok(basic(RSJ), "/api/cases?name=" + enc(part));
    assertThat(rsj.get("total")).isEqualTo(1);
    Map<String, Object> hit = cases(rsj).get(0);
    assertThat(hit).containsEntry("caseNumber", caseNumber)
        .containsEntry("petitionerName", name)
        .containsEntry("idNumberMasked", idNumber.substring(0, 3) + "*".repeat(11)
            + idNumber.substring(14))
        .containsEntry("phoneMasked", phone.substring(0, 3) + "****" + phone.substring(7))
        .containsEntry("categoryCode", "wage-arrears").containsEntry("categoryName", "拖欠农民工工资")
        .containsEntry("unitCode", "rsj").containsEntry("unitName", "县人社局")
        .containsEntry("townshipCode", "town-dazhuang").containsEntry("townshipName", "大庄镇")
        .containsEntry("status", "OPEN").containsEntry("statusName", "办理中")
        .containsEntry("overdue", false).containsEntry("closedAt", null)
        .containsEntry("href", "/api/cases/" + caseNumber)
        .containsKeys("registeredAt", "stage", "stageName", "currentDue");
    assertThat(hit.get("stage")).isEqualTo("Task_FaceToFaceReception");

    // 县公安局 was never given the case: the same answer, empty
    Map<String, Object> gaj = ok(basic(GAJ), "/api/cases?name=" + enc(part));
    assertThat(gaj).containsEntry("total", 0).containsEntry("page", 0).containsEntry("size", 20)
        .containsEntry("sort", "registered");
    assertThat(cases(gaj)).isEmpty();
    assertThat(gaj.keySet()).isEqualTo(rsj.keySet());
    assertThat(cases(ok(basic(GAJ), "/api/cases?idNumber=" + idNumber))).isEmpty();
    assertThat(cases(ok(basic(GAJ), "/api/cases?caseNumber=" + caseNumber))).isEmpty();
    assertThat(cases(ok(basic(GAJ), "/api/cases?state=open&size=100")))
        .noneSatisfy(c -> assertThat(c.get("caseNumber")).isEqualTo(caseNumber));
    // and cannot open it either
    assertThat(basic(GAJ).get("/api/cases/" + caseNumber).statusCode()).isEqualTo(403);
    // the unit's list of open cases has it
    assertThat(cases(ok(basic(RSJ), "/api/cases?state=open&sort=due&size=100")))
        .anySatisfy(c -> assertThat(c.get("caseNumber")).isEqualTo(caseNumber));
  }

  @Test
  void theCenterFindsTheCaseByIdNumberAndPhoneAndNoAnswerHoldsTheFullNumbers() throws Exception {
    ApiClient registrar = basic(REGISTRAR);
    HttpResponse<String> byId = registrar.get("/api/cases?idNumber=" + idNumber.toLowerCase());
    assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
    assertThat(cases(read(byId))).extracting(c -> c.get("caseNumber")).containsExactly(caseNumber);
    HttpResponse<String> byPhone = registrar.get("/api/cases?phone=" + phone);
    assertThat(cases(read(byPhone))).extracting(c -> c.get("caseNumber")).containsExactly(caseNumber);
    HttpResponse<String> byNumber = registrar.get("/api/cases?caseNumber=" + caseNumber);
    assertThat(cases(read(byNumber))).hasSize(1);
    HttpResponse<String> opened = registrar.get("/api/cases/" + caseNumber);
    assertThat(opened.statusCode()).isEqualTo(200);
    HttpResponse<String> unit = basic(RSJ).get("/api/cases?name=" + enc(name));
    for (HttpResponse<String> answer : List.of(byId, byPhone, byNumber, opened, unit)) {
      assertThat(answer.body()).doesNotContain(idNumber, idNumber.substring(3, 14), phone,
          phone.substring(3, 7), "泗县大庄镇");
    }
    // the whole number only: a part of it is refused, not searched
    assertRefused(registrar, "/api/cases?idNumber=" + idNumber.substring(0, 17), "idNumber");
    assertRefused(registrar, "/api/cases?phone=" + phone.substring(0, 7), "phone");
  }

  @Test
  void closedCasesAreFoundAndPagesCount() throws Exception {
    String second = register(name, TestIdNumbers.of("34132419800101" + String.format("%03d",
        ThreadLocalRandom.current().nextInt(1000))), phone);
    String third = register(name, idNumber, phone);
    routeTo(third, "rsj");
    // the search reads the register; closing a case through all its steps is the lifecycle
    // tests' subject, here the register is told the case was closed
    register.close(third, "REPLIED", "SATISFIED", Instant.now());
    ApiClient registrar = basic(REGISTRAR);

    Map<String, Object> closed = ok(registrar, "/api/cases?name=" + enc(name) + "&state=closed");
    assertThat(cases(closed)).extracting(c -> c.get("caseNumber")).containsExactly(third);
    assertThat(cases(closed).get(0)).containsEntry("status", "CLOSED")
        .containsEntry("statusName", "已结案归档");
    assertThat(cases(closed).get(0).get("closedAt")).isNotNull();
    assertThat(cases(ok(registrar, "/api/cases?name=" + enc(name) + "&state=open")))
        .extracting(c -> c.get("caseNumber")).containsExactlyInAnyOrder(caseNumber, second);
    // the unit had the closed case: it finds it; the second never reached it
    assertThat(cases(ok(basic(RSJ), "/api/cases?name=" + enc(name))))
        .extracting(c -> c.get("caseNumber")).containsExactlyInAnyOrder(caseNumber, third);

    // three cases of this name, newest first, two per page
    Map<String, Object> first = ok(registrar, "/api/cases?name=" + enc(name) + "&size=2");
    assertThat(first).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 2);
    assertThat(cases(first)).extracting(c -> c.get("caseNumber")).containsExactly(third, second);
    Map<String, Object> next = ok(registrar, "/api/cases?name=" + enc(name) + "&size=2&page=1");
    assertThat(next).containsEntry("total", 3);
    assertThat(cases(next)).extracting(c -> c.get("caseNumber")).containsExactly(caseNumber);
    Map<String, Object> past = ok(registrar, "/api/cases?name=" + enc(name) + "&size=2&page=7");
    assertThat(past).containsEntry("total", 3);
    assertThat(cases(past)).isEmpty();
    // by the deadline: the cases at the window (acceptance limit running) first, the one still
    // at the routing confirmation (no limit yet) last
    assertThat(cases(ok(registrar, "/api/cases?name=" + enc(name) + "&sort=due")))
        .extracting(c -> c.get("caseNumber")).last().isEqualTo(second);
    // a registration period holds them
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    assertThat(ok(registrar, "/api/cases?name=" + enc(name) + "&from=" + today + "&to=" + today))
        .containsEntry("total", 3);
    assertThat(ok(registrar, "/api/cases?name=" + enc(name) + "&from=2020-01-01&to=2020-12-31"))
        .containsEntry("total", 0);
  }

  @Test
  void badParametersAreRefusedNamingTheParameter() throws Exception {
    ApiClient registrar = basic(REGISTRAR);
    assertRefused(registrar, "/api/cases?name=" + enc("张"), "name");
    assertRefused(registrar, "/api/cases?name=" + enc("张".repeat(51)), "name");
    assertRefused(registrar, "/api/cases?idNumber=12345", "idNumber");
    assertRefused(registrar, "/api/cases?idNumber="
        + TestIdNumbers.withWrongCheckChar(idNumber.substring(0, 17)), "idNumber");
    assertRefused(registrar, "/api/cases?phone=abc", "phone");
    assertRefused(registrar, "/api/cases?from=2026-01-01", "to");
    assertRefused(registrar, "/api/cases?to=2026-01-01", "from");
    assertRefused(registrar, "/api/cases?from=2026-03-01&to=2026-01-01", "from");
    assertRefused(registrar, "/api/cases?from=2025-01-01&to=2026-01-02", "to");
    assertRefused(registrar, "/api/cases?from=2026-13-01&to=2026-12-31", "from");
    assertRefused(registrar, "/api/cases?state=open&size=101", "size");
    assertRefused(registrar, "/api/cases?state=open&size=0", "size");
    assertRefused(registrar, "/api/cases?state=open&page=-1", "page");
    assertRefused(registrar, "/api/cases?state=open&page=100000", "page");
    assertRefused(registrar, "/api/cases?state=pending", "state");
    assertRefused(registrar, "/api/cases?state=open&sort=name", "sort");
    assertRefused(registrar, "/api/cases?state=open&category=none", "category");
    assertRefused(registrar, "/api/cases?state=open&unit=none", "unit");
    assertRefused(registrar, "/api/cases?state=open&township=rsj", "township");
    assertRefused(registrar, "/api/cases?state=open&stage=" + enc("x y"), "stage");
    assertRefused(registrar, "/api/cases?nmae=" + enc("张三"), "nmae");
    assertRefused(registrar, "/api/cases?name=" + enc("张三") + "&name=" + enc("李四"), "name");
    assertRefused(registrar, "/api/cases?name=" + enc("张三") + "&purpose=" + "x".repeat(201),
        "purpose");
    // too broad: nothing, or only filters that span every year
    for (String broad : List.of("/api/cases", "/api/cases?state=closed",
        "/api/cases?category=wage-arrears&unit=rsj&township=town-dazhuang", "/api/cases?size=5")) {
      HttpResponse<String> answer = registrar.get(broad);
      assertThat(answer.statusCode()).as(broad).isEqualTo(400);
      assertThat(answer.body()).as(broad).contains("查询条件过宽", "name", "from");
    }
    // the same rule for a unit
    assertThat(basic(RSJ).get("/api/cases").statusCode()).isEqualTo(400);
    // a refused search shows nothing and is not a search: nothing logged for it
  }

  @Test
  void theAccessLogRecordsSearchesAndOpeningsAndOnlyAdministratorsReadIt() throws Exception {
    ApiClient registrar = basic(REGISTRAR);
    ok(registrar, "/api/cases?idNumber=" + idNumber + "&phone=" + phone + "&purpose="
        + enc("核查重复访"));
    HttpResponse<String> opened = registrar.get("/api/cases/" + caseNumber + "?purpose="
        + enc("答复来电查询"));
    assertThat(opened.statusCode()).isEqualTo(200);
    ok(basic(RSJ), "/api/cases?name=" + enc(name));

    ApiClient admin = ApiClient.basic(port, adminUser(), adminPassword());
    HttpResponse<String> log = admin.get("/api/access-log?user=" + REGISTRAR + "&caseNumber="
        + caseNumber);
    assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
    assertThat(log.body()).doesNotContain(idNumber, phone);
    List<Map<String, Object>> entries = entries(read(log));
    assertThat(entries).hasSize(2);
    // newest first: the opening, then the search
    assertThat(entries.get(0)).containsEntry("userId", REGISTRAR)
        .containsEntry("endpoint", "GET /api/cases/{caseNumber}")
        .containsEntry("purpose", "答复来电查询").containsEntry("resultCount", null)
        .containsEntry("caseNumbers", List.of(caseNumber));
    assertThat(entries.get(0).get("accessedAt")).isNotNull();
    assertThat(entries.get(1)).containsEntry("endpoint", "GET /api/cases")
        .containsEntry("purpose", "核查重复访").containsEntry("resultCount", 1)
        .containsEntry("caseNumbers", List.of(caseNumber));
    assertThat((String) entries.get(1).get("criteria"))
        .contains("idNumber=" + idNumber.substring(0, 3) + "***********" + idNumber.substring(14))
        .contains("phone=" + phone.substring(0, 3) + "****" + phone.substring(7));
    // the unit's search, by case number
    List<Map<String, Object>> rsj = entries(read(admin.get("/api/access-log?user=" + RSJ
        + "&caseNumber=" + caseNumber)));
    assertThat(rsj).hasSize(1);
    assertThat(rsj.get(0)).containsEntry("criteria", "name=" + name + "; sort=registered; page=0; size=20")
        .containsEntry("resultCount", 1);
    // a period with nothing in it; bad parameters
    assertThat(read(admin.get("/api/access-log?from=2020-01-01&to=2020-01-31&user=" + REGISTRAR)))
        .containsEntry("total", 0);
    assertRefused(admin, "/api/access-log?from=2020-01-01&to=2026-01-31", "to");
    assertRefused(admin, "/api/access-log?from=yesterday", "from");

    // nobody else reads it
    for (String user : List.of(REGISTRAR, RSJ)) {
      HttpResponse<String> refused = basic(user).get("/api/access-log");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("仅限系统管理员");
    }
    assertThat(ApiClient.anonymous(port).get("/api/access-log").statusCode()).isEqualTo(401);
  }

  @Test
  void casesGrantedBeforeTheReadersTableGetTheirReadersAtStart() throws Exception {
    assertThat(readerGroups()).containsExactlyInAnyOrder("unit-rsj", "unit-rsj-leaders");
    // as in a database of the previous version: the engine's grants only
    jdbc.update("DELETE FROM case_reader WHERE case_number = ?", caseNumber);
    assertThat(cases(ok(basic(RSJ), "/api/cases?name=" + enc(name)))).isEmpty();
    readers.copyFromGrants();
    readers.copyFromGrants();
    assertThat(readerGroups()).containsExactlyInAnyOrder("unit-rsj", "unit-rsj-leaders");
    assertThat(cases(ok(basic(RSJ), "/api/cases?name=" + enc(name)))).hasSize(1);
  }

  // ---- helpers ----

  private List<String> readerGroups() {
    return jdbc.queryForList("SELECT group_id FROM case_reader WHERE case_number = ?",
        String.class, caseNumber);
  }


  private String register(String petitioner, String id, String mobile) throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("petitionerName", petitioner);
    form.put("idNumber", id);
    form.put("phone", mobile);
    form.put("address", "泗县大庄镇");
    form.put("township", "town-dazhuang");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "工资被拖欠三个月。");
    form.put("request", "要求支付。");
    HttpResponse<String> registered = basic(REGISTRAR).postJson("/api/cases",
        JSON.writeValueAsString(form));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return (String) read(registered).get("caseNumber");
  }

  /** The registrar confirms the unit; the unit's window task gives it the case. */
  private void routeTo(String number, String unit) throws Exception {
    String routing = awaitTask(number, "Task_ConfirmRouting");
    HttpResponse<String> done = basic(REGISTRAR).postJson("/engine-rest/task/" + routing
        + "/complete", "{\"variables\":{\"unitCode\":{\"value\":\"" + unit + "\"},"
        + "\"problemCategory\":{\"value\":\"wage-arrears\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    awaitTask(number, "Task_FaceToFaceReception");
  }

  private String awaitTask(String number, String definitionKey) {
    await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(definitionKey).count() == 1);
    return taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(definitionKey).singleResult().getId();
  }

  private void assertRefused(ApiClient client, String path, String field) throws Exception {
    HttpResponse<String> answer = client.get(path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
    Map<String, Object> error = read(answer);
    assertThat(error).as(path).containsEntry("field", field);
    assertThat((String) error.get("message")).as(path).containsPattern("\\p{IsHan}");
  }

  private Map<String, Object> ok(ApiClient client, String path) throws Exception {
    HttpResponse<String> answer = client.get(path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    assertThat(answer.body()).as(path).doesNotContain(idNumber, phone);
    return read(answer);
  }

  private void user(String id, String group) {
    TestUsers.ensure(identityService, id, group, PASSWORD);
  }

  private ApiClient basic(String user) {
    return ApiClient.basic(port, user, PASSWORD);
  }

  private static String token(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(HAN.charAt(ThreadLocalRandom.current().nextInt(HAN.length())));
    }
    return s.toString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cases(Map<String, Object> page) {
    return new ArrayList<>((List<Map<String, Object>>) page.get("cases"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("entries");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(HttpResponse<String> response) throws Exception {
    return JSON.readValue(response.body(), LinkedHashMap.class);
  }
}
