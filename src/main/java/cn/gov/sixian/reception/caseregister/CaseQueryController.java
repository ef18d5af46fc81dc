package cn.gov.sixian.reception.caseregister;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds a case by its number (信访件编号): where it stands and which tasks are open. Each opening
 * by a user is recorded in the access log, with the optional {@code purpose}.
 */
@RestController
@RequestMapping("/api/cases")
class CaseQueryController {

  static final String ENDPOINT = "GET /api/cases/{caseNumber}";

  private final CaseRegister register;
  private final TaskService taskService;
  private final CaseAccess access;
  private final AccessLog accessLog;

  CaseQueryController(CaseRegister register, TaskService taskService, CaseAccess access,
      AccessLog accessLog) {
    this.register = register;
    this.taskService = taskService;
    this.access = access;
    this.accessLog = accessLog;
  }

  @GetMapping("/{caseNumber}")
  CaseView find(@PathVariable String caseNumber,
      @RequestParam(required = false) String purpose) {
    if (purpose != null && purpose.length() > CaseSearchCriteria.MAX_PURPOSE) {
      throw new InvalidInputException("purpose",
          "「查阅事由」最多" + CaseSearchCriteria.MAX_PURPOSE + "个字。");
    }
    CaseRecord c =
        register
            .find(caseNumber)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber));
    if (!access.mayRead(caseNumber)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看信访件：" + caseNumber);
    }
    String user = access.currentUserId();
    if (user != null) {
      accessLog.recordOpening(user, ENDPOINT,
          purpose == null || purpose.isBlank() ? null : purpose.strip(), caseNumber);
    }
    // the caller may see the case: list all its open tasks, not only those offered to them
    List<OpenTask> tasks = access.asApplication(() ->
        taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
            .map(this::openTask)
            .toList());
    return new CaseView(
        c.caseNumber(), c.processInstanceId(), c.registeredAt(), c.status().name(),
        c.status().label(), c.problemCategory(), c.unitCode(), c.unitName(), c.firstVisit(),
        c.groupVisit(), c.outcome(), c.satisfaction(), c.closedAt(), tasks);
  }

  private OpenTask openTask(Task task) {
    List<String> groups =
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(g -> g != null)
            .toList();
    return new OpenTask(
        task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  /** A case as other channels see it; no identity number or phone. */
  record CaseView(
      String caseNumber,
      String processInstanceId,
      Instant registeredAt,
      String status,
      String statusName,
      String problemCategory,
      String unitCode,
      String unitName,
      boolean firstVisit,
      boolean groupVisit,
      String outcome,
      String satisfaction,
      Instant closedAt,
      List<OpenTask> openTasks) {}

  record OpenTask(
      String id,
      String taskDefinitionKey,
      String name,
      String assignee,
      List<String> candidateGroups,
      Instant due) {}
}
