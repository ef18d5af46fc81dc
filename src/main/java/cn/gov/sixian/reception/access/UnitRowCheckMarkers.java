package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.deployment.DeploymentOrder;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the engine check a unit user's queries row by row (docs/development.md "Performance of unit
 * isolation"), by giving each unit group one revoke authorization that revokes nothing real.
 *
 * <p>With Camunda's default {@code authorizationCheckRevokes: auto} the engine looks, per query,
 * for a revoke authorization of the user or their groups. Without one it joins every row with all
 * of the user's grants: cheap for the center's groups (a few standing grants), quadratic for a
 * unit (one grant per task: seconds at 30,000 open tasks). With one it checks each row by indexed
 * look-ups: linear, fast for a unit's own rows. The marker revokes ACCESS to an application that
 * does not exist, so it takes no right away from anyone. Ensured at start and on the catalogue's
 * check interval, like the groups, so a new unit and a deleted marker are put right within a
 * minute.
 */
@Component
@Order(DeploymentOrder.GROUPS + 1)
class UnitRowCheckMarkers implements ApplicationRunner {

  /** The application id the markers name: no such application exists. */
  static final String MARKER = "row-checks";
  private static final Logger log = LoggerFactory.getLogger(UnitRowCheckMarkers.class);

  private final AuthorizationService authorizationService;
  private final UnitCatalogue catalogue;

  UnitRowCheckMarkers(AuthorizationService authorizationService, UnitCatalogue catalogue) {
    this.authorizationService = authorizationService;
    this.catalogue = catalogue;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureMarkers();
  }

  @Scheduled(
      initialDelayString = "${reception.catalogue.check-interval:PT1M}",
      fixedDelayString = "${reception.catalogue.check-interval:PT1M}")
  void ensureMarkers() {
    Set<String> marked = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE)
        .resourceType(Resources.APPLICATION)
        .resourceId(MARKER)
        .list().stream()
        .map(Authorization::getGroupId)
        .collect(Collectors.toSet());
    int created = 0;
    for (Unit unit : catalogue.units()) {
      for (String group : new String[] {unit.staffGroup(), unit.leaderGroup()}) {
        if (!marked.contains(group)) {
          Authorization marker =
              authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
          marker.setGroupId(group);
          marker.setResource(Resources.APPLICATION);
          marker.setResourceId(MARKER);
          marker.removePermission(Permissions.ACCESS);
          authorizationService.saveAuthorization(marker);
          created++;
        }
      }
    }
    if (created > 0) {
      log.info("Row-check markers created for {} unit groups", created);
    }
  }
}
