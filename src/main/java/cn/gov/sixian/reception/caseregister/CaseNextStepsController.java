package cn.gov.sixian.reception.caseregister;

import cn.gov.sixian.reception.access.CaseAccess;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a case went and what comes next, for the notice Tasklist shows after registration and
 * after a step: {@code GET /api/cases/{caseNumber}/next-steps}. It shows no personal data (no
 * name, ID number or phone), so, like the documents list, it is not an opening for the access
 * log; whoever may read the case may ask.
 */
@RestController
class CaseNextStepsController {

  private final CaseRegister register;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CaseAccess access;

  CaseNextStepsController(CaseRegister register, TaskService taskService,
      IdentityService identityService, CaseAccess access) {
    this.register = register;
    this.taskService = taskService;
    this.identityService = identityService;
    this.access = access;
  }

  /** The responsible unit (null before 分类确认) and the case's open steps, oldest first. */
  record NextSteps(String caseNumber, String unitName, List<Step> steps) {}

  /** An open task: its name and who does it, by the short names of its candidate groups. */
  record Step(String taskDefinitionKey, String name, List<String> doneBy, Instant due) {}

  @GetMapping("/api/cases/{caseNumber}/next-steps")
  NextSteps nextSteps(@PathVariable String caseNumber) {
    CaseRecord found = register.find(caseNumber).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber));
    if (!access.mayRead(caseNumber)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看信访件：" + caseNumber);
    }
    // the caller may see the case: its next steps are not only the caller's own tasks
    List<Step> steps = access.asApplication(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).list().stream()
        .sorted(Comparator.comparing(Task::getCreateTime))
        .map(this::step)
        .toList());
    return new NextSteps(found.caseNumber(), found.unitName(), steps);
  }

  private Step step(Task task) {
    List<String> groupIds = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(id -> id != null)
        .toList();
    Map<String, String> names = groupIds.isEmpty() ? Map.of()
        : identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()
            .stream().collect(Collectors.toMap(Group::getId, Group::getName, (a, b) -> a));
    List<String> doneBy = groupIds.stream()
        .map(id -> shortName(names.getOrDefault(id, id)))
        .toList();
    return new Step(task.getTaskDefinitionKey(), task.getName(), doneBy,
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  /** 「登记员（来访接待中心工作人员）」 reads as 「登记员」 in a one-line notice. */
  static String shortName(String groupName) {
    return groupName == null ? null : groupName.replaceFirst("（[^（）]*）$", "");
  }
}
