package cn.gov.sixian.reception.history;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 *
 * <p>The process definitions are read without the query API, whose {@code list()} parses every
 * version's BPMN for its description (about a second of each restart, for nothing here).
 */
@Component
@Order(DeploymentOrder.MODELS + 1)
class HistoryRetention implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final ProcessEngine engine;
  private final RepositoryService repository;
  private final HistoryProperties properties;

  HistoryRetention(ProcessEngine engine, HistoryProperties properties) {
    this.engine = engine;
    this.repository = engine.getRepositoryService();
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    apply();
  }

  /** Number of definitions updated. */
  int apply() {
    int changed = 0;
    for (ProcessDefinition definition : processDefinitions()) {
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
    return changed;
  }

  /** Every version of every process definition, as stored (no model parsed). */
  private List<ProcessDefinition> processDefinitions() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> context.getProcessDefinitionManager()
            .findProcessDefinitionsByQueryCriteria(new ProcessDefinitionQueryImpl(),
                new Page(0, Integer.MAX_VALUE)));
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
