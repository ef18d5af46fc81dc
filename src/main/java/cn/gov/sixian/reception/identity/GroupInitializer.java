package cn.gov.sixian.reception.identity;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.deployment.DeploymentOrder;
import cn.gov.sixian.reception.identity.ReceptionGroups.GroupDefinition;
import cn.gov.sixian.reception.review.ReviewBodies;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the missing groups, in every environment: tasks are offered to these groups, so they
 * must exist. Runs at start and again every minute, so a unit an administrator adds to the
 * catalogue file gets its groups without a restart; so does a reviewing body inside the county
 * added to {@code review_body}. Existing groups are left as they are.
 */
@Component
@Order(DeploymentOrder.GROUPS)
class GroupInitializer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GroupInitializer.class);

  private final IdentityService identityService;
  private final UnitCatalogue catalogue;
  private final ReviewBodies reviewBodies;

  GroupInitializer(IdentityService identityService, UnitCatalogue catalogue,
      ReviewBodies reviewBodies) {
    this.identityService = identityService;
    this.catalogue = catalogue;
    this.reviewBodies = reviewBodies;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroups();
  }

  @Scheduled(
      initialDelayString = "${reception.catalogue.check-interval:PT1M}",
      fixedDelayString = "${reception.catalogue.check-interval:PT1M}")
  void ensureGroups() {
    Set<String> existing =
        identityService.createGroupQuery().list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    int created = 0;
    for (GroupDefinition definition :
        ReceptionGroups.definitions(catalogue.units(), reviewBodies.inCounty())) {
      if (!existing.contains(definition.id())) {
        Group group = identityService.newGroup(definition.id());
        group.setName(definition.name());
        group.setType(definition.type());
        identityService.saveGroup(group);
        created++;
      }
    }
    if (created > 0) {
      log.info("Created {} groups", created);
    }
  }
}
