package cn.gov.sixian.reception.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestTemplate;

/**
 * Drives full cases through a running application's REST API as the demo staff of the default
 * run: registration by {@code dengji}, the work of 县人社局 by {@code rsj-staff} (password
 * {@code demo}). Thread-safe: each call builds its own request.
 */
final class DemoCaseDriver {

  private static final String CLERK = "dengji";
  private static final String UNIT_USER = "rsj-staff";
  private static final String PASSWORD = "demo";
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  private final String base;
  private final RestTemplate rest = new RestTemplate();
  private final AtomicInteger counter = new AtomicInteger();

  DemoCaseDriver(String base) {
    this.base = base;
  }

  /** Registration to 满意度评价: 6 user tasks, as the window and the unit do them. */
  void closedCase() throws InterruptedException {
    String caseNumber = register();
    complete(CLERK, await(CLERK, caseNumber, "Task_ConfirmRouting"), Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "firstVisit", true, "leaderReception", false));
    complete(UNIT_USER, await(UNIT_USER, caseNumber, "Task_FaceToFaceReception"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实用工关系。"));
    complete(UNIT_USER, await(UNIT_USER, caseNumber, "Task_DecideAcceptance"),
        Map.of("acceptanceDecision", "ACCEPT"));
    complete(UNIT_USER, await(UNIT_USER, caseNumber, "Task_HandleCase"),
        Map.of("handlingAction", "REPLY", "replyOpinion", "经核实，已责令用工单位于五日内支付。",
            "establishedFacts", "用工单位拖欠工资属实。", "replyBasis", "《保障农民工工资支付条例》。"));
    complete(CLERK, await(CLERK, caseNumber, "Task_ConfirmFeedback"),
        Map.of("feedbackAccepted", true));
    complete(CLERK, await(CLERK, caseNumber, "Task_RecordSatisfaction"),
        Map.of("satisfaction", "SATISFIED"));
  }

  private String register() {
    int n = counter.incrementAndGet();
    Map<String, Object> form = BenchmarkCases.hotlineForm(n);
    Map<String, Object> registered = rest.exchange(base + "/api/cases", HttpMethod.POST,
        json(CLERK, form), OBJECT).getBody();
    return (String) registered.get("caseNumber");
  }

  private String await(String user, String caseNumber, String taskKey)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      List<Map<String, Object>> tasks = rest.exchange(base + "/engine-rest/task"
              + "?processInstanceBusinessKey={key}&taskDefinitionKey={def}&maxResults=50",
          HttpMethod.GET, new HttpEntity<>(headers(user)), LIST, caseNumber, taskKey).getBody();
      if (tasks != null && !tasks.isEmpty()) {
        return (String) tasks.get(0).get("id");
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No task " + taskKey + " for case " + caseNumber);
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    rest.exchange(base + "/engine-rest/task/{id}/complete", HttpMethod.POST,
        json(user, BenchmarkCases.restVariables(values)), OBJECT, taskId);
  }

  private static HttpEntity<Object> json(String user, Object body) {
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    return headers;
  }
}
