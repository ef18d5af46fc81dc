package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application does so that unit isolation stays fast (docs/development.md "Performance of unit
 * isolation"), on PostgreSQL with the production profile: unit groups carry the row-check marker,
 * the index is there, and a unit user still lists and counts only the unit's own tasks. The timings are in
 * {@code TaskListAuthorizationBenchmark}.
 */
class UnitTaskIsolationQueryTest extends PostgresApplicationTest {

  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuthorizationService authorizationService;
  @Autowired UnitRowCheckMarkers markers;

  private final List<String> tasks = new ArrayList<>();
  private boolean checksBefore;

  @BeforeEach
  void authorizationChecksOn() {
    checksBefore = engineConfiguration.isAuthorizationEnabled();
    engineConfiguration.setAuthorizationEnabled(true);
  }

  @AfterEach
  void restore() {
    identityService.clearAuthentication();
    tasks.forEach(id -> taskService.deleteTask(id, true));
    engineConfiguration.setAuthorizationEnabled(checksBefore);
  }

  @Test
  void unitGroupsAndOnlyThemCarryTheRowCheckMarker() {
    assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("auto");
    assertThat(markedGroups()).contains("unit-gaj", "unit-gaj-leaders", "unit-town-sicheng",
        "unit-town-sicheng-leaders").allMatch(group -> group.startsWith("unit-"));
  }

  @Test
  void aDeletedMarkerIsPutBack() {
    Authorization marker = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).groupIdIn("unit-rsj")
        .resourceType(Resources.APPLICATION).resourceId(UnitRowCheckMarkers.MARKER)
        .singleResult();
    authorizationService.deleteAuthorization(marker.getId());
    assertThat(markedGroups()).doesNotContain("unit-rsj");

    markers.ensureMarkers();

    assertThat(markedGroups()).contains("unit-rsj");
  }

  @Test
  void theMarkerTakesNoRealRightAway() {
    Authorization everyApplication =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyApplication.setGroupId("unit-gaj");
    everyApplication.setResource(Resources.APPLICATION);
    everyApplication.setResourceId(Authorization.ANY);
    everyApplication.addPermission(Permissions.ACCESS);
    authorizationService.saveAuthorization(everyApplication);
    try {
      for (String application : List.of("tasklist", "cockpit", "welcome")) {
        assertThat(authorizationService.isUserAuthorized("gaj-staff", List.of("unit-gaj"),
            Permissions.ACCESS, Resources.APPLICATION, application)).as(application).isTrue();
      }
      assertThat(authorizationService.isUserAuthorized("gaj-staff", List.of("unit-gaj"),
          Permissions.ACCESS, Resources.APPLICATION, UnitRowCheckMarkers.MARKER)).isFalse();
    } finally {
      authorizationService.deleteAuthorization(everyApplication.getId());
    }
  }

  private List<String> markedGroups() {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE)
        .resourceType(Resources.APPLICATION).resourceId(UnitRowCheckMarkers.MARKER).list()
        .stream().map(Authorization::getGroupId).toList();
  }

  @Test
  void theIndexForTheChecksExists() {
    assertThat(jdbc.queryForObject(
        "select count(*) from pg_indexes where upper(indexname) = ?", Long.class,
        AuthorizationCheckIndexPlugin.INDEX)).isOne();
  }

  @Test
  void aUnitListsAndCountsOnlyItsOwnTasks() {
    String gaj = candidateTaskOf("unit-gaj");
    String rsj = candidateTaskOf("unit-rsj");
    candidateTaskOf("unit-gaj-leaders");

    identityService.setAuthentication("gaj-staff", List.of("unit-gaj"));

    assertThat(taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new))
        .orderByTaskCreateTime().desc().listPage(0, 15))
        .extracting(Task::getId).containsExactly(gaj);
    assertThat(taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new)).count())
        .isOne();
    assertThat(taskService.createTaskQuery().taskId(rsj).singleResult()).isNull();
  }

  @Test
  void aGroupWithoutMarkerIsCheckedByTheJoinWithTheSameMeaning() {
    String room = candidateTaskOf("registration-staff");
    candidateTaskOf("unit-gaj");

    identityService.setAuthentication("dengji", List.of("registration-staff"));

    assertThat(taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new))
        .orderByTaskCreateTime().desc().listPage(0, 15))
        .extracting(Task::getId).containsExactly(room);
    assertThat(taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new)).count())
        .isOne();
  }

  /** A standalone task offered to a group: the engine grants the group on the task itself. */
  private String candidateTaskOf(String group) {
    Task task = taskService.newTask();
    task.setName("办理并书面答复");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    tasks.add(task.getId());
    return task.getId();
  }
}
