package cn.gov.sixian.reception.enginecontract;

import cn.gov.sixian.reception.process.Inputs;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What a member of staff may do to a task besides filling in its form: claim it for themselves,
 * give it back, hand it to a colleague of the same candidate group, set their own follow-up
 * date, and comment on it. Everything else about a task (its deadline, name, priority, candidate
 * groups, owner) is the model's and the administrators'. Checked before the command, as the user.
 */
final class TaskWorkRules {

  static final String CLAIM_FOR_SELF = "只能由本人认领任务，不能替他人认领。";
  static final String COLLEAGUES_ONLY =
      "只能把任务交给本单位（同一办理组）的同事，或退回本组；不能交给其他单位或其他人员。";
  static final String TASK_PROPERTIES =
      "任务的办理期限、名称、优先级和办理人由流程确定，不能在此修改（可以设置本人的跟进日期）。";
  static final String NOT_YOUR_TASK = "您无权查看或办理该任务。";
  static final String NO_STANDALONE_TASKS =
      "不能新建任务：任务都由信访件的办理流程产生，不属于某一信访件的独立任务不予受理。已拒绝，未做任何修改。";
  static final int COMMENT_LENGTH = 2000;

  private final ProcessEngineConfigurationImpl engine;

  TaskWorkRules(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** {@code claim(task, user)}: for oneself; {@code claim(task, null)} gives one's own task back. */
  void claim(Authentication caller, String taskId, String userId) {
    if (userId == null) {
      giveBack(caller, taskId);
    } else if (!userId.equals(caller.getUserId())) {
      throw new ContractRefusal(CLAIM_FOR_SELF);
    }
  }

  /** {@code setAssignee} and {@code delegateTask}: to oneself, back to the group, or a colleague. */
  void assign(Authentication caller, String taskId, String userId) {
    if (userId == null) {
      giveBack(caller, taskId);
    } else if (!userId.equals(caller.getUserId()) && !isColleague(caller, taskId, userId)) {
      throw new ContractRefusal(COLLEAGUES_ONLY);
    }
  }

  /**
   * {@code saveTask} of an existing task, as Tasklist sends it to set a follow-up date: only the
   * follow-up date may differ from the stored task. A new (standalone) task is refused.
   */
  void save(Task changed) {
    Task stored = changed.getId() == null ? null
        : engine.getTaskService().createTaskQuery().taskId(changed.getId()).singleResult();
    if (stored == null
        || !Objects.equals(changed.getName(), stored.getName())
        || !Objects.equals(changed.getDescription(), stored.getDescription())
        || changed.getPriority() != stored.getPriority()
        || !Objects.equals(changed.getAssignee(), stored.getAssignee())
        || !Objects.equals(changed.getOwner(), stored.getOwner())
        || !sameTime(changed.getDueDate(), stored.getDueDate())
        || !Objects.equals(changed.getParentTaskId(), stored.getParentTaskId())
        || !Objects.equals(changed.getCaseInstanceId(), stored.getCaseInstanceId())
        || !Objects.equals(changed.getTenantId(), stored.getTenantId())
        || changed.getDelegationState() != stored.getDelegationState()) {
      throw new ContractRefusal(TASK_PROPERTIES);
    }
  }

  /** A comment on a task the caller can see, of a sane length and without hidden characters. */
  void comment(String taskId, String processInstanceId, String message) {
    Task task = taskId == null ? null
        : engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null || (processInstanceId != null
        && !processInstanceId.equals(task.getProcessInstanceId()))) {
      throw new ContractRefusal(NOT_YOUR_TASK);
    }
    Inputs.of(Map.of("message", message == null ? "" : message))
        .requiredText("message", "评论", COMMENT_LENGTH);
  }

  /** Comments and events of a task are read by those who may read the task, open or done. */
  void readTaskRecord(String taskId) {
    boolean visible = taskId != null
        && (engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
            || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
    if (!visible) {
      throw new ContractRefusal(NOT_YOUR_TASK);
    }
  }

  /** Comments of a case are read by those who may read the case. */
  void readCaseRecord(String processInstanceId) {
    if (processInstanceId == null || engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() == 0) {
      throw new ContractRefusal("您无权查看该案件。");
    }
  }

  private void giveBack(Authentication caller, String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return; // not visible: the engine refuses the command itself
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.getUserId())
        && candidateGroupsOf(caller, taskId).isEmpty()) {
      throw new ContractRefusal(COLLEAGUES_ONLY);
    }
  }

  /** The target belongs to a candidate group of the task that the caller belongs to as well. */
  private boolean isColleague(Authentication caller, String taskId, String userId) {
    for (String group : candidateGroupsOf(caller, taskId)) {
      if (engine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(group)
          .count() > 0) {
        return true;
      }
    }
    return false;
  }

  private Set<String> candidateGroupsOf(Authentication caller, String taskId) {
    List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .filter(callerGroups::contains)
        .collect(Collectors.toSet());
  }

  private static boolean sameTime(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }
}
