package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import org.junit.jupiter.api.Nested;

/** The case search and the access log on PostgreSQL with the production profile. */
class PostgresCaseSearchTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends CaseSearchScenario {
    @Override
    String adminUser() {
      return ADMIN;
    }

    @Override
    String adminPassword() {
      return ADMIN_PASSWORD;
    }
  }
}
