package cn.gov.sixian.reception.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each user lands on the tasks of their own groups, listed with the case number. */
class TaskFilterInitializerTest extends H2ApplicationTest {

  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  List<Task> groupTasksAs(String userId, String... groups) {
    return filterAs(TaskFilterInitializer.GROUP_TASKS, userId, groups);
  }

  List<Task> filterAs(String filterName, String userId, String... groups) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    identityService.setAuthentication(userId, List.of(groups));
    return filterService.listPage(filter.getId(), 0, 100);
  }

  String register(String idFirst17) {
    return runtimeService.startProcessInstanceByKey("joint-reception", Map.of(
            "petitionerName", "赵六",
            "idNumber", TestIdNumbers.of(idFirst17),
            "phone", "13955701234",
            "address", "泗县大庄镇",
            "visitorCount", 1,
            "problemCategory", "transport",
            "matter", "道路施工损坏农田。",
            "request", "要求赔偿。"))
        .getProcessInstanceId();
  }

  @Test
  void overdueAndDueSoonFiltersFollowTheDueDate() {
    String pi = register("34132419660606111");
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    java.time.Instant now = java.time.Instant.now();
    taskService.setDueDate(task.getId(), java.util.Date.from(now.minusSeconds(3600)));
    assertThat(filterAs(TaskFilterInitializer.OVERDUE, "dengji", "registration-staff"))
        .extracting(Task::getId).contains(task.getId());
    assertThat(filterAs(TaskFilterInitializer.DUE_SOON, "dengji", "registration-staff"))
        .extracting(Task::getId).doesNotContain(task.getId());
    identityService.clearAuthentication();
    taskService.setDueDate(task.getId(), java.util.Date.from(now.plusSeconds(24 * 3600)));
    assertThat(filterAs(TaskFilterInitializer.DUE_SOON, "dengji", "registration-staff"))
        .extracting(Task::getId).contains(task.getId());
    assertThat(filterAs(TaskFilterInitializer.OVERDUE, "dengji", "registration-staff"))
        .extracting(Task::getId).doesNotContain(task.getId());
    assertThat(filterAs(TaskFilterInitializer.REGISTRATION_ROOM, "zhuren", "center-director"))
        .extracting(Task::getId).contains(task.getId());
    // authorization checks are on: a unit may not use the registration room's filter
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> filterAs(TaskFilterInitializer.REGISTRATION_ROOM, "rsj-staff", "unit-rsj"))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }

  @Test
  void theRegistrationRoomFilterIsGrantedToTheCenterOnly() {
    Filter room = filterService.createFilterQuery()
        .filterName(TaskFilterInitializer.REGISTRATION_ROOM).singleResult();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(
            org.camunda.bpm.engine.authorization.Resources.FILTER).resourceId(room.getId()).list())
        .extracting(a -> a.getGroupId())
        .containsExactlyInAnyOrder("registration-staff", "center-director", "deputy-director", "supervisors");
  }

  @Test
  void registrationStaffSeeRoutingTasksAndUnitsDoNot() {
    String caseNumber =
        runtimeService.startProcessInstanceByKey("joint-reception", Map.of(
                "petitionerName", "王五",
                "idNumber", TestIdNumbers.of("34132419751212001"),
                "phone", "13955701234",
                "address", "泗县大庄镇",
                "visitorCount", 1,
                "problemCategory", "transport",
                "matter", "道路施工损坏农田。",
                "request", "要求赔偿。"))
            .getBusinessKey();

    assertThat(groupTasksAs("dengji", "registration-staff"))
        .extracting(Task::getTaskDefinitionKey).contains("Task_ConfirmRouting");
    assertThat(groupTasksAs("jtj-staff", "unit-jtj")).noneMatch(
        t -> caseNumber.equals(runtimeService.createProcessInstanceQuery()
            .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()));
  }

  @Test
  void filtersListTheCaseNumberAndPetitioner() {
    Filter filter =
        filterService.createFilterQuery().filterName(TaskFilterInitializer.MY_TASKS).singleResult();
    assertThat(filter.getProperties()).containsKey("variables");
    assertThat(filter.getProperties().get("variables").toString())
        .contains("caseNumber", "信访件编号", "petitionerName");
  }
}
