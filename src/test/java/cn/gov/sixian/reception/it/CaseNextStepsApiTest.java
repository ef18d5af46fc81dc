package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/cases/{n}/next-steps}, what Tasklist's notice shows after registration and
 * after 分类确认: the next step and who does it, then the responsible unit; for readers only.
 */
class CaseNextStepsApiTest extends H2ApplicationTest {

  @Autowired TestRestTemplate rest;

  @Test
  void afterRegistrationTheRoomConfirmsThenTheUnitReceives() throws Exception {
    ReceptionApi center = new ReceptionApi(rest.withBasicAuth("dengji", "demo"));
    String caseNumber = (String) center.register(CaseLifecycleScenario.hotlineForm("34132419790909111"))
        .getBody().get("caseNumber");

    Map<String, Object> registered = nextSteps("dengji", caseNumber).getBody();
    assertThat(registered).containsEntry("caseNumber", caseNumber).containsEntry("unitName", null);
    assertThat(steps(registered)).singleElement().satisfies(step -> {
      assertThat(step).containsEntry("name", "分类确认").containsEntry("taskDefinitionKey", "Task_ConfirmRouting");
      assertThat(step.get("doneBy")).isEqualTo(List.of("登记员"));
    });

    center.complete((String) center.awaitTask(caseNumber, "Task_ConfirmRouting").get("id"),
        Map.of("unitCode", "rsj", "problemCategory", "wage-arrears"));
    new ReceptionApi(rest.withBasicAuth("rsj-staff", "demo")).awaitTask(caseNumber, "Task_FaceToFaceReception");
    Map<String, Object> routed = nextSteps("dengji", caseNumber).getBody();
    assertThat(routed).containsEntry("unitName", "县人社局");
    assertThat(steps(routed)).extracting(s -> s.get("name"), s -> s.get("doneBy"))
        .contains(org.assertj.core.groups.Tuple.tuple("当面接谈", List.of("县人社局联合接访窗口")));

    assertThat(nextSteps("gaj-staff", caseNumber).getStatusCode().value()).isEqualTo(403);
    assertThat(nextSteps("dengji", "JF-2099-999999").getStatusCode().value()).isEqualTo(404);
  }

  private ResponseEntity<Map> nextSteps(String user, String caseNumber) {
    return rest.withBasicAuth(user, "demo").getForEntity("/api/cases/{n}/next-steps", Map.class, caseNumber);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("steps");
  }
}
