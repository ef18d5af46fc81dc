package cn.gov.sixian.reception.enginecontract;

import java.util.Set;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The engine commands that only read, and that the webapps and the documented REST API need:
 * queries (checked row by row or by the join, as configured), forms, models, diagrams, variables
 * as the engine's read checks allow, and the identity look-ups of the login pages. Named one by
 * one, so that a command of a later engine version is refused until someone looks at it.
 * Reads of comments and attachments are not here: see {@link CommandContract}.
 */
final class EngineReads {

  private static final Set<Class<?>> READS = Set.of(
      // filters of Tasklist
      GetFilterCmd.class, ExecuteFilterListCmd.class, ExecuteFilterListPageCmd.class,
      ExecuteFilterCountCmd.class, ExecuteFilterSingleResultCmd.class,
      // forms
      GetTaskFormCmd.class, GetStartFormCmd.class, GetRenderedTaskFormCmd.class,
      GetRenderedStartFormCmd.class, GetTaskFormVariablesCmd.class,
      GetStartFormVariablesCmd.class, org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd.class,
      GetDeployedStartFormCmd.class, GetFormKeyCmd.class, GetCamundaFormDefinitionCmd.class,
      // models and diagrams (Cockpit, Tasklist's diagram tab)
      GetDeploymentResourceCmd.class, GetDeploymentResourceForIdCmd.class,
      GetDeploymentResourceNamesCmd.class, GetDeploymentResourcesCmd.class,
      GetDeploymentProcessModelCmd.class, GetDeploymentProcessDiagramCmd.class,
      GetDeploymentProcessDiagramLayoutCmd.class, GetDeploymentBpmnModelInstanceCmd.class,
      GetDeployedProcessDefinitionCmd.class, GetStaticCalledProcessDefinitionCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDefinitionCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionModelCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDiagramCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDmnModelInstanceCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsDefinitionCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsModelCmd.class,
      org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsDiagramCmd.class,
      // a case's state and variables, with the engine's read checks
      GetActivityInstanceCmd.class, FindActiveActivityIdsCmd.class,
      GetExecutionVariableCmd.class, GetExecutionVariableTypedCmd.class,
      GetExecutionVariablesCmd.class, GetTaskVariableCmd.class, GetTaskVariableCmdTyped.class,
      GetTaskVariablesCmd.class, GetIdentityLinksForTaskCmd.class, GetSubTasksCmd.class,
      GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class,
      // login, the password policy, who may do what (the webapps ask before showing a button)
      CheckPassword.class, GetPasswordPolicyCmd.class, IsIdentityServiceReadOnlyCmd.class,
      CreateUserQueryCmd.class, CreateGroupQueryCmd.class, CreateTenantQueryCmd.class,
      AuthorizationCheckCmd.class, GetHistoryLevelCmd.class, IsTelemetryEnabledCmd.class,
      GetTelemetryDataCmd.class, GetLicenseKeyCmd.class, GetUniqueTaskWorkerCountCmd.class);

  /** Read commands of the webapps' own plugins (Cockpit's lists and counts), by class name. */
  private static final Set<String> WEBAPP_READS = Set.of(
      "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$ExecuteListQueryCmd",
      "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$ExecuteSingleQueryCmd",
      "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$QueryServiceRowCountCmd",
      "org.camunda.bpm.cockpit.impl.plugin.resources.ProcessInstanceRestService$QueryProcessInstancesCmd",
      "org.camunda.bpm.cockpit.impl.plugin.resources.ProcessInstanceRestService$QueryProcessInstancesCountCmd",
      "org.camunda.bpm.cockpit.impl.plugin.base.sub.resources.ProcessDefinitionResource$QueryCalledProcessDefinitionsCmd",
      "org.camunda.bpm.engine.impl.TaskReportImpl$TaskCountByCandidateGroupCmd",
      "org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl$ExecuteDurationCmd",
      "org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl$HistoricTaskInstanceCountByNameCmd",
      "org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl$HistoricTaskInstanceCountByProcessDefinitionKey",
      "org.camunda.bpm.engine.impl.HistoricProcessInstanceReportImpl$ExecuteDurationReportCmd",
      "org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl$MetricsQuerySumCmd",
      "org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl$MetricsQueryIntervalCmd");

  private EngineReads() {}

  /** Queries (not native SQL ones) and the read commands above. */
  static boolean isRead(Command<?> command) {
    return command instanceof AbstractQuery<?, ?>
        || READS.contains(command.getClass())
        || WEBAPP_READS.contains(command.getClass().getName());
  }
}
