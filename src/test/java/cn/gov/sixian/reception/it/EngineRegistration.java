package cn.gov.sixian.reception.it;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * The engine REST API serves the engine registered as "default" in this JVM. Test contexts on H2
 * and on PostgreSQL both live in the context cache, so each test puts its own engine back first.
 */
final class EngineRegistration {

  private EngineRegistration() {}

  static void makeDefault(ProcessEngine engine) {
    ProcessEngines.registerProcessEngine(engine);
  }
}
