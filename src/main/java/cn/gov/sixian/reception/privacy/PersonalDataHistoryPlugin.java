package cn.gov.sixian.reception.privacy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PersonalDataHistoryMasking} in front of the engine's history handler, so that
 * history (kept for decades) never holds a full ID number, phone or address. In post-init: the
 * engine has built its handler (the database one and any custom ones) by then, and reads it
 * from the configuration on every event.
 */
@Component
class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(
        new PersonalDataHistoryMasking(configuration.getHistoryEventHandler()));
  }
}
