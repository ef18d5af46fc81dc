package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;

/** The case lifecycle on the embedded H2 default. */
class H2CaseLifecycleTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends CaseLifecycleScenario {}
}
