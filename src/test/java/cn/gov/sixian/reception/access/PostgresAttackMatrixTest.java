package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import org.junit.jupiter.api.Nested;

/** The attack matrix on a real PostgreSQL server with the production profile. */
class PostgresAttackMatrixTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends AttackMatrixScenario {
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
