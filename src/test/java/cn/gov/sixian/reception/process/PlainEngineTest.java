package cn.gov.sixian.reception.process;

import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the process-path tests on the plain engine: the application's beans wired by
 * {@link ProcessTestFixture}, the engine clock set to {@link #startAt()}.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class PlainEngineTest {

  /** Monday 2 March 2026, 09:00 in the center: an ordinary working week. */
  static final ZonedDateTime MONDAY_2_MARCH =
      ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ProcessTestFixture.ZONE);

  ProcessEngine processEngine;
  ProcessTestFixture fixture;

  /** When the test starts, on the engine clock. */
  ZonedDateTime startAt() {
    return MONDAY_2_MARCH;
  }

  @BeforeEach
  void startFixture(ProcessEngine engine) {
    processEngine = engine;
    BpmnAwareTests.init(engine);
    fixture = new ProcessTestFixture(startAt(), engine);
  }

  @AfterEach
  void stopFixture() {
    processEngine.getIdentityService().clearAuthentication();
    fixture.close();
  }

  /** Runs the asynchronous continuations (e-mails) waiting in the instance, not its timers. */
  void runAsync(ProcessInstance pi) {
    for (Job job : processEngine.getManagementService().createJobQuery()
        .processInstanceId(pi.getId()).messages().list()) {
      processEngine.getManagementService().executeJob(job.getId());
    }
  }
}
