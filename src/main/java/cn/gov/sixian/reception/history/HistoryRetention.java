package cn.gov.sixian.reception.history;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the configured retention on every deployed process and decision definition, so the
 * retention is a setting, not an edit of each model: the models' own {@code historyTimeToLive}
 * only has to exist (the engine requires it). With the removal-time strategy, a finished case is
 * removed by the nightly history cleanup once its end time plus this many days has passed.
 */
@Component
@Order(DeploymentOrder.MODELS + 1)
class HistoryRetention implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repository;
  private final HistoryProperties properties;

  HistoryRetention(RepositoryService repository, HistoryProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      int days = properties.retentionDays(definition.getKey());
      if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
        changed += update(() -> repository.updateProcessDefinitionHistoryTimeToLive(
            definition.getId(), days));
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      int days = properties.caseRetentionDays();
      if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
        changed += update(() -> repository.updateDecisionDefinitionHistoryTimeToLive(
            definition.getId(), days));
      }
    }
    log.info("History retention: cases {} days, {} {} days ({} definitions updated)",
        properties.caseRetentionDays(), properties.technicalProcesses(),
        properties.technicalRetentionDays(), changed);
  }

  private static int update(Runnable update) {
    try {
      update.run();
      return 1;
    } catch (OptimisticLockingException anotherNode) {
      // another node starting at the same moment set the same value
      return 0;
    }
  }
}
