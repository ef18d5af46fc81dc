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

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  List<Task> groupTasksAs(String userId, String... groups) {
    Filter filter =
        filterService.createFilterQuery().filterName(TaskFilterInitializer.GROUP_TASKS).singleResult();
    identityService.setAuthentication(userId, List.of(groups));
    return filterService.list(filter.getId());
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
