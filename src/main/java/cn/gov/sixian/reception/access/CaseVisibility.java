package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.process.ProcessVariables;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * A unit sees the cases it has been given work on: when a task is offered to a group that does
 * not read every case anyway (a unit's {@code unit-…} groups, county leaders, lawyers, mediators,
 * discipline inspection), that group (and, for a unit's staff group, the unit's leaders group)
 * may read the task's process instance and the case's root instance, running and in history:
 * Tasklist shows the case's variables (case number, petitioner) in the task list, Cockpit shows
 * the case (for a review's task, also the case's own instance it names). Added to every user
 * task by {@link AccessEnginePlugin}. The group is also written to
 * {@link CaseReaders}, which the case search reads.
 *
 * <p>Read only: a unit answers a supervision slip from its own system through the project's
 * endpoint ({@code POST /api/cases/{caseNumber}/supervision-feedback}), not by writing to the
 * slip's instance.
 */
final class CaseVisibility implements TaskListener {

  static final String UNIT_GROUP_PREFIX = "unit-";
  static final String LEADERS_SUFFIX = "-leaders";

  private final CaseReaders readers;

  CaseVisibility(CaseReaders readers) {
    this.readers = readers;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      String group = link.getGroupId();
      if (group == null || AccessPlan.READS_ALL_CASES.contains(group)) {
        continue;
      }
      groups.add(group);
      if (group.startsWith(UNIT_GROUP_PREFIX) && !group.endsWith(LEADERS_SUFFIX)) {
        // the unit's deputy leaders oversee every case given to their unit
        groups.add(group + LEADERS_SUFFIX);
      }
    }
    if (groups.isEmpty() || task.getProcessInstanceId() == null) {
      return;
    }
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    String instance = task.getProcessInstanceId();
    String root = execution.getRootProcessInstanceId();
    Set<String> instances = new LinkedHashSet<>();
    instances.add(instance);
    if (root != null) {
      instances.add(root);
    }
    // a review (复查, 复核) runs beside the case: its body reads the case itself
    Object caseInstance = task.getVariable(ProcessVariables.CASE_PROCESS_INSTANCE_ID);
    if (caseInstance instanceof String id) {
      instances.add(id);
    }
    CommandContext context = Context.getCommandContext();
    AuthorizationService authorizations =
        Context.getProcessEngineConfiguration().getAuthorizationService();
    context.runWithoutAuthorization(() -> {
      for (String group : groups) {
        for (String id : instances) {
          grant(context, authorizations, group, Resources.PROCESS_INSTANCE, id, Permissions.READ);
          grant(context, authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, id,
              HistoricProcessInstancePermissions.READ);
        }
        // the same fact for the case search, in the same transaction
        readers.add(group, instances);
      }
      return null;
    });
  }

  private static void grant(CommandContext context, AuthorizationService authorizations,
      String group, Resource resource, String resourceId, Permission... permissions) {
    // one created or read earlier in this transaction: change it there, it is flushed at commit
    AuthorizationEntity cached = context.getDbEntityManager()
        .getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
            && group.equals(a.getGroupId()) && a.getResourceType() == resource.resourceType()
            && resourceId.equals(a.getResourceId()))
        .findFirst().orElse(null);
    if (cached != null) {
      for (Permission permission : permissions) {
        cached.addPermission(permission);
      }
      return;
    }
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
