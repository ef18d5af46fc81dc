package cn.gov.sixian.reception.it;

import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The petitioner's own view on the embedded H2 default, as the demo users. */
class H2PublicQueryTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends PublicQueryScenario {

    @Override
    ReceptionApi as(String user) {
      return new ReceptionApi(rest.withBasicAuth(user, "demo"));
    }

    @Override
    TestRestTemplate registrar() {
      return rest.withBasicAuth("dengji", "demo");
    }
  }
}
