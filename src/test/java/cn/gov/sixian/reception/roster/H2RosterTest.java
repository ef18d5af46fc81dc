package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Nested;

/** The duty roster on the embedded H2 default. */
class H2RosterTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends RosterScenario {}

  @Nested
  class AssignmentOnH2 extends DutyAssignmentScenario {}

  @Nested
  class CheckInOnH2 extends CheckInScenario {}

  @Nested
  class ShiftsOnH2 extends AllDayShiftScenario {}
}
