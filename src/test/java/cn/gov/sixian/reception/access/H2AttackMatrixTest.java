package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Nested;

/** The attack matrix on the embedded H2 default. */
class H2AttackMatrixTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends AttackMatrixScenario {
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
