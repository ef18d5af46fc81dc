package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import cn.gov.sixian.reception.review.ReviewBodies;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's grants are put back at start whatever happened to them since: the start reads the
 * grants in place in a few queries and must still see a missing grant or permission.
 */
class AuthorizationInitializerTest extends H2ApplicationTest {

  @Autowired AuthorizationService authorizationService;
  @Autowired UnitCatalogue catalogue;
  @Autowired ReviewBodies reviewBodies;

  @Test
  void aDeletedGrantAndARemovedPermissionAreBackAfterTheNextStart() {
    Authorization everyoneReadsDeployments = global(Resources.DEPLOYMENT, Authorization.ANY);
    authorizationService.deleteAuthorization(everyoneReadsDeployments.getId());
    Authorization registration = grant("registration-staff", Resources.PROCESS_DEFINITION,
        Authorization.ANY);
    registration.removePermission(Permissions.READ_HISTORY);
    authorizationService.saveAuthorization(registration);
    Authorization unitCockpit = grant("unit-gaj", Resources.APPLICATION, AccessPlan.COCKPIT);
    authorizationService.deleteAuthorization(unitCockpit.getId());

    nextStart();

    assertThat(global(Resources.DEPLOYMENT, Authorization.ANY).isPermissionGranted(
        Permissions.READ)).isTrue();
    Authorization restored = grant("registration-staff", Resources.PROCESS_DEFINITION,
        Authorization.ANY);
    assertThat(List.of(Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY))
        .allMatch(restored::isPermissionGranted);
    assertThat(grant("unit-gaj", Resources.APPLICATION, AccessPlan.COCKPIT)
        .isPermissionGranted(Permissions.ACCESS)).isTrue();
  }

  @Test
  void aStartWithEverythingInPlaceWritesNothing() {
    nextStart();
    long before = authorizationService.createAuthorizationQuery().count();
    int revision = revision(grant("supervisors", Resources.TASK, Authorization.ANY));

    nextStart();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
    assertThat(revision(grant("supervisors", Resources.TASK, Authorization.ANY)))
        .isEqualTo(revision);
  }

  private static int revision(Authorization authorization) {
    return ((AuthorizationEntity) authorization).getRevision();
  }

  /** A fresh initializer, as after a restart: every unit is checked again. */
  private void nextStart() {
    new AuthorizationInitializer(authorizationService, catalogue, reviewBodies).run(null);
  }

  private Authorization global(Resources resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
  }

  private Authorization grant(String group, Resources resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).singleResult();
  }
}
