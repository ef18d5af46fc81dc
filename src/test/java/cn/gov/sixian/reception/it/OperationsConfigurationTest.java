package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production profile's settings for operations: history level, retention and a nightly
 * history cleanup that is actually scheduled; job acquisition for a cluster.
 */
class OperationsConfigurationTest extends PostgresApplicationTest {

  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  @Test
  void historyCleanupIsScheduledInTheNightlyWindow() {
    assertThat(engine.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

    List<Job> cleanup = historyService.findHistoryCleanupJobs();
    assertThat(cleanup).isNotEmpty();
    for (Job job : cleanup) {
      ZonedDateTime due = job.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
      assertThat(due.toLocalTime()).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
      assertThat(due).isBefore(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
    }
  }

  @Test
  void caseHistoryIsKeptForTheArchivePeriodAndTechnicalRunsBriefly() {
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().list();
    assertThat(definitions).isNotEmpty();
    for (ProcessDefinition definition : definitions) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
          .isEqualTo(List.of("deadline-watch", "roster-watch").contains(definition.getKey()) ? 30 : 10950);
    }
    repositoryService.createDecisionDefinitionQuery().list().forEach(decision ->
        assertThat(decision.getHistoryTimeToLive()).isEqualTo(10950));
  }

  @Test
  void jobAcquisitionSuitsACluster() {
    assertThat(engine.isJobExecutorPreferTimerJobs()).isTrue();
    assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
  }
}
