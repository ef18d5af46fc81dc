package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The authorization check the application configures for speed (per-task checks, README
 * "Performance of unit isolation") on PostgreSQL with the production profile: it is the one in
 * force, and it still keeps each unit to its own tasks. The timings are in
 * {@code TaskListAuthorizationBenchmark}.
 */
class UnitTaskIsolationQueryTest extends PostgresApplicationTest {

  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

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
  void revokeAwarePerTaskChecksAreConfigured() {
    assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("always");
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
