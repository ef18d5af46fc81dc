package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The essentials of access control once more on PostgreSQL with the production profile: no
 * anonymous REST, a unit's user sees no other unit's work, the guards hold, and passwords must
 * meet the policy. A unit user is created for the test and removed after it.
 */
class PostgresAccessTest extends PostgresApplicationTest {

  static final String UNIT_USER = "pg-gaj";
  static final String UNIT_PASSWORD = "Window#Gaj-2026";

  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void unitUser() {
    User user = identityService.newUser(UNIT_USER);
    user.setFirstName("测试");
    user.setLastName("窗口");
    user.setPassword(UNIT_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(UNIT_USER, "unit-gaj");
  }

  @AfterEach
  void removeUnitUser() {
    identityService.deleteUser(UNIT_USER);
  }

  @Test
  void restNeedsCredentialsAndAUnitSeesOnlyItsOwnTasks() throws Exception {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(rest.getForEntity("/api/calendar/years", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value())
        .isEqualTo(200);

    ReceptionApi admin = new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
    Map<String, Object> form = CaseLifecycleScenario.hotlineForm("34132419720808444");
    String caseNumber = (String) admin.register(form).getBody().get("caseNumber");
    admin.awaitTask(caseNumber, "Task_ConfirmRouting");

    TestRestTemplate unit = rest.withBasicAuth(UNIT_USER, UNIT_PASSWORD);
    assertThat(unit.exchange("/engine-rest/task?processInstanceBusinessKey={key}&maxResults=50", HttpMethod.GET,
        null, List.class, caseNumber).getBody()).isEmpty();
    assertThat(unit.exchange("/api/cases/{n}", HttpMethod.GET, null, String.class, caseNumber)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(unit.exchange("/engine-rest/process-definition/key/joint-reception/start",
        HttpMethod.POST, json("{}"), String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(unit.exchange("/engine-rest/task", HttpMethod.POST,
        json("{\"orQueries\":[{\"assigneeExpression\":\"${'x'}\"}]}"), String.class)
        .getStatusCode().value()).isEqualTo(400);
    assertThat(rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
        json("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder#2026x\"}}"),
        String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void weakPasswordsAreRefused() {
    User weak = identityService.newUser("pg-weak");
    weak.setPassword("demo");
    assertThatThrownBy(() -> identityService.saveUser(weak))
        .isInstanceOf(ProcessEngineException.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
