package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The documented REST contract, as another channel would call it. */
final class ReceptionApi {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;

  ReceptionApi(TestRestTemplate rest) {
    this.rest = rest;
  }

  ResponseEntity<Map<String, Object>> register(Map<String, Object> form) {
    return rest.exchange("/api/cases", HttpMethod.POST, json(form), OBJECT);
  }

  ResponseEntity<Map<String, Object>> findCase(String caseNumber) {
    return rest.exchange("/api/cases/" + caseNumber, HttpMethod.GET, null, OBJECT);
  }

  /** The open task of the case with that definition key, waiting for the job executor. */
  Map<String, Object> awaitTask(String caseNumber, String taskDefinitionKey) throws Exception {
    List<Map<String, Object>> tasks = awaitTasks(caseNumber, taskDefinitionKey);
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  /** All open tasks of the case with that definition key (parallel ones), waiting for them. */
  List<Map<String, Object>> awaitTasks(String caseNumber, String taskDefinitionKey)
      throws Exception {
    return Awaitility.await("task " + taskDefinitionKey + " for case " + caseNumber)
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> rest.exchange(
                "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={def}&maxResults=50",
                HttpMethod.GET, null, LIST, caseNumber, taskDefinitionKey).getBody(),
            tasks -> tasks != null && !tasks.isEmpty());
  }

  /** Completes a task through the engine REST API, typing each value explicitly. */
  ResponseEntity<Map<String, Object>> complete(String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, typed(value)));
    return rest.exchange(
        "/engine-rest/task/{id}/complete", HttpMethod.POST, json(Map.of("variables", variables)),
        OBJECT, taskId);
  }

  ResponseEntity<Map<String, Object>> submitStartForm(String processKey, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, typed(value)));
    return rest.exchange(
        "/engine-rest/process-definition/key/{key}/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables)), OBJECT, processKey);
  }

  /** A unit's own system answers the case's supervision slip (docs/api.md "REST contract"). */
  ResponseEntity<Map<String, Object>> answerSlip(String caseNumber, Map<String, Object> body) {
    return rest.exchange("/api/cases/{caseNumber}/supervision-feedback", HttpMethod.POST,
        json(body), OBJECT, caseNumber);
  }

  ResponseEntity<Map<String, Object>> bulletin(String from, String to) {
    return rest.exchange("/api/bulletins?from={from}&to={to}", HttpMethod.GET, null, OBJECT, from, to);
  }

  List<Map<String, Object>> historicInstances(String caseNumber) {
    return rest.exchange(
            "/engine-rest/history/process-instance?processInstanceBusinessKey={key}&maxResults=50",
            HttpMethod.GET, null, LIST, caseNumber)
        .getBody();
  }

  private static Map<String, Object> typed(Object value) {
    if (value instanceof Json json) {
      return Map.of("value", json.text(), "type", "Json");
    }
    String type =
        value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String";
    return Map.of("value", value, "type", type);
  }

  /** A JSON variable, as Tasklist submits a checklist. */
  record Json(String text) {}

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
