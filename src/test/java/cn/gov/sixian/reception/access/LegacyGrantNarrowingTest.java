package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.deployment.OncePerDatabase;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Grants written by an earlier version are narrowed to what the domain contract needs. */
class LegacyGrantNarrowingTest extends H2ApplicationTest {

  @Autowired AuthorizationService authorizationService;
  @Autowired LegacyGrantNarrowing narrowing;
  @Autowired CaseReaders readers;
  @Autowired OncePerDatabase once;

  @Test
  void oldTaskAndSlipGrantsLoseUpdateAndAdministratorsKeepTheirs() {
    String task = grant("unit-rsj", Resources.TASK, "legacy-task", Permissions.READ, Permissions.UPDATE);
    String assignee = grantToUser("atk-old", Resources.TASK, "legacy-task", Permissions.READ, Permissions.UPDATE);
    String slip = grant("unit-rsj", Resources.PROCESS_INSTANCE, "legacy-slip", Permissions.READ, Permissions.UPDATE);
    String admin = grant("camunda-admin", Resources.TASK, "legacy-task", Permissions.UPDATE);

    narrowing.narrowAll();

    for (String id : new String[] {task, assignee}) {
      Authorization narrowed = byId(id);
      assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
      assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
      assertThat(narrowed.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
      assertThat(narrowed.isPermissionGranted(Permissions.TASK_ASSIGN)).isTrue();
    }
    assertThat(byId(slip).isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(byId(slip).isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(byId(slip).isPermissionGranted(Permissions.TASK_WORK)).isFalse();
    assertThat(byId(admin).isPermissionGranted(Permissions.UPDATE)).isTrue();

    // a second run finds nothing more to do and changes nothing
    narrowing.narrowAll();
    assertThat(byId(admin).isPermissionGranted(Permissions.UPDATE)).isTrue();
    for (String id : new String[] {task, assignee, slip, admin}) {
      authorizationService.deleteAuthorization(id);
    }
  }

  /** The first start of a database did both; later starts scan no grants. */
  @Test
  void laterStartsDoNotScanTheGrantsAgain() {
    assertThat(once.isDone(LegacyGrantNarrowing.ONCE)).isTrue();
    assertThat(once.isDone(CaseReaders.ONCE)).isTrue();
    String task = grant("unit-rsj", Resources.TASK, "legacy-task-2", Permissions.READ, Permissions.UPDATE);
    try {
      narrowing.run(null);
      readers.run(null);
      assertThat(byId(task).isPermissionGranted(Permissions.UPDATE)).isTrue();
    } finally {
      authorizationService.deleteAuthorization(task);
    }
  }

  private String grant(String group, Resource resource, String id, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    return save(grant, resource, id, permissions);
  }

  private String grantToUser(String user, Resource resource, String id, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    return save(grant, resource, id, permissions);
  }

  private String save(Authorization grant, Resource resource, String id, Permission... permissions) {
    grant.setResource(resource);
    grant.setResourceId(id);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    return authorizationService.saveAuthorization(grant).getId();
  }

  private Authorization byId(String id) {
    return authorizationService.createAuthorizationQuery().authorizationId(id).singleResult();
  }
}
