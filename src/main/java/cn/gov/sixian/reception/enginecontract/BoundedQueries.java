package cn.gov.sixian.reception.enginecontract;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.filter.FilterQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Waives the result-size limit ({@code queryMaxResultsLimit}, 1000 rows) for the few queries that
 * the webapps send unpaged or with a larger page and whose results are small by their nature:
 * <ul>
 *   <li>the user's Tasklist filters (Tasklist lists them without a page size);</li>
 *   <li>the versions of one process or one decision (Cockpit's definition pages ask for all
 *   versions of the key, for the version selector);</li>
 *   <li>the job definitions of one process definition (Cockpit asks for 2000: one per
 *   asynchronous step or timer of the model).</li>
 * </ul>
 * Every other query of a logged-in user keeps the limit; authorization checks apply to all.
 */
final class BoundedQueries extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && isBoundedByNature(command)) {
      ((AbstractQuery<?, ?>) command).disableMaxResultsLimit();
    }
    return next.execute(command);
  }

  static boolean isBoundedByNature(Command<?> command) {
    return command instanceof FilterQueryImpl
        || command instanceof ProcessDefinitionQueryImpl processVersions && processVersions.getKey() != null
        || command instanceof DecisionDefinitionQueryImpl decisionVersions && decisionVersions.getKey() != null
        || command instanceof JobDefinitionQueryImpl jobs && jobs.getProcessDefinitionId() != null;
  }
}
