package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Nested;

/** The case search and the access log on the embedded H2 default. */
class H2CaseSearchTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends CaseSearchScenario {
    @Override
    String adminUser() {
      return "admin";
    }

    @Override
    String adminPassword() {
      return "demo";
    }
  }
}
