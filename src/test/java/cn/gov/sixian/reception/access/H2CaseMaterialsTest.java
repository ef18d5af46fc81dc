package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Nested;

/** Materials of a case on the embedded H2 default. */
class H2CaseMaterialsTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends CaseMaterialsScenario {
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
