package cn.gov.sixian.reception.enginecontract;

import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * The domain contract of the engine for everyone but administrators: what a member of staff may
 * change through any engine API (REST, Tasklist's and Cockpit's engine API, Java) equals what
 * their forms and the documented REST contract let them change.
 *
 * <ul>
 *   <li>reads ({@link EngineReads}), with the engine's own read checks;
 *   <li>a task's form: complete, submit-form and resolve with the form's fillable fields only
 *       ({@link FormContracts});
 *   <li>a start through the front door: the start form's fields, no business key, no start
 *       instructions, no skipped listeners or mappings;
 *   <li>claiming, giving back, handing to a colleague, one's own follow-up date, comments on a
 *       task one can see ({@link TaskWorkRules});
 *   <li>one's own profile and password.
 * </ul>
 *
 * Everything else — variable writes, jobs and timers, suspension, modification, migration,
 * batches, messages, signals, incidents, attachments, deployments, identity — is refused with a
 * Chinese message before the command runs, so nothing changes. Domain actions that need more go
 * through the project's own endpoints, which check the caller and then act as the application.
 */
final class CommandContract {

  static final String REFUSED = "此操作不在您的职责范围内：只能通过任务表单和系统提供的功能办理，已拒绝，未做任何修改。";
  static final String FRONT_DOOR = "只能通过发起表单或登记接口发起流程：不能指定业务标识（信访件编号由系统生成）、"
      + "不能从流程中间环节开始，也不能跳过监听器或输入输出映射。";
  static final String OWN_PROFILE = "只能修改本人的账户信息和密码。";

  private final ProcessEngineConfigurationImpl engine;
  private final FormContracts forms;
  private final TaskWorkRules tasks;

  CommandContract(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
    this.forms = new FormContracts(engine);
    this.tasks = new TaskWorkRules(engine);
  }

  /** Returns when the caller may run the command; throws (403 or 400) otherwise. */
  void check(Command<?> command, Authentication caller) {
    if (EngineReads.isRead(command)) {
      return;
    }
    Class<?> type = command.getClass();
    if (type == CompleteTaskCmd.class || type == ResolveTaskCmd.class) {
      forms.checkTaskSubmission(field(command, "taskId"),
          variables(CommandFields.read(command, "variables")));
    } else if (type == SubmitTaskFormCmd.class) {
      forms.checkTaskSubmission(field(command, "taskId"),
          variables(CommandFields.read(command, "properties")));
    } else if (type == StartProcessInstanceCmd.class) {
      checkStart((ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder"));
    } else if (type == SubmitStartFormCmd.class) {
      checkStart(field(command, "processDefinitionId"), null, field(command, "businessKey"),
          variables(CommandFields.read(command, "variables")));
    } else if (type == ClaimTaskCmd.class) {
      tasks.claim(caller, field(command, "taskId"), field(command, "userId"));
    } else if (type == AssignTaskCmd.class || type == DelegateTaskCmd.class) {
      tasks.assign(caller, field(command, "taskId"), field(command, "userId"));
    } else if (type == CreateTaskCmd.class) {
      // POST /task/create, Tasklist's 创建任务: every task belongs to a case's process
      throw new ContractRefusal(TaskWorkRules.NO_STANDALONE_TASKS);
    } else if (type == SaveTaskCmd.class) {
      tasks.save((Task) CommandFields.read(command, "task"));
    } else if (type == SetTaskFollowUpDateCmd.class) {
      tasks.readTaskRecord(field(command, "taskId"));
    } else if (type == AddCommentCmd.class) {
      tasks.comment(field(command, "taskId"), field(command, "processInstanceId"),
          field(command, "message"));
    } else if (type == GetTaskCommentsCmd.class || type == GetTaskCommentCmd.class
        || type == GetTaskEventsCmd.class) {
      tasks.readTaskRecord(field(command, "taskId"));
    } else if (type == GetProcessInstanceCommentsCmd.class) {
      tasks.readCaseRecord(field(command, "processInstanceId"));
    } else if (type == SaveUserCmd.class) {
      User user = (User) CommandFields.read(command, "user");
      if (user == null || !caller.getUserId().equals(user.getId())) {
        throw new ContractRefusal(OWN_PROFILE);
      }
    } else {
      throw new ContractRefusal(REFUSED);
    }
  }

  private void checkStart(ProcessInstantiationBuilderImpl start) {
    ProcessInstanceModificationBuilderImpl modification = start.getModificationBuilder();
    if (!modification.getModificationOperations().isEmpty()
        || modification.isSkipCustomListeners() || modification.isSkipIoMappings()
        || start.getCaseInstanceId() != null) {
      throw new ContractRefusal(FRONT_DOOR);
    }
    checkStart(start.getProcessDefinitionId(), start.getProcessDefinitionKey(),
        start.getBusinessKey(), start.getVariables());
  }

  private void checkStart(String definitionId, String definitionKey, String businessKey,
      Map<String, ?> variables) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw new ContractRefusal(FRONT_DOOR);
    }
    ProcessDefinition definition = definition(definitionId, definitionKey);
    if (definition == null) {
      return; // unknown or not readable: the engine answers it
    }
    forms.checkStart(definition.getId(), definition.getKey(), variables);
  }

  private ProcessDefinition definition(String id, String key) {
    var query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (id != null) {
      return query.processDefinitionId(id).singleResult();
    }
    return key == null ? null : query.processDefinitionKey(key).withoutTenantId().latestVersion()
        .singleResult();
  }

  private static String field(Command<?> command, String name) {
    return CommandFields.text(command, name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> variables(Object value) {
    return (Map<String, ?>) value;
  }
}
