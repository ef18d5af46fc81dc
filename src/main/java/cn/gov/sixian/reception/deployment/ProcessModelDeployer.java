package cn.gov.sixian.reception.deployment;

import cn.gov.sixian.reception.process.ProcessKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} and the forms of {@code forms/} under their bare file
 * names, whether the application runs from Maven's classes folder or from the packaged jar, so
 * unchanged models never get a new version. Only changed resources are deployed again.
 *
 * <p>Processes no longer shipped ({@link #RETIRED}, e.g. the polling deadline watch replaced by the
 * models' overdue timers) stay in the database for their history, but are suspended with their
 * timer jobs, so that an upgraded installation does not keep starting them.
 */
@Component
@Order(DeploymentOrder.MODELS)
class ProcessModelDeployer implements ApplicationRunner {

  static final String DEPLOYMENT_NAME = "joint-reception";
  static final String SOURCE = "joint-reception-application";
  static final List<String> PATTERNS =
      List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form");

  static final List<String> RETIRED = List.of(ProcessKeys.RETIRED_DEADLINE_WATCH);

  private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  ProcessModelDeployer(RepositoryService repositoryService, ManagementService managementService) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
  }

  @Override
  public void run(ApplicationArguments args) {
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(SOURCE)
            .enableDuplicateFiltering(true);
    List<Resource> resources = resources();
    for (Resource resource : resources) {
      builder.addInputStream(resource.getFilename(), read(resource));
    }
    Deployment deployment = builder.deployWithResult();
    log.info(
        "Deployment {} checked: {} resources, deployment id {}",
        DEPLOYMENT_NAME,
        resources.size(),
        deployment.getId());
    RETIRED.forEach(this::retire);
  }

  private void retire(String processKey) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).active()
        .count() > 0) {
      repositoryService.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(processKey)
          .includeProcessInstances(true).suspend();
      log.info("Retired process {} suspended", processKey);
    }
    if (managementService.createJobQuery().processDefinitionKey(processKey).active().count() > 0) {
      managementService.updateJobSuspensionState().byProcessDefinitionKey(processKey).suspend();
    }
  }

  private List<Resource> resources() {
    return PATTERNS.stream()
        .flatMap(this::find)
        .sorted(Comparator.comparing(Resource::getFilename))
        .toList();
  }

  private Stream<Resource> find(String pattern) {
    try {
      return Arrays.stream(resolver.getResources(pattern));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}
