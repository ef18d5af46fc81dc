package cn.gov.sixian.reception.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * A mail outage never loses or blocks the transfer decision: the notice is its own process
 * instance (transfer-notification) whose job is retried five times backing off (1 min to 4 h),
 * then an incident Cockpit shows and can retry, while the case goes on to 当面接谈.
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn",
    "processes/mediation.bpmn"})
class TransferNotificationFailureTest extends PlainEngineTest {

  static final ZonedDateTime NOW = MONDAY_2_MARCH;

  ProcessInstance pi;


  /** The deployment exists only once the test runs (the extension deploys before execution). */
  void transferDecidedWhileTheMailServerIsDown() {
    pi = runtimeService().startProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION,
        Registrations.form("land-planning"));
    complete(task(pi), withVariables(ProcessVariables.UNIT_CODE, "zrzyj",
        ProcessVariables.PROBLEM_CATEGORY, "land-planning"));
    fixture.notifications.mailServerDown(true);
  }


  /** The one waiting job of the case's transfer notice. */
  Job noticeJob() {
    List<Job> jobs = transferNoticeJobs(pi);
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  @Test
  void failedSendingIsRetriedAndTheTransferStands() {
    transferDecidedWhileTheMailServerIsDown();
    // the case is not held: the unit can receive the petitioner while the mail is retried
    assertThat(pi).isWaitingAt("Task_FaceToFaceReception");
    Job notify = noticeJob();
    assertThatThrownBy(() -> managementService().executeJob(notify.getId()))
        .hasMessageContaining("SMTP server unreachable");

    Job retried = noticeJob();
    // five retries backing off: 1 min, 5 min, 15 min, 1 h, 4 h
    assertThat(retried.getRetries()).isEqualTo(5);
    assertThat(retried.getDuedate()).isEqualTo(Date.from(NOW.plusMinutes(1).toInstant()));
    assertThat(fixture.register.find("JF-2026-000001").orElseThrow().unitCode()).isEqualTo("zrzyj");

    fixture.notifications.mailServerDown(false);
    ClockUtil.setCurrentTime(Date.from(NOW.plusMinutes(1).toInstant()));
    managementService().executeJob(retried.getId());
    assertThat(transferNoticeJobs(pi)).isEmpty();
    assertThat(fixture.notifications.recipients()).containsExactly("zrzyj-xf@sixian.gov.cn");
    assertThat(pi).isWaitingAt("Task_FaceToFaceReception");
  }

  @Test
  void exhaustedRetriesEndAsAnIncidentThatCanBeRetried() {
    transferDecidedWhileTheMailServerIsDown();
    for (int attempt = 0; attempt < 6; attempt++) {
      String id = noticeJob().getId();
      assertThatThrownBy(() -> managementService().executeJob(id)).isNotNull();
    }
    Job exhausted = noticeJob();
    assertThat(exhausted.getRetries()).isZero();
    assertThat(runtimeService().createIncidentQuery()
            .processInstanceId(exhausted.getProcessInstanceId()).singleResult().getActivityId())
        .isEqualTo("Task_SendTransferNotice");
    assertThat(pi).isWaitingAt("Task_FaceToFaceReception");

    // what "retry" in Cockpit does, once the mail server is back
    fixture.notifications.mailServerDown(false);
    managementService().setJobRetries(exhausted.getId(), 1);
    managementService().executeJob(exhausted.getId());
    assertThat(transferNoticeJobs(pi)).isEmpty();
    assertThat(fixture.notifications.recipients()).containsExactly("zrzyj-xf@sixian.gov.cn");
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }
}
