package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The case record on a real PostgreSQL server with the production profile. */
class PostgresCaseRecordTest extends PostgresApplicationTest {

  /** The production profile has no demo users: every step runs as the administrator. */
  @Nested
  class OnPostgres extends CaseRecordScenario {
    @Override
    ReceptionApi as(String user) {
      return new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
    }

    @Override
    TestRestTemplate restAs(String user) {
      return rest.withBasicAuth(ADMIN, ADMIN_PASSWORD);
    }

    @Override
    boolean hasDemoUnits() {
      return false;
    }
  }
}
