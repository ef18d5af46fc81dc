package cn.gov.sixian.reception.tasklist;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters for the roles, each listing the case number, petitioner, category and unit
 * so that cases can be told apart: my tasks, my unit's tasks, due soon, overdue, and the
 * registration room's. Created once; administrators may change them afterwards. Who sees which
 * filter is granted as filter authorizations (in force when authorization checks are on).
 */
@Component
@Order(DeploymentOrder.FILTERS)
class TaskFilterInitializer implements ApplicationRunner {

  static final String MY_TASKS = "我的待办";
  static final String GROUP_TASKS = "本单位待办";
  static final String DUE_SOON = "即将到期";
  static final String OVERDUE = "已逾期";
  static final String REGISTRATION_ROOM = "登记室";
  /** Everyone may use these filters; 登记室 is for the center's own staff. */
  static final List<String> CENTER_GROUPS = List.of(ReceptionGroups.REGISTRATION_STAFF,
      ReceptionGroups.CENTER_DIRECTOR, ReceptionGroups.DEPUTY_DIRECTOR, ReceptionGroups.SUPERVISORS);
  private static final Logger log = LoggerFactory.getLogger(TaskFilterInitializer.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TaskFilterInitializer(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(MY_TASKS,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc(),
        -20, "已认领到本人名下的任务，按到期日排序", List.of());
    ensure(GROUP_TASKS,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc(),
        -10, "本人所在单位（用户组）的待办任务，按到期日排序", List.of());
    ensure(DUE_SOON,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(2).toDate()}")
            .orderByDueDate().asc(),
        -5, "本单位两天内到期的任务", List.of());
    ensure(OVERDUE,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}")
            .orderByDueDate().asc(),
        -4, "本单位已超过到期日的任务", List.of());
    ensure(REGISTRATION_ROOM,
        taskService.createTaskQuery().taskCandidateGroup(ReceptionGroups.REGISTRATION_STAFF)
            .includeAssignedTasks().orderByTaskCreateTime().asc(),
        0, "登记室的分类确认、反馈确认、满意度评价等任务", CENTER_GROUPS);
  }

  /** Creates the filter once; readable by everyone, or only by {@code groups} when given. */
  private void ensure(
      String name, TaskQuery query, int priority, String description, List<String> groups) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(properties(priority, description));
    filterService.saveFilter(filter);
    if (groups.isEmpty()) {
      grantRead(filter, Authorization.AUTH_TYPE_GLOBAL, null);
    } else {
      groups.forEach(group -> grantRead(filter, Authorization.AUTH_TYPE_GRANT, group));
    }
    log.info("Tasklist filter '{}' created", name);
  }

  private void grantRead(Filter filter, int type, String group) {
    Authorization read = authorizationService.createNewAuthorization(type);
    if (type == Authorization.AUTH_TYPE_GLOBAL) {
      read.setUserId(Authorization.ANY);
    } else {
      read.setGroupId(group);
    }
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put(
        "variables",
        List.of(
            variable(CASE_NUMBER, "信访件编号"),
            variable(PETITIONER_NAME, "信访人"),
            variable(PROBLEM_CATEGORY_NAME, "问题类别"),
            variable(UNIT_NAME, "责任单位")));
    return properties;
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
