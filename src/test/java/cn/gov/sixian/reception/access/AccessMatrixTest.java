package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Users × operations with authorization checks on, over the REST APIs as the demo users: a case
 * transferred to 县人社局 (rsj) is worked by rsj's staff only; the center sees it; supervisors
 * read and change nothing; only administrators deploy.
 */
class AccessMatrixTest extends H2ApplicationTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static int caseSeq;

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  String caseNumber;
  String receptionTask;

  /** A case registered by 登记员 and transferred to 县人社局: its face-to-face reception waits. */
  @BeforeEach
  void caseAtTheRsjWindow() throws Exception {
    Map<String, Object> form = new HashMap<>();
    form.put("petitionerName", "钱七");
    form.put("idNumber", TestIdNumbers.of(String.format("341324198003%02d1%02d", 1 + caseSeq % 28, caseSeq++ % 100)));
    form.put("phone", "13955701234");
    form.put("address", "泗县草沟镇");
    form.put("township", "town-dunji");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "工资被拖欠。");
    form.put("request", "要求支付。");
    form.put("channel", "HOTLINE");
    ResponseEntity<Map<String, Object>> registered = as("dengji")
        .exchange("/api/cases", HttpMethod.POST, json(form), OBJECT);
    assertThat(registered.getStatusCode().value()).isEqualTo(201);
    caseNumber = (String) registered.getBody().get("caseNumber");
    String routing = awaitTask("dengji", "Task_ConfirmRouting");
    assertThat(complete("dengji", routing, Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears")).getStatusCode().value()).isEqualTo(204);
    receptionTask = awaitTask("rsj-staff", "Task_FaceToFaceReception");
  }

  @Test
  void onlyTheUnitGivenTheCaseListsReadsClaimsAndCompletesItsTask() {
    assertThat(tasksOfCase("rsj-staff")).containsExactly(receptionTask);
    assertThat(tasksOfCase("gaj-staff")).isEmpty();
    assertThat(tasksOfCase("jyj-staff")).isEmpty();
    assertThat(tasksOfCase("rsj-leader")).isEmpty();
    assertThat(tasksOfCase("dengji")).isEmpty();
    // the center and supervisors see every task
    assertThat(tasksOfCase("zhuren")).containsExactly(receptionTask);
    assertThat(tasksOfCase("ducha")).containsExactly(receptionTask);

    assertThat(status("rsj-staff", HttpMethod.GET, "/engine-rest/task/" + receptionTask)).isEqualTo(200);
    assertThat(status("gaj-staff", HttpMethod.GET, "/engine-rest/task/" + receptionTask)).isIn(403, 404);
    assertThat(status("gaj-staff", HttpMethod.GET,
        "/engine-rest/task/" + receptionTask + "/form-variables")).isIn(403, 404);

    assertThat(claim("gaj-staff")).isEqualTo(403);
    assertThat(claim("ducha")).isEqualTo(403);
    assertThat(claim("dengji")).isEqualTo(403);
    assertThat(complete("gaj-staff", receptionTask, reception()).getStatusCode().value()).isEqualTo(403);
    assertThat(complete("ducha", receptionTask, reception()).getStatusCode().value()).isEqualTo(403);

    assertThat(status("rsj-staff", HttpMethod.GET,
        "/engine-rest/task/" + receptionTask + "/form-variables")).isEqualTo(200);
    assertThat(claim("rsj-staff")).isEqualTo(204);
    assertThat(complete("rsj-staff", receptionTask, reception()).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void onlyRegistrationStaffStartCases() {
    Map<String, Object> startBody = Map.of("businessKey", "X");
    for (String user : List.of("rsj-staff", "ducha", "xianling", "lvshi")) {
      assertThat(as(user).exchange("/api/cases", HttpMethod.POST, json(Map.of()), OBJECT)
          .getStatusCode().value()).as(user).isIn(400, 403);
      assertThat(as(user).exchange("/engine-rest/process-definition/key/joint-reception/start",
          HttpMethod.POST, json(startBody), OBJECT).getStatusCode().value()).as(user).isEqualTo(403);
    }
    ResponseEntity<Map<String, Object>> byUnit = as("rsj-staff").exchange("/api/cases",
        HttpMethod.POST, json(Map.of("petitionerName", "x")), OBJECT);
    assertThat(byUnit.getStatusCode().value()).isIn(400, 403);
  }

  @Test
  void onlyAdministratorsDeploy() {
    for (String user : List.of("zhuren", "ducha", "dengji", "rsj-staff")) {
      assertThat(deploy(user, "demo").getStatusCode().value()).as(user).isEqualTo(403);
    }
    ResponseEntity<Map<String, Object>> byAdmin = deploy("admin", "demo");
    assertThat(byAdmin.getStatusCode().value()).isEqualTo(200);
    assertThat(status("admin", HttpMethod.DELETE,
        "/engine-rest/deployment/" + byAdmin.getBody().get("id"))).isEqualTo(204);
  }

  @Test
  void cockpitReadsFollowTheCase() {
    for (String user : List.of("rsj-staff", "rsj-leader", "zhuren", "fuzhuren", "ducha")) {
      assertThat(instancesOfCase(user, "/engine-rest/process-instance?businessKey={key}&maxResults=50"))
          .as(user).hasSize(1);
      assertThat(instancesOfCase(user,
          "/engine-rest/history/process-instance?processInstanceBusinessKey={key}&maxResults=50"))
          .as(user).hasSize(1);
    }
    for (String user : List.of("gaj-staff", "gaj-leader", "jyj-staff", "lvshi", "xianling")) {
      assertThat(instancesOfCase(user, "/engine-rest/process-instance?businessKey={key}&maxResults=50"))
          .as(user).isEmpty();
      assertThat(instancesOfCase(user,
          "/engine-rest/history/process-instance?processInstanceBusinessKey={key}&maxResults=50"))
          .as(user).isEmpty();
    }
    String instance = (String) instancesOfCase("zhuren",
        "/engine-rest/process-instance?businessKey={key}&maxResults=50").get(0).get("id");
    // supervisors read, never change
    assertThat(status("ducha", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance))
        .isEqualTo(403);
    assertThat(as("ducha").exchange("/engine-rest/process-instance/" + instance + "/variables/x",
        HttpMethod.PUT, json(Map.of("value", "y", "type", "String")), OBJECT)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(as("ducha").exchange("/engine-rest/process-instance/" + instance + "/suspended",
        HttpMethod.PUT, json(Map.of("suspended", true)), OBJECT)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(status("ducha", HttpMethod.GET, "/engine-rest/decision-definition?maxResults=50")).isEqualTo(200);
    assertThat(status("ducha", HttpMethod.GET, "/engine-rest/user?maxResults=50")).isEqualTo(200);
    assertThat(as("ducha").exchange("/engine-rest/user/create", HttpMethod.POST, json(Map.of(
            "profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x"))), OBJECT)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(as("zhuren").exchange("/engine-rest/authorization/create", HttpMethod.POST,
        json(Map.of("type", 1, "permissions", List.of("ALL"), "userId", "zhuren",
            "resourceType", 0, "resourceId", "*")), OBJECT).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void theProjectApiShowsACaseToThoseWhoMaySeeIt() {
    for (String user : List.of("dengji", "rsj-staff", "zhuren", "ducha")) {
      ResponseEntity<Map<String, Object>> found = as(user)
          .exchange("/api/cases/{n}", HttpMethod.GET, null, OBJECT, caseNumber);
      assertThat(found.getStatusCode().value()).as(user).isEqualTo(200);
      assertThat((List<?>) found.getBody().get("openTasks")).as(user).hasSize(1);
    }
    for (String user : List.of("gaj-staff", "jyj-staff", "lvshi")) {
      ResponseEntity<Map<String, Object>> refused = as(user)
          .exchange("/api/cases/{n}", HttpMethod.GET, null, OBJECT, caseNumber);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat((String) refused.getBody().get("message")).contains("无权查看");
    }
  }

  @Test
  void theBulletinIsForTheCenterAndSupervisors() {
    String path = "/api/bulletins?from=2026-01-01&to=2026-12-31";
    assertThat(status("ducha", HttpMethod.GET, path)).isEqualTo(200);
    assertThat(status("zhuren", HttpMethod.GET, path)).isEqualTo(200);
    assertThat(status("rsj-staff", HttpMethod.GET, path)).isEqualTo(403);
    assertThat(status("xianling", HttpMethod.GET, path)).isEqualTo(403);
  }

  @Test
  void nothingButHealthAnswersWithoutCredentials() {
    TestRestTemplate anonymous = rest;
    for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition",
        "/engine-rest/deployment", "/engine-rest/user", "/engine-rest/history/process-instance",
        "/api/cases/" + caseNumber, "/api/bulletins?from=2026-01-01&to=2026-01-02",
        "/api/calendar/years", "/api/me")) {
      ResponseEntity<String> refused = anonymous.getForEntity(path, String.class);
      assertThat(refused.getStatusCode().value()).as(path).isEqualTo(401);
    }
    ResponseEntity<String> api = anonymous.getForEntity("/api/calendar/years", String.class);
    assertThat(api.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(api.getBody()).contains("请先登录");
    assertThat(anonymous.exchange("/api/cases", HttpMethod.POST, json(Map.of()), String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(anonymous.getForEntity("/actuator/health/calendar", String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void queriesOfALoggedInUserAreLimitedInSize() {
    assertThat(status("zhuren", HttpMethod.GET, "/engine-rest/task")).isEqualTo(400);
    assertThat(status("zhuren", HttpMethod.GET, "/engine-rest/task?maxResults=1001")).isEqualTo(400);
    assertThat(status("zhuren", HttpMethod.GET, "/engine-rest/task?maxResults=1000")).isEqualTo(200);
  }

  @Test
  void cockpitsNaturallySmallQueriesMayGoUnpagedOthersNot() {
    // the versions of one key (Cockpit's definition pages) and one definition's job definitions
    // (Cockpit asks for 2000); without the key, or for all job definitions, the limit holds
    assertThat(status("ducha", HttpMethod.GET, "/engine-rest/process-definition?key=joint-reception"
        + "&sortBy=version&sortOrder=desc")).isEqualTo(200);
    assertThat(status("ducha", HttpMethod.GET, "/engine-rest/decision-definition?key=petition-routing"))
        .isEqualTo(200);
    assertThat(status("ducha", HttpMethod.GET, "/engine-rest/process-definition")).isEqualTo(400);
    assertThat(status("ducha", HttpMethod.GET, "/engine-rest/decision-definition")).isEqualTo(400);
    String definition = (String) as("ducha").exchange(
        "/engine-rest/process-definition?key=joint-reception&latestVersion=true&maxResults=1",
        HttpMethod.GET, null, LIST).getBody().get(0).get("id");
    assertThat(status("admin", HttpMethod.GET,
        "/engine-rest/job-definition?processDefinitionId=" + definition + "&maxResults=2000")).isEqualTo(200);
    assertThat(status("admin", HttpMethod.GET, "/engine-rest/job-definition?maxResults=2000")).isEqualTo(400);
  }

  @Test
  void theCentersReadersCountOpenTasksPerGroupUnitsDoNot() {
    // Cockpit's 人工任务; units do not read every task, and Cockpit does not offer it to them
    for (String reader : List.of("zhuren", "fuzhuren", "ducha")) {
      assertThat(status(reader, HttpMethod.GET, "/engine-rest/task/report/candidate-group-count"))
          .as(reader).isEqualTo(200);
    }
    assertThat(status("rsj-staff", HttpMethod.GET, "/engine-rest/task/report/candidate-group-count"))
        .isEqualTo(403);
  }

  // ---- helpers -------------------------------------------------------------------------------

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  int status(String user, HttpMethod method, String path) {
    return as(user).exchange(path, method, null, String.class).getStatusCode().value();
  }

  List<String> tasksOfCase(String user) {
    return as(user).exchange("/engine-rest/task?processInstanceBusinessKey={key}&maxResults=50",
            HttpMethod.GET, null, LIST, caseNumber)
        .getBody().stream().map(t -> (String) t.get("id")).toList();
  }

  List<Map<String, Object>> instancesOfCase(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, LIST, caseNumber).getBody();
  }

  String awaitTask(String user, String definitionKey) {
    return (String) Awaitility.await(user + " sees task " + definitionKey + " of " + caseNumber)
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> as(user).exchange(
            "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}&maxResults=50",
            HttpMethod.GET, null, LIST, caseNumber, definitionKey).getBody(),
            tasks -> tasks != null && !tasks.isEmpty())
        .get(0).get("id");
  }

  int claim(String user) {
    return as(user).exchange("/engine-rest/task/{id}/claim", HttpMethod.POST,
        json(Map.of("userId", user)), String.class, receptionTask).getStatusCode().value();
  }

  ResponseEntity<Map<String, Object>> complete(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : "String")));
    return as(user).exchange("/engine-rest/task/{id}/complete", HttpMethod.POST,
        json(Map.of("variables", variables)), OBJECT, taskId);
  }

  static Map<String, Object> reception() {
    return Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "已当面接谈。");
  }

  ResponseEntity<Map<String, Object>> deploy(String user, String password) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "access-test");
    parts.add("note.txt", new ByteArrayResource("x".getBytes()) {
      @Override
      public String getFilename() {
        return "note.txt";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, password).exchange("/engine-rest/deployment/create",
        HttpMethod.POST, new HttpEntity<>(parts, headers), OBJECT);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
