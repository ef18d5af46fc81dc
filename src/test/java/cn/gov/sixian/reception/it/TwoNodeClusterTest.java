package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two application nodes on one PostgreSQL database, both with their job executor running: the
 * shared test context (node 1) and a second application started beside it ({@link SecondNode}).
 */
class TwoNodeClusterTest extends PostgresApplicationTest {

  private static SecondNode node2;

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;

  @BeforeAll
  static void startSecondNode() {
    node2 = new SecondNode();
  }

  @AfterAll
  static void stopSecondNode() {
    if (node2 != null) {
      node2.close();
    }
  }

  private ReceptionApi node1Api() {
    return new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
  }

  private TestRestTemplate node2Rest() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + node2.port()))
        .withBasicAuth(ADMIN, ADMIN_PASSWORD);
  }

  @Test
  void everyTimerFiresExactlyOnceAcrossTheTwoJobExecutors() throws Exception {
    BpmnModelInstance probe = Bpmn.createExecutableProcess("cluster-timer-probe")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("Event_Due").timerWithDate("2020-01-01T00:00:00")
        .endEvent()
        .done();
    String deployment = repositoryService.createDeployment().name("cluster-timer-probe")
        .addModelInstance("cluster-timer-probe.bpmn", probe).deploy().getId();
    try {
      int timers = 60;
      for (int i = 0; i < timers; i++) {
        (i % 2 == 0 ? runtimeService : node2.engine().getRuntimeService())
            .startProcessInstanceByKey("cluster-timer-probe");
      }
      try {
        Awaitility.await("all timers fired").atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("cluster-timer-probe").finished().count() >= timers);
      } catch (ConditionTimeoutException e) {
        // the assertions below say how many fired, and where
      }

      List<HistoricJobLog> fired = historyService.createHistoricJobLogQuery()
          .processDefinitionKey("cluster-timer-probe").successLog().list();
      Map<String, Long> byNode = fired.stream()
          .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
      System.out.println("Cluster timers: " + timers + " due, " + fired.size()
          + " executions, by node " + byNode);
      assertThat(historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey("cluster-timer-probe").finished().count()).isEqualTo(timers);
      assertThat(fired).hasSize(timers);
      assertThat(fired.stream().map(HistoricJobLog::getJobId).distinct()).hasSize(timers);
      assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Event_Due")
          .count()).isEqualTo(timers);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void concurrentRegistrationsOnBothNodesGetUniqueNumbersAndOneTransferMailEach()
      throws Exception {
    TestMailServer.clear();
    TestRestTemplate node1 = rest.withBasicAuth(ADMIN, ADMIN_PASSWORD);
    TestRestTemplate node2Rest = node2Rest();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<ResponseEntity<Map<String, Object>>>> results = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Map<String, Object> form = CaseLifecycleScenario.hotlineForm(
          String.format("34132419910101%03d", 500 + i));
      ReceptionApi api = new ReceptionApi(i % 2 == 0 ? node1 : node2Rest);
      results.add(pool.submit((Callable<ResponseEntity<Map<String, Object>>>) () ->
          api.register(form)));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<ResponseEntity<Map<String, Object>>> result : results) {
      ResponseEntity<Map<String, Object>> response = result.get();
      assertThat(response.getStatusCode().value()).isEqualTo(201);
      numbers.add((String) response.getBody().get("caseNumber"));
    }
    pool.shutdown();
    System.out.println("Cluster registrations: " + numbers.size() + " on two nodes, "
        + new HashSet<>(numbers).size() + " distinct case numbers");
    assertThat(new HashSet<>(numbers)).hasSize(24);

    // route six of them, three through each node: the transfer mail is sent by either node's
    // job executor, exactly once
    List<String> routed = numbers.subList(0, 6);
    for (int i = 0; i < routed.size(); i++) {
      ReceptionApi api = new ReceptionApi(i % 2 == 0 ? node1 : node2Rest);
      String taskId = (String) node1Api().awaitTask(routed.get(i), "Task_ConfirmRouting").get("id");
      assertThat(api.complete(taskId, Map.of("unitCode", "rsj", "problemCategory", "wage-arrears"))
          .getStatusCode().value()).isEqualTo(204);
    }
    for (String caseNumber : routed) {
      assertThat(TestMailServer.awaitMessagesAbout(caseNumber)).isNotEmpty();
    }
    Thread.sleep(3000);
    for (String caseNumber : routed) {
      assertThat(TestMailServer.messagesAbout("信访件" + caseNumber + "已转办")).hasSize(1);
    }
  }

  @Test
  void aTaskCompletedOnOneNodeCannotBeCompletedAgainOnTheOther() throws Exception {
    ResponseEntity<Map<String, Object>> registered =
        node1Api().register(CaseLifecycleScenario.hotlineForm("34132419920202600"));
    String caseNumber = (String) registered.getBody().get("caseNumber");
    String taskId = (String) node1Api().awaitTask(caseNumber, "Task_ConfirmRouting").get("id");

    // both nodes at the same moment: exactly one wins
    ProcessEngine engine2 = node2.engine();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Object> routing = Map.of("unitCode", "rsj", "problemCategory", "wage-arrears");
    List<Future<String>> outcomes = List.of(
        pool.submit(() -> complete(taskService, taskId, routing)),
        pool.submit(() -> complete(engine2.getTaskService(), taskId, routing)));
    Set<String> results = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      all.add(outcome.get());
    }
    pool.shutdown();
    results.addAll(all);
    System.out.println("Same task completed on both nodes at once: " + all);
    assertThat(all).filteredOn("completed"::equals).hasSize(1);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ConfirmRouting").finished().count()).isOne();
    assertThat(node1Api().awaitTasks(caseNumber, "Task_FaceToFaceReception")).hasSize(1);

    // later, over node 2's REST API (what Tasklist on node 2 calls): a clear answer
    ResponseEntity<Map<String, Object>> again = node2Rest().exchange(
        "/engine-rest/engine/{engine}/task/{id}/complete", HttpMethod.POST,
        json(Map.of("variables", Map.of())),
        new ParameterizedTypeReference<Map<String, Object>>() {}, SecondNode.ENGINE, taskId);
    System.out.println("Completing it again over REST: " + again.getStatusCode() + " "
        + again.getBody());
    assertThat(again.getStatusCode().value()).isEqualTo(404);
    assertThat(again.getBody()).containsEntry("message",
        "该任务已不存在：可能已由他人办理完毕或已被撤回，请刷新任务列表。");
  }

  private static String complete(TaskService tasks, String taskId, Map<String, Object> variables) {
    try {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return "not found";
      }
      tasks.complete(taskId, variables);
      return "completed";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
