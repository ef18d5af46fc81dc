package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.review.ReviewBodies;
import cn.gov.sixian.reception.review.ReviewBody;
import cn.gov.sixian.reception.deployment.DeploymentOrder;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts the grants of {@link AccessPlan} in place, at start and for units added to the catalogue
 * later (checked as often as their groups are). Only adds: a grant an administrator widened in
 * Admin keeps its extra permissions; a missing permission is added back.
 */
@Component
@Order(DeploymentOrder.GROUPS + 1)
class AuthorizationInitializer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationInitializer.class);

  private final AuthorizationService authorizationService;
  private final UnitCatalogue catalogue;
  private final ReviewBodies reviewBodies;
  private final Set<String> unitsDone = new HashSet<>();

  AuthorizationInitializer(AuthorizationService authorizationService, UnitCatalogue catalogue,
      ReviewBodies reviewBodies) {
    this.reviewBodies = reviewBodies;
    this.authorizationService = authorizationService;
    this.catalogue = catalogue;
  }

  @Override
  public void run(ApplicationArguments args) {
    removeGlobalDefinitionRead();
    int changed = 0;
    for (Grant grant : AccessPlan.standing()) {
      changed += ensure(grant) ? 1 : 0;
    }
    changed += ensureUnits();
    log.info("Authorizations checked, {} added or completed", changed);
  }

  @Scheduled(
      initialDelayString = "${reception.catalogue.check-interval:PT1M}",
      fixedDelayString = "${reception.catalogue.check-interval:PT1M}")
  void ensureNewUnits() {
    int changed = ensureUnits();
    if (changed > 0) {
      log.info("Authorizations for new units: {} added", changed);
    }
  }

  private synchronized int ensureUnits() {
    int changed = 0;
    for (ReviewBody body : reviewBodies.inCounty()) {
      if (unitsDone.add(body.group())) {
        for (Grant grant : AccessPlan.forReviewBody(body.group())) {
          changed += ensure(grant) ? 1 : 0;
        }
      }
    }
    for (Unit unit : catalogue.units()) {
      if (unitsDone.add(unit.code())) {
        for (Grant grant : AccessPlan.forUnit(unit)) {
          changed += ensure(grant) ? 1 : 0;
        }
      }
    }
    return changed;
  }

  /**
   * Databases set up by an earlier version carry a global READ on all process definitions; with
   * unit users checked row by row it blocks their claims (see AccessPlan). Per-group grants
   * replace it.
   */
  private void removeGlobalDefinitionRead() {
    Authorization global = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY)
        .singleResult();
    if (global != null) {
      authorizationService.deleteAuthorization(global.getId());
      log.info("Global read on all process definitions replaced by per-group grants");
    }
  }

  /** True when the authorization was created or a permission added to it. */
  private boolean ensure(Grant grant) {
    AuthorizationQuery query = authorizationService.createAuthorizationQuery()
        .resourceType(grant.resource()).resourceId(grant.resourceId());
    if (grant.group() == null) {
      query.authorizationType(Authorization.AUTH_TYPE_GLOBAL);
    } else {
      query.groupIdIn(grant.group()).authorizationType(Authorization.AUTH_TYPE_GRANT);
    }
    Authorization authorization = query.singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(grant.group() == null
          ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
      if (grant.group() == null) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(grant.group());
      }
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
      return false;
    }
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
    return true;
  }
}
