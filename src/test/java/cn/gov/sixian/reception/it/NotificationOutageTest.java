package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server down, on PostgreSQL with the real job executor: the transfer notice is retried
 * and ends as an incident, the case goes on meanwhile, and the retry Cockpit offers
 * ({@code setJobRetries}) delivers exactly one mail once the server is back.
 */
class NotificationOutageTest extends PostgresApplicationTest {

  @Autowired TestRestTemplate rest;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  @AfterEach
  void mailServerBack() {
    mailSender.setPort(TestMailServer.port());
  }

  @Test
  void transferNoticeRetriedToAnIncidentThenDeliveredOnceAfterTheServerReturns()
      throws Exception {
    TestMailServer.clear();
    mailSender.setPort(deadPort());
    ReceptionApi api = new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
    String caseNumber =
        CaseLifecycleScenario.routed(api, "34132419800303123", "land-planning", "zrzyj");
    // the notice is its own process instance, found by the case number
    String processInstanceId = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("transfer-notification").variableValueEquals("caseNumber", caseNumber)
        .singleResult().getId();

    // the job executor's first attempt fails; five retries follow, the first a minute later
    Job notify = awaitFailedNotification(processInstanceId);
    assertThat(notify.getRetries()).isEqualTo(5);
    assertThat(notify.getDuedate()).isAfter(new java.util.Date());
    // the case is not blocked: the unit can receive the petitioner already
    assertThat(api.awaitTask(caseNumber, "Task_FaceToFaceReception")).isNotNull();

    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(notify.getId())).isNotNull();
    }
    assertThat(managementService.createJobQuery().jobId(notify.getId()).singleResult().getRetries())
        .isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(processInstanceId)
            .singleResult().getActivityId())
        .isEqualTo("Task_SendTransferNotice");
    assertThat(TestMailServer.messagesAbout(caseNumber)).isEmpty();

    // the server is back; an administrator presses "retry" in Cockpit
    mailSender.setPort(TestMailServer.port());
    managementService.setJobRetries(notify.getId(), 1);
    managementService.executeJob(notify.getId());
    assertThat(TestMailServer.awaitMessagesAbout(caseNumber)).hasSize(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(processInstanceId).count())
        .isZero();

    // nothing sends it again
    Thread.sleep(Duration.ofSeconds(2).toMillis());
    assertThat(TestMailServer.messagesAbout(caseNumber)).hasSize(1);
  }

  private Job awaitFailedNotification(String processInstanceId) {
    return Awaitility.await("the notification job failed")
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> managementService.createJobQuery().processInstanceId(processInstanceId)
            .activityId("Task_SendTransferNotice").singleResult(),
            job -> job != null && job.getExceptionMessage() != null);
  }

  private static int deadPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
