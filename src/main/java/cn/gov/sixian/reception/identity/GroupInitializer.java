package cn.gov.sixian.reception.identity;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.deployment.DeploymentOrder;
import cn.gov.sixian.reception.identity.ReceptionGroups.GroupDefinition;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the missing groups at every start, in every environment: tasks are offered to these
 * groups, so they must exist. Existing groups are left as administrators named them.
 */
@Component
@Order(DeploymentOrder.GROUPS)
class GroupInitializer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GroupInitializer.class);

  private final IdentityService identityService;
  private final UnitCatalogue catalogue;

  GroupInitializer(IdentityService identityService, UnitCatalogue catalogue) {
    this.identityService = identityService;
    this.catalogue = catalogue;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (GroupDefinition definition : ReceptionGroups.definitions(catalogue.units())) {
      if (identityService.createGroupQuery().groupId(definition.id()).count() == 0) {
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
