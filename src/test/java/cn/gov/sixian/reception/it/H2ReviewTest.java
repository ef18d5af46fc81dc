package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Review and re-review on the embedded H2 default, as the demo users. */
class H2ReviewTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends ReviewScenario {

    @Override
    ReceptionApi as(String user) {
      return new ReceptionApi(rest.withBasicAuth(user, "demo"));
    }

    @Override
    TestRestTemplate registrar() {
      return rest.withBasicAuth("dengji", "demo");
    }

    @Override
    TestRestTemplate unitStaff() {
      return rest.withBasicAuth("rsj-staff", "demo");
    }

    @Override
    ReceptionApi reviewer() {
      return as("xzf-review");
    }

    @Override
    TestRestTemplate reviewerRest() {
      return rest.withBasicAuth("xzf-review", "demo");
    }
  }
}
