package cn.gov.sixian.reception.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The retention set at start, on the plain engine of {@code camunda.cfg.xml}. */
@ExtendWith(ProcessEngineExtension.class)
class HistoryRetentionTest {

  private static final String CASE = "retention-test-case";
  private static final String TECHNICAL = "retention-test-watch";

  ProcessEngine engine;
  RepositoryService repository;
  DeploymentCache cache;
  List<String> deployments;
  HistoryRetention retention;

  @BeforeEach
  void deploy(ProcessEngine engine) {
    this.engine = engine;
    repository = engine.getRepositoryService();
    cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDeploymentCache();
    // two versions of the case process and one technical process, all with the model's own 1 day
    deployments = List.of(deploy(CASE), deploy(CASE), deploy(TECHNICAL));
    retention = new HistoryRetention(engine,
        new HistoryProperties(3650, 7, List.of(TECHNICAL)));
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void putsTheConfiguredRetentionOnEveryVersionOnceAndThenFindsNothingToChange() {
    assertThat(retention.apply()).isEqualTo(3);

    assertThat(definitions(CASE)).hasSize(2)
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));
    assertThat(definitions(TECHNICAL)).singleElement()
        .satisfies(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(7));
    assertThat(retention.apply()).isZero();
  }

  @Test
  void aRetentionChangedSinceIsPutRightAtTheNextStart() {
    retention.apply();
    ProcessDefinition changed = definitions(CASE).get(0);
    repository.updateProcessDefinitionHistoryTimeToLive(changed.getId(), 5);

    assertThat(retention.apply()).isEqualTo(1);
    assertThat(repository.getProcessDefinition(changed.getId()).getHistoryTimeToLive())
        .isEqualTo(3650);
  }

  /** The check reads the stored definitions only: no model is parsed at start for it. */
  @Test
  void parsesNoModel() {
    cache.getBpmnModelInstanceCache().clear();

    retention.apply();

    // the engine's query API would have parsed (and cached) the model of each version it listed
    assertThat(cache.getBpmnModelInstanceCache().size()).isZero();
  }

  private List<ProcessDefinition> definitions(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).list();
  }

  private String deploy(String key) {
    return repository.createDeployment()
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
        .deploy().getId();
  }
}
