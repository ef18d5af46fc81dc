package cn.gov.sixian.reception.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Models and forms are deployed under stable names, and only when they change. */
class ProcessModelDeployerTest extends H2ApplicationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired ProcessModelDeployer deployer;

  @Test
  void theRetiredDeadlineWatchOfAnEarlierReleaseIsSuspendedWithItsTimer() {
    // an installation upgraded from a release that still polled deadlines every 10 minutes
    repositoryService.createDeployment().name("earlier-release")
        .addClasspathResource("retired/deadline-watch.bpmn").deploy();
    assertThat(managementService.createJobQuery().processDefinitionKey("deadline-watch").active()
        .count()).isOne();

    deployer.run(null);

    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("deadline-watch")
        .active().count()).isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey("deadline-watch").active()
        .count()).isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey("deadline-watch").suspended()
        .count()).isOne();
  }

  @Test
  void deploysModelsAndFormsUnderTheirFileNames() {
    Deployment deployment =
        repositoryService.createDeploymentQuery()
            .deploymentName(ProcessModelDeployer.DEPLOYMENT_NAME)
            .orderByDeploymentTime().desc()
            .list().get(0);
    assertThat(repositoryService.getDeploymentResources(deployment.getId()))
        .extracting(Resource::getName)
        .contains("joint-reception.bpmn", "petition-routing.dmn", "visit-registration.form",
            "confirm-routing.form", "record-satisfaction.form")
        .allSatisfy(name -> assertThat(name).doesNotContain("/"));
  }

  @Test
  void redeployingUnchangedModelsCreatesNoNewVersion() {
    long deployments = repositoryService.createDeploymentQuery().count();
    int version =
        repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey("joint-reception").latestVersion().singleResult().getVersion();

    deployer.run(null);

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey("joint-reception").latestVersion().singleResult().getVersion())
        .isEqualTo(version);
  }
}
