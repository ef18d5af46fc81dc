package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Engine answers staff meet when the case moved on without them, in Chinese and without the
 * engine's text: a task a colleague completed while it was open (Tasklist reloading it, and
 * submitting it), and the message {@code SupervisionFeedback} when no slip waits for it.
 */
class EngineAnswersInChineseTest extends H2ApplicationTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void aTaskCompletedByAColleagueIsGoneInChineseForTasklistAndRest() throws Exception {
    String caseNumber = runtimeService.startProcessInstanceByKey("joint-reception", Map.of(
            "petitionerName", "吕八", "idNumber", TestIdNumbers.of("34132419780808123"),
            "phone", "13855708888", "address", "泗县草沟镇", "visitorCount", 1,
            "problemCategory", "transport", "matter", "桥面破损。", "request", "请求修复。"))
        .getBusinessKey();
    Task routing = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ConfirmRouting").singleResult();
    Tasklist tasklist = Tasklist.login(port, "dengji");
    String task = "/camunda/api/engine/engine/default/task/" + routing.getId();
    assertThat(tasklist.send(HttpRequest.newBuilder(URI.create(base() + task))
        .header("Accept", "application/hal+json")).statusCode()).isEqualTo(200);

    // a colleague completes it while dengji has it open
    taskService.complete(routing.getId(), Map.of("unitCode", "jtj", "problemCategory", "transport"));

    // Tasklist reloads the task it shows (hal, as Tasklist asks), then dengji submits the form
    HttpResponse<String> reload = tasklist.send(HttpRequest.newBuilder(URI.create(base() + task))
        .header("Accept", "application/hal+json"));
    assertThat(reload.statusCode()).isEqualTo(404);
    assertThat(reload.body()).contains(EngineRestMessages.TASK_GONE).doesNotContain("No matching");
    HttpResponse<String> submit = tasklist.post(task + "/submit-form",
        "{\"variables\":{\"unitCode\":{\"value\":\"jtj\",\"type\":\"String\"}}}");
    assertThat(submit.statusCode()).isEqualTo(404);
    assertThat(submit.body()).contains(EngineRestMessages.TASK_GONE).doesNotContain("Cannot");

    // the same over the engine REST API
    ResponseEntity<Map> again = rest.withBasicAuth("dengji", "demo").exchange(
        "/engine-rest/task/{id}/complete", HttpMethod.POST, json("{\"variables\":{}}"), Map.class,
        routing.getId());
    assertThat(again.getStatusCode().value()).isEqualTo(404);
    assertThat(again.getBody()).containsEntry("message", EngineRestMessages.TASK_GONE);
    ResponseEntity<Map> read = rest.withBasicAuth("dengji", "demo").exchange(
        "/engine-rest/task/{id}", HttpMethod.GET, null, Map.class, routing.getId());
    assertThat(read.getStatusCode().value()).isEqualTo(404);
    assertThat(read.getBody()).containsEntry("message", EngineRestMessages.TASK_GONE);
  }

  @Test
  void supervisionFeedbackWithNoSlipWaitingIsAnsweredInChinese() {
    ResponseEntity<Map> answer = rest.withBasicAuth("admin", "demo").exchange(
        "/engine-rest/message", HttpMethod.POST,
        json("{\"messageName\":\"SupervisionFeedback\",\"businessKey\":\"JF-2099-000001\","
            + "\"processVariables\":{\"supervisionFeedback\":{\"value\":\"已办结。\",\"type\":\"String\"}}}"),
        Map.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).containsEntry("message", EngineRestMessages.SLIP_NOT_WAITING);

    ResponseEntity<Map> other = rest.withBasicAuth("admin", "demo").exchange(
        "/engine-rest/message", HttpMethod.POST,
        json("{\"messageName\":\"NoSuchMessage\",\"businessKey\":\"JF-2099-000001\"}"), Map.class);
    assertThat(other.getStatusCode().value()).isEqualTo(400);
    assertThat(other.getBody()).containsEntry("message", EngineRestMessages.MESSAGE_NOT_WAITED_FOR);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
