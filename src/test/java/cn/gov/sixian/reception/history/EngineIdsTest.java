package cn.gov.sixian.reception.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's engine draws its ids from {@link TimeOrderedIds}, not the starter's UUIDs. */
class EngineIdsTest extends H2ApplicationTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void whatTheEngineWroteAtStartCarriesTimeOrderedIds() {
    Deployment deployment = repositoryService.createDeploymentQuery()
        .deploymentName("joint-reception").orderByDeploymentTime().desc()
        .list().get(0);
    ProcessDefinition reception = repositoryService.createProcessDefinitionQuery()
        .deploymentId(deployment.getId()).processDefinitionKey("joint-reception").singleResult();

    assertThat(deployment.getId()).matches(TimeOrderedIdsTest.ULID);
    assertThat(reception.getId()).matches("joint-reception:\\d+:" + TimeOrderedIdsTest.ULID);
  }
}
