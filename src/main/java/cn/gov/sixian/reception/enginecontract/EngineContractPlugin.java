package cn.gov.sixian.reception.enginecontract;

import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The domain contract in the engine: {@link EngineCommandGuard} and the task-query expression
 * guard in front of every command, and narrow rights on tasks
 * ({@link TaskWorkAuthorizationProvider}).
 */
@Component
class EngineContractPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // one instance per chain: an interceptor holds the next one of its chain
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepend(guards(configuration), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        prepend(guards(configuration), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setResourceAuthorizationProvider(new TaskWorkAuthorizationProvider());
  }

  /**
   * Expressions in task queries first (refused for everyone), the result-size waiver for the
   * webapps' naturally small queries, then the domain contract.
   */
  private static List<CommandInterceptor> guards(ProcessEngineConfigurationImpl configuration) {
    return List.of(
        new TaskQueryExpressionGuard(configuration, ReceptionGroups.ADMINISTRATORS),
        new BoundedQueries(),
        new EngineCommandGuard(configuration, ReceptionGroups.ADMINISTRATORS));
  }

  private static List<CommandInterceptor> prepend(
      List<CommandInterceptor> first, List<CommandInterceptor> others) {
    List<CommandInterceptor> all = new ArrayList<>(first);
    if (others != null) {
      all.addAll(others);
    }
    return all;
  }
}
