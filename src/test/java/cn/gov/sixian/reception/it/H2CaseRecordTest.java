package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;

/** The case record on the embedded H2 default. */
class H2CaseRecordTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends CaseRecordScenario {}
}
