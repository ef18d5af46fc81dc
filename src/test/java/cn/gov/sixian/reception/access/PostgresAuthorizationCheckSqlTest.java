package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import org.junit.jupiter.api.Nested;

/** The application's authorization check statements against the engine's, on PostgreSQL. */
class PostgresAuthorizationCheckSqlTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends AuthorizationCheckSqlScenario {}
}
