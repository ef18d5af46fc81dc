package cn.gov.sixian.reception.tasklist;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
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
 * The Tasklist filters every user starts from: the tasks of their own groups and the tasks
 * assigned to them, each listed with the case number, petitioner, category and unit so that cases
 * can be told apart. Created once; administrators may change them afterwards.
 */
@Component
@Order(DeploymentOrder.FILTERS)
class TaskFilterInitializer implements ApplicationRunner {

  static final String GROUP_TASKS = "本组待办";
  static final String MY_TASKS = "我的待办";
  private static final Logger log = LoggerFactory.getLogger(TaskFilterInitializer.class);

  private final FilterService filterService;
  private final TaskService taskService;

  TaskFilterInitializer(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(
        GROUP_TASKS,
        taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate().asc(),
        -10,
        "本人所在用户组（本单位、本岗位）的待办任务，按到期日排序");
    ensure(
        MY_TASKS,
        taskService.createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc(),
        -5,
        "已认领到本人名下的任务");
  }

  private void ensure(String name, TaskQuery query, int priority, String description) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(properties(priority, description));
    filterService.saveFilter(filter);
    log.info("Tasklist filter '{}' created", name);
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
