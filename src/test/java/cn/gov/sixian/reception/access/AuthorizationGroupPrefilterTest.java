package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine no longer reads every group id of the authorization table in each command of a user
 * with few groups ({@link AuthorizationGroupPrefilter}), and every answer stays what Camunda's own
 * prefilter gives: each case is checked once with the application's threshold and once with 0
 * (Camunda's behaviour). Statements are counted by H2's query statistics.
 */
class AuthorizationGroupPrefilterTest extends H2ApplicationTest {

  /** Camunda's prefilter statement (Authorization.xml, selectAuthorizedGroupIds). */
  private static final String PREFILTER = "%distinct(A.GROUP_ID_)%ACT_RU_AUTHORIZATION%";
  private static final String READERS = "prefilter-test-readers";
  private static final String BLOCKED = "prefilter-test-blocked";
  private static final String NOBODY = "prefilter-test-nobody";

  @Autowired AuthorizationGroupPrefilter prefilter;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;

  private final List<String> tasks = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();
  private int configuredThreshold;

  @BeforeEach
  void remember() {
    configuredThreshold = prefilter.threshold();
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
    jdbc.execute("SET QUERY_STATISTICS TRUE");
  }

  @AfterEach
  void restore() {
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    prefilter.setThreshold(configuredThreshold);
    identityService.clearAuthentication();
    authorizations.forEach(authorizationService::deleteAuthorization);
    tasks.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void theApplicationSkipsThePrefilterForUsersWithFewGroups() {
    assertThat(configuredThreshold).as("reception.authorization.group-filter-threshold")
        .isEqualTo(20);
  }

  @Test
  void aUserWithFewGroupsRunsNoPrefilterAndGetsTheSameAnswers() {
    String own = candidateTaskOf("unit-gaj");
    candidateTaskOf("unit-rsj");
    List<String> groups = List.of("unit-gaj", "unit-gaj-leaders");

    long before = prefilterRuns();
    List<Object> withThreshold = tenCommandsAs("gaj-staff", groups);
    long skipped = prefilterRuns() - before;

    prefilter.setThreshold(0);
    before = prefilterRuns();
    List<Object> camunda = tenCommandsAs("gaj-staff", groups);
    long camundaRuns = prefilterRuns() - before;

    assertThat(skipped).as("prefilter statements in ten commands, threshold 20").isZero();
    assertThat(camundaRuns).as("prefilter statements in ten commands, Camunda's way")
        .isGreaterThanOrEqualTo(10);
    assertThat(withThreshold).isEqualTo(camunda);
    assertThat(withThreshold.get(0)).isEqualTo(List.of(own));
  }

  @Test
  void aUserWithAsManyGroupsAsTheThresholdStillRunsThePrefilter() {
    candidateTaskOf("unit-gaj");
    prefilter.setThreshold(2);
    long before = prefilterRuns();
    tenCommandsAs("gaj-staff", List.of("unit-gaj", "unit-gaj-leaders"));
    assertThat(prefilterRuns() - before).isGreaterThanOrEqualTo(10);
  }

  @Test
  void withoutGrantsNothingIsSeenAndGrantsAndRevokesActAtOnce() {
    String task = candidateTaskOf("unit-gaj");
    List<String> groups = List.of(NOBODY, READERS, BLOCKED);
    for (int threshold : new int[] {configuredThreshold, 0}) {
      prefilter.setThreshold(threshold);
      assertThat(sees("reader", groups, task)).as("no grant, threshold %d", threshold).isFalse();
    }

    // a group that had no authorization at all is granted reading the task
    String grant = authorize(Authorization.AUTH_TYPE_GRANT, READERS, task);
    for (int threshold : new int[] {configuredThreshold, 0}) {
      prefilter.setThreshold(threshold);
      assertThat(sees("reader", groups, task)).as("group grant, threshold %d", threshold).isTrue();
      assertThat(sees("reader", List.of(NOBODY), task)).as("other groups, threshold %d",
          threshold).isFalse();
    }

    // the group reads every task, another of the user's groups is refused this one: the revoke
    // on the task itself wins over the grant on any task
    delete(grant);
    String everyTask = authorize(Authorization.AUTH_TYPE_GRANT, READERS, Authorization.ANY);
    String revoke = authorize(Authorization.AUTH_TYPE_REVOKE, BLOCKED, task);
    for (int threshold : new int[] {configuredThreshold, 0}) {
      prefilter.setThreshold(threshold);
      assertThat(sees("reader", groups, task)).as("group revoke, threshold %d", threshold)
          .isFalse();
      assertThat(sees("reader", List.of(READERS), task)).as("grant alone, threshold %d",
          threshold).isTrue();
    }

    // revoke deleted: seen again; grant deleted: nothing seen
    delete(revoke);
    for (int threshold : new int[] {configuredThreshold, 0}) {
      prefilter.setThreshold(threshold);
      assertThat(sees("reader", groups, task)).as("revoke deleted, threshold %d", threshold)
          .isTrue();
    }
    delete(everyTask);
    for (int threshold : new int[] {configuredThreshold, 0}) {
      prefilter.setThreshold(threshold);
      assertThat(sees("reader", groups, task)).as("grant deleted, threshold %d", threshold)
          .isFalse();
    }
  }

  /** The task in a list, in a count, by id, and in the engine's own check. */
  private boolean sees(String user, List<String> groups, String task) {
    boolean checked = authorizationService.isUserAuthorized(user, groups, Permissions.READ,
        Resources.TASK, task);
    List<Object> answers = as(user, groups, () -> List.of(
        taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new)).listPage(0, 50).stream()
            .map(Task::getId).toList(),
        taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new)).count(),
        taskService.createTaskQuery().taskId(task).count()));
    boolean listed = ((List<?>) answers.get(0)).contains(task);
    assertThat(answers.get(2)).as("count by id agrees with the list").isEqualTo(listed ? 1L : 0L);
    assertThat(checked).as("the engine's check agrees with the list").isEqualTo(listed);
    return listed;
  }

  /** Ten engine commands as the user: lists, counts, a single task. */
  private List<Object> tenCommandsAs(String user, List<String> groups) {
    return as(user, groups, () -> {
      List<Object> answers = new ArrayList<>();
      String[] ids = tasks.toArray(String[]::new);
      answers.add(taskService.createTaskQuery().taskIdIn(ids).listPage(0, 50).stream().map(Task::getId)
          .toList());
      for (int i = 0; i < 4; i++) {
        answers.add(taskService.createTaskQuery().taskIdIn(ids).count());
        answers.add(taskService.createTaskQuery().taskIdIn(ids).orderByTaskCreateTime().desc()
            .listPage(0, 15).size());
      }
      answers.add(taskService.createTaskQuery().taskId(ids[ids.length - 1]).count());
      return answers;
    });
  }

  private <T> T as(String user, List<String> groups, Supplier<T> commands) {
    identityService.setAuthentication(user, groups);
    try {
      return commands.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private long prefilterRuns() {
    Long runs = jdbc.queryForObject("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM "
        + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE UPPER(SQL_STATEMENT) LIKE UPPER(?)",
        Long.class, PREFILTER);
    return runs == null ? 0 : runs;
  }

  private String authorize(int type, String group, String resourceId) {
    Authorization authorization = authorizationService.createNewAuthorization(type);
    authorization.setGroupId(group);
    authorization.setResource(Resources.TASK);
    authorization.setResourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_GRANT) {
      authorization.addPermission(Permissions.READ);
    } else {
      authorization.removePermission(Permissions.READ);
    }
    authorizationService.saveAuthorization(authorization);
    authorizations.add(authorization.getId());
    return authorization.getId();
  }

  private void delete(String authorization) {
    authorizationService.deleteAuthorization(authorization);
    authorizations.remove(authorization);
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
