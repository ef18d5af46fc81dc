package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Nested;

/** All-day reception on the embedded H2 default. */
class H2AllDayTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends AllDayScenario {}

  @Nested
  class AlertsOnH2 extends AllDayAlertScenario {}

  @Nested
  class ReportsOnH2 extends AllDayReportScenario {}
}
