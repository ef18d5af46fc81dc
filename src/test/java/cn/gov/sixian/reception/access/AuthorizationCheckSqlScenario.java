package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link AuthorizationCheckSql}'s statements give exactly the answers of Camunda's own: the task
 * query and the process instance query (lists in several orders, pages, counts) are asked once
 * through the application's statements and once through the engine's, for grants and revokes of
 * the user, of the groups and global ones, on the row, on its definition and on '*', with both
 * of the engine's strategies (row checks: revokes exist; the join: none), with and without
 * groups. Some answers are also asserted outright, so that two empty answers cannot pass for
 * agreement. Run on H2 and on PostgreSQL (subclasses).
 */
abstract class AuthorizationCheckSqlScenario {

  private static final String PROCESS = "acs-check-process";
  private static final String USER = "acs-user";
  private static final String GROUP = "acs-g1";
  private static final String OTHER_GROUP = "acs-g2";
  private static final String STRANGERS = "acs-strangers";
  private static final List<String> GROUPS = List.of(GROUP, OTHER_GROUP);

  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final List<String> authorizations = new ArrayList<>();
  private final List<String> standalone = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();
  private String configuredRevokes;
  /** Task ids: t0..t3 in instances of the process, s0..s1 standalone. */
  private final Map<String, String> tasks = new LinkedHashMap<>();

  @BeforeEach
  void seed() {
    configuredRevokes = engineConfiguration.getAuthorizationCheckRevokes();
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count()
        == 0) {
      repositoryService.createDeployment().name(PROCESS)
          .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
              .name("授权检查测试").camundaHistoryTimeToLive(1)
              .startEvent().userTask("Task_Check").name("办理").endEvent().done())
          .deploy();
    }
    for (int i = 0; i < 4; i++) {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS,
          Map.of("order", "v" + (3 - i)));
      instances.add(instance.getId());
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      task.setPriority(10 * i);
      taskService.saveTask(task);
      tasks.put("t" + i, task.getId());
    }
    for (int i = 0; i < 2; i++) {
      Task task = taskService.newTask();
      task.setName("单独任务");
      // priorities all different: pages by priority have one answer
      task.setPriority(100 + i);
      taskService.saveTask(task);
      standalone.add(task.getId());
      tasks.put("s" + i, task.getId());
    }
  }

  @AfterEach
  void clean() {
    engineConfiguration.setAuthorizationCheckRevokes(configuredRevokes);
    identityService.clearAuthentication();
    authorizations.forEach(authorizationService::deleteAuthorization);
    standalone.forEach(id -> taskService.deleteTask(id, true));
    instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
  }

  @Test
  void theApplicationsStatementsAreInForce() {
    Map<String, String> mappings =
        engineConfiguration.getDbSqlSessionFactory().getStatementMappings();
    assertThat(mappings).containsAllEntriesOf(AuthorizationCheckSql.STATEMENTS);
    assertThat(engineConfiguration.getSqlSessionFactory().getConfiguration()
        .hasStatement(AuthorizationCheckSql.STATEMENTS.get("selectTaskByQueryCriteria")))
        .isTrue();
  }

  /**
   * The checks the engine builds for a unit user's Tasklist query and a Cockpit list have the
   * shape the statements rewrite, and the SQL they give neither joins the grants nor looks them
   * up row by row.
   */
  @Test
  void theEnginesChecksAreWrittenTheApplicationsWay() {
    org.apache.ibatis.session.Configuration mybatis =
        engineConfiguration.getSqlSessionFactory().getConfiguration();
    for (String revokes : List.of("always", "never")) {
      engineConfiguration.setAuthorizationCheckRevokes(revokes);
      List<String> sql = engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
        identityService.setAuthentication(USER, GROUPS);
        try {
          TaskQueryImpl tasks = new TaskQueryImpl();
          tasks.taskCandidateGroupIn(GROUPS).includeAssignedTasks();
          context.getAuthorizationManager().configureTaskQuery(tasks);
          ProcessInstanceQueryImpl instances = new ProcessInstanceQueryImpl();
          instances.processDefinitionKey(PROCESS);
          context.getAuthorizationManager().configureExecutionQuery(instances);
          assertThat(AuthorizationCheckSql.ownCheck(tasks.getAuthCheck())).as(revokes).isNotNull();
          assertThat(AuthorizationCheckSql.ownCheck(instances.getAuthCheck())).as(revokes)
              .isNotNull();
          assertThat(tasks.getAuthCheck().isRevokeAuthorizationCheckEnabled())
              .isEqualTo(revokes.equals("always"));
          return List.of(
              sql(mybatis, "selectTaskByQueryCriteria", tasks),
              sql(mybatis, "selectTaskCountByQueryCriteria", tasks),
              sql(mybatis, "selectProcessInstanceByQueryCriteria", instances),
              sql(mybatis, "selectProcessInstanceCountByQueryCriteria", instances));
        } finally {
          identityService.clearAuthentication();
        }
      });
      assertThat(sql).as(revokes).allSatisfy(statement -> assertThat(statement)
          .contains("ACT_RU_AUTHORIZATION")
          .doesNotContain("AUTH.RESOURCE_ID_")
          .doesNotContain("A.RESOURCE_ID_ = RES.ID_")
          .doesNotContain("A.RESOURCE_ID_ = D.KEY_"));
      assertThat(sql.get(0)).as("the task is read through the identity link")
          .contains("COALESCE(I.TASK_ID_, RES.ID_) IN");
    }
  }

  private static String sql(org.apache.ibatis.session.Configuration mybatis, String statement,
      Object query) {
    return mybatis.getMappedStatement(AuthorizationCheckSql.STATEMENTS.get(statement))
        .getBoundSql(query).getSql().replaceAll("\\s+", " ");
  }

  @Test
  void nothingGrantedNothingSeen() {
    assertSameAnswers("nothing");
    assertThat(taskIdsSeen("always")).isEmpty();
  }

  @Test
  void grantsOnTheRowAndRevokesWithTheirPrecedence() {
    // the group reads t0 and t1; the user is refused t1 (user revoke beats group grant);
    // the user reads t2, which the group is refused (user grant beats group revoke)
    grant(Resources.TASK, tasks.get("t0"), Permissions.READ, GROUP, null);
    grant(Resources.TASK, tasks.get("t1"), Permissions.READ, GROUP, null);
    revoke(Resources.TASK, tasks.get("t1"), Permissions.READ, null, USER);
    grant(Resources.TASK, tasks.get("t2"), Permissions.READ, null, USER);
    revoke(Resources.TASK, tasks.get("t2"), Permissions.READ, OTHER_GROUP, null);
    // another permission than READ grants no reading; strangers' grants are not the user's
    grant(Resources.TASK, tasks.get("t3"), Permissions.UPDATE, GROUP, null);
    grant(Resources.TASK, tasks.get("s0"), Permissions.READ, STRANGERS, null);
    assertSameAnswers("row grants and revokes");
    assertThat(taskIdsSeen("always")).containsExactlyInAnyOrder(tasks.get("t0"), tasks.get("t2"));
    assertThat(taskIdsSeen("never")).as("the join knows no revokes")
        .containsExactlyInAnyOrder(tasks.get("t0"), tasks.get("t1"), tasks.get("t2"));
  }

  @Test
  void everyTaskButARevokedOne() {
    grant(Resources.TASK, Authorization.ANY, Permissions.READ, GROUP, null);
    revoke(Resources.TASK, tasks.get("t3"), Permissions.READ, OTHER_GROUP, null);
    revoke(Resources.TASK, Authorization.ANY, Permissions.READ, null, "someone-else");
    assertSameAnswers("group grant on any task, a group revoke on one");
    assertThat(taskIdsSeen("always")).hasSize(5).doesNotContain(tasks.get("t3"));
  }

  @Test
  void theDefinitionGrantsItsTasksUnlessTheTaskItselfIsRefused() {
    grant(Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ, GROUP, null,
        Permissions.READ_TASK, Permissions.READ_INSTANCE);
    revoke(Resources.TASK, tasks.get("t1"), Permissions.READ, null, USER);
    revoke(Resources.PROCESS_INSTANCE, instances.get(2), Permissions.READ, GROUP, null);
    assertSameAnswers("definition grants, row revokes");
    assertThat(taskIdsSeen("always")).containsExactlyInAnyOrder(tasks.get("t0"),
        tasks.get("t2"), tasks.get("t3"));
  }

  @Test
  void globalAuthorizationsComeLast() {
    // everyone reads every task and instance; t0 and instance 0 are globally without READ;
    // the group is refused every task, the user is granted t1
    global(Resources.TASK, Authorization.ANY, Permissions.READ);
    global(Resources.TASK, tasks.get("t0"), Permissions.UPDATE);
    global(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    global(Resources.PROCESS_INSTANCE, instances.get(0), Permissions.UPDATE);
    assertSameAnswers("global grants");
    assertThat(taskIdsSeen("always")).hasSize(5).doesNotContain(tasks.get("t0"));
    revoke(Resources.TASK, Authorization.ANY, Permissions.READ, OTHER_GROUP, null);
    grant(Resources.TASK, tasks.get("t1"), Permissions.READ, null, USER);
    assertSameAnswers("global grants, a group revoke on any task");
    assertThat(taskIdsSeen("always")).containsExactly(tasks.get("t1"));
  }

  @Test
  void userGrantsOnAnyAndRevokesOnAny() {
    grant(Resources.TASK, Authorization.ANY, Permissions.READ, null, USER);
    revoke(Resources.TASK, tasks.get("t2"), Permissions.READ, null, USER);
    grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ, OTHER_GROUP, null);
    revoke(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ, null, USER);
    grant(Resources.PROCESS_INSTANCE, instances.get(3), Permissions.READ, null, USER);
    assertSameAnswers("user grants and revokes on any");
    assertThat(taskIdsSeen("always")).hasSize(5).doesNotContain(tasks.get("t2"));
  }

  // ---- asking both ways ------------------------------------------------------------------------

  /** Every query, both strategies, with and without groups: ours equal the engine's. */
  private void assertSameAnswers(String setup) {
    for (String revokes : List.of("always", "never")) {
      for (List<String> groups : List.of(GROUPS, List.<String>of())) {
        Map<String, Object> ours = answers(revokes, groups);
        Map<String, Object> engines = withEnginesStatements(() -> answers(revokes, groups));
        assertThat(ours).as("%s, revokes %s, groups %s", setup, revokes, groups)
            .isEqualTo(engines);
      }
    }
  }

  private List<String> taskIdsSeen(String revokes) {
    engineConfiguration.setAuthorizationCheckRevokes(revokes);
    return as(GROUPS, () -> taskService.createTaskQuery().taskIdIn(ids()).listPage(0, 50).stream()
        .map(Task::getId).toList());
  }

  private Map<String, Object> answers(String revokes, List<String> groups) {
    engineConfiguration.setAuthorizationCheckRevokes(revokes);
    return as(groups, () -> {
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("tasks", taskIds(taskService.createTaskQuery().taskIdIn(ids())
          .orderByTaskId().asc().listPage(0, 50)));
      answers.put("tasks by priority, page", taskIds(taskService.createTaskQuery()
          .taskIdIn(ids()).orderByTaskPriority().desc().listPage(1, 2)));
      answers.put("tasks by variable", taskIds(taskService.createTaskQuery()
          .processDefinitionKey(PROCESS).taskIdIn(ids())
          .orderByProcessVariable("order", ValueType.STRING).asc().listPage(0, 50)));
      answers.put("task count", taskService.createTaskQuery().taskIdIn(ids()).count());
      answers.put("process tasks count", taskService.createTaskQuery()
          .processDefinitionKey(PROCESS).taskIdIn(ids()).count());
      answers.put("instances", runtimeService.createProcessInstanceQuery()
          .processInstanceIds(new java.util.HashSet<>(instances)).orderByProcessInstanceId()
          .asc().listPage(0, 50).stream().map(ProcessInstance::getId).toList());
      answers.put("instances, page", runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(PROCESS).processInstanceIds(new java.util.HashSet<>(instances))
          .orderByProcessInstanceId().desc().listPage(1, 2).stream()
          .map(ProcessInstance::getId).toList());
      answers.put("instance count", runtimeService.createProcessInstanceQuery()
          .processInstanceIds(new java.util.HashSet<>(instances)).count());
      return answers;
    });
  }

  /** The same calls with the engine's own statements. */
  private <T> T withEnginesStatements(Supplier<T> calls) {
    DbSqlSessionFactory sessions = engineConfiguration.getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    AuthorizationCheckSql.STATEMENTS.keySet().forEach(engines::remove);
    sessions.setStatementMappings(engines);
    try {
      return calls.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  private <T> T as(List<String> groups, Supplier<T> calls) {
    identityService.setAuthentication(USER, groups);
    try {
      return calls.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String[] ids() {
    return tasks.values().toArray(String[]::new);
  }

  private static List<String> taskIds(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }

  // ---- authorizations -------------------------------------------------------------------------

  private void grant(Resource resource, String id, Permission permission, String group,
      String user, Permission... more) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.addPermission(permission);
    for (Permission p : more) {
      grant.addPermission(p);
    }
    save(grant, resource, id, group, user);
  }

  private void revoke(Resource resource, String id, Permission permission, String group,
      String user) {
    Authorization revoke =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.removePermission(permission);
    save(revoke, resource, id, group, user);
  }

  /** A global authorization with exactly this permission. */
  private void global(Resource resource, String id, Permission permission) {
    Authorization global =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.addPermission(permission);
    save(global, resource, id, null, Authorization.ANY);
  }

  private void save(Authorization authorization, Resource resource, String id, String group,
      String user) {
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.setGroupId(group);
    authorization.setUserId(user);
    authorizationService.saveAuthorization(authorization);
    authorizations.add(authorization.getId());
  }
}
