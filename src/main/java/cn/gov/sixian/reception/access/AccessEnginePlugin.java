package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Engine-level access rules: the domain contract ({@link EngineCommandGuard}) and the task-query
 * expression guard in front of every command, narrow rights on tasks
 * ({@link TaskWorkAuthorizationProvider}), and {@link CaseVisibility} on every user task's creation.
 */
@Component
class AccessEnginePlugin extends AbstractProcessEnginePlugin {

  private final CaseReaders readers;

  AccessEnginePlugin(CaseReaders readers) {
    this.readers = readers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // one instance per chain: an interceptor holds the next one of its chain
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepend(guards(configuration), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        prepend(guards(configuration), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setResourceAuthorizationProvider(new TaskWorkAuthorizationProvider());

    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener visibility = new CaseVisibility(readers);
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, visibility);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
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
