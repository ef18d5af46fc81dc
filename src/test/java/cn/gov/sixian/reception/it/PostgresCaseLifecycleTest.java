package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;

/** The case lifecycle on a real PostgreSQL server with the production profile. */
class PostgresCaseLifecycleTest extends PostgresApplicationTest {

  @Nested
  class OnPostgres extends CaseLifecycleScenario {}
}
