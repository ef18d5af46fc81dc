package cn.gov.sixian.reception.history;

import cn.gov.sixian.reception.casefile.FormLabels;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link CaseHistoryLevel} the engine's history level and puts {@link StepHistoryFilter}
 * in front of its history handler (post-init: the engine has built the handler by then). It is registered as a custom level
 * named {@code full} as well, so the engine, resolving the configured name, picks it (the last
 * level of that name wins) whether the configuration names {@code full} or sets the level.
 */
@Component
class CaseHistoryPlugin extends AbstractProcessEnginePlugin {

  private final FormLabels formLabels;

  CaseHistoryPlugin(FormLabels formLabels) {
    this.formLabels = formLabels;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CaseHistoryLevel level = new CaseHistoryLevel(
        formLabels::isEnteredByStaff, formLabels::isAskedAgainAfterRegistration);
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(level);
    configuration.setCustomHistoryLevels(custom);
    configuration.setHistoryLevel(level);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(
        new StepHistoryFilter(configuration.getHistoryEventHandler()));
  }
}
