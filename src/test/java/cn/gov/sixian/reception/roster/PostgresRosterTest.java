package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import org.junit.jupiter.api.Nested;

/** The duty roster on PostgreSQL with the production profile. */
class PostgresRosterTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends RosterScenario {}

  @Nested
  class AssignmentOnPostgres extends DutyAssignmentScenario {}

  @Nested
  class CheckInOnPostgres extends CheckInScenario {}

  @Nested
  class ShiftsOnPostgres extends AllDayShiftScenario {}
}
