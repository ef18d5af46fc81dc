package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.review.ReviewBodies;
import cn.gov.sixian.reception.review.ReviewBody;
import cn.gov.sixian.reception.deployment.DeploymentOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 * Admin keeps its extra permissions; a missing permission is added back. At start the grants in
 * place are read once per resource id ({@code *}, {@code cockpit}, …) instead of once per grant of
 * the plan (some 200), and only those found missing or short are looked at one by one.
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
    List<Grant> plan = new ArrayList<>(AccessPlan.standing());
    plan.addAll(newUnitGrants());
    Predicate<Grant> inPlace = inPlace(plan);
    int changed = 0;
    for (Grant grant : plan) {
      changed += !inPlace.test(grant) && ensure(grant) ? 1 : 0;
    }
    log.info("Authorizations checked, {} added or completed", changed);
  }

  @Scheduled(
      initialDelayString = "${reception.catalogue.check-interval:PT1M}",
      fixedDelayString = "${reception.catalogue.check-interval:PT1M}")
  void ensureNewUnits() {
    int changed = 0;
    for (Grant grant : newUnitGrants()) {
      changed += ensure(grant) ? 1 : 0;
    }
    if (changed > 0) {
      log.info("Authorizations for new units: {} added", changed);
    }
  }

  /** The grants of review bodies and units not seen before, which count as seen from now on. */
  private synchronized List<Grant> newUnitGrants() {
    List<Grant> grants = new ArrayList<>();
    for (ReviewBody body : reviewBodies.inCounty()) {
      if (unitsDone.add(body.group())) {
        grants.addAll(AccessPlan.forReviewBody(body.group()));
      }
    }
    for (Unit unit : catalogue.units()) {
      if (unitsDone.add(unit.code())) {
        grants.addAll(AccessPlan.forUnit(unit));
      }
    }
    return grants;
  }

  /**
   * Whether a grant of the plan was in place, with all its permissions, when this was called: the
   * authorizations on the plan's resource ids, read once (only adds follow, so none goes away).
   */
  private Predicate<Grant> inPlace(List<Grant> plan) {
    Map<List<Object>, Authorization> existing = new HashMap<>();
    plan.stream().map(Grant::resourceId).distinct().forEach(resourceId ->
        authorizationService.createAuthorizationQuery().resourceId(resourceId).list()
            .forEach(a -> existing.put(key(a.getAuthorizationType(),
                a.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL ? null : a.getGroupId(),
                a.getResourceType(), a.getResourceId()), a)));
    return grant -> {
      Authorization authorization = existing.get(key(
          grant.group() == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT,
          grant.group(), grant.resource().resourceType(), grant.resourceId()));
      return authorization != null
          && grant.permissions().stream().allMatch(authorization::isPermissionGranted);
    };
  }

  private static List<Object> key(int type, String group, int resourceType, String resourceId) {
    return Arrays.asList(type, group, resourceType, resourceId);
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
