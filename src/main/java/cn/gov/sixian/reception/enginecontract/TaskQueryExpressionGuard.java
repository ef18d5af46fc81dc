package cn.gov.sixian.reception.enginecontract;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * Refuses task queries that carry expressions when they come from outside the engine (REST,
 * the webapps' API, any caller), including expressions hidden in {@code orQueries}: Camunda
 * 7.24.0 CE checks only the top-level query, so an expression in an or-query would be evaluated
 * (remote code execution by any logged-in user). Checked are ad-hoc task queries, the query that
 * extends a stored filter when it is run, and a filter's query when a user who is not an
 * administrator saves it. Stored filters created by the application (which use
 * {@code ${currentUser()}}) keep working; queries run by the application's own code inside a
 * command are not checked.
 */
final class TaskQueryExpressionGuard extends CommandInterceptor {

  static final String REFUSED = "任务查询中不允许使用表达式（包括 orQueries 中的表达式），请求已拒绝。";

  private final ProcessEngineConfigurationImpl configuration;
  private final String administratorsGroup;

  TaskQueryExpressionGuard(ProcessEngineConfigurationImpl configuration, String administratorsGroup) {
    this.configuration = configuration;
    this.administratorsGroup = administratorsGroup;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      check(command);
    }
    return next.execute(command);
  }

  private void check(Command<?> command) {
    if (command instanceof TaskQueryImpl query) {
      refuseExpressions(query);
    } else if (command instanceof AbstractExecuteFilterCmd) {
      if (CommandFields.read(command, "extendingQuery") instanceof Query<?, ?> q) {
        refuseExpressions(q);
      }
    } else if (command instanceof SaveFilterCmd && !byAdministratorOrApplication()) {
      if (CommandFields.read(command, "filter") instanceof Filter filter) {
        refuseExpressions(filter.getQuery());
      }
    }
  }

  private static void refuseExpressions(Object query) {
    if (query instanceof TaskQueryImpl task) {
      for (TaskQueryImpl part : task.getQueries()) {
        if (!part.getExpressions().isEmpty()) {
          throw new BadUserRequestException(REFUSED);
        }
      }
    }
  }

  /** No user (the application itself at start-up) or a member of the administrators group. */
  private boolean byAdministratorOrApplication() {
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    return user == null
        || (user.getGroupIds() != null && user.getGroupIds().contains(administratorsGroup));
  }
}
