package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Nested;

/** The application's authorization check statements against the engine's, on H2. */
class H2AuthorizationCheckSqlTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends AuthorizationCheckSqlScenario {}
}
