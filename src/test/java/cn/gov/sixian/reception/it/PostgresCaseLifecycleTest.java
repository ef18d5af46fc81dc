package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;

/** The case lifecycle on a real PostgreSQL server with the production profile. */
class PostgresCaseLifecycleTest extends PostgresApplicationTest {

  /** The production profile has no demo users: every step runs as the administrator. */
  @Nested
  class OnPostgres extends CaseLifecycleScenario {
    @Override
    ReceptionApi as(String user) {
      return new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
    }
  }
}
