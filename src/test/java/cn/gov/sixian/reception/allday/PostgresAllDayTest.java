package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import org.junit.jupiter.api.Nested;

/** All-day reception on PostgreSQL with the production profile. */
class PostgresAllDayTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends AllDayScenario {}

  @Nested
  class AlertsOnPostgres extends AllDayAlertScenario {}

  @Nested
  class ReportsOnPostgres extends AllDayReportScenario {}
}
