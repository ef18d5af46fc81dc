package cn.gov.sixian.reception.enginecontract;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * The rights the engine writes for a task's candidate groups and assignee: READ, TASK_WORK
 * (claim, complete, submit the form) and TASK_ASSIGN (give it back, hand it to a colleague —
 * which colleague is checked by {@link TaskWorkRules}) instead of Camunda's default UPDATE, which
 * would also let them change the task's deadline, its variables and its candidate groups. A
 * second line behind {@link EngineCommandGuard}: the engine itself refuses those changes too.
 */
final class TaskWorkAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
    List<Permission> permissions = new ArrayList<>(List.of(super.getRuntimePermissions(
        enforceSpecificVariablePermission)));
    permissions.remove(Permissions.UPDATE);
    permissions.remove(Permissions.TASK_WORK);
    permissions.add(Permissions.TASK_WORK);
    permissions.add(Permissions.TASK_ASSIGN);
    return permissions.toArray(Permission[]::new);
  }
}
