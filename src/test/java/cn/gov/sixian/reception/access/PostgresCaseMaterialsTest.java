package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import org.junit.jupiter.api.Nested;

/** Materials of a case on PostgreSQL with the production profile. */
class PostgresCaseMaterialsTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends CaseMaterialsScenario {
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
