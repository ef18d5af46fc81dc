package cn.gov.sixian.reception.it;

import cn.gov.sixian.reception.access.TestUsers;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Review and re-review on a real PostgreSQL server with the production profile. */
class PostgresReviewTest extends PostgresApplicationTest {

  static final String REGISTRAR = "pg-review-dengji";
  static final String UNIT = "pg-review-rsj";
  static final String REVIEWER = "pg-review-xzf";
  // meets the password policy of the production profile
  static final String PASSWORD = "Review#Pg-2026";

  @Autowired IdentityService identityService;

  /** The production profile has no demo users: the case's steps run as the administrator. */
  @Nested
  class OnPostgres extends ReviewScenario {

    /** Other tests of this database count its users: leave none behind. */
    @AfterEach
    void removeUsers() {
      for (String user : List.of(REGISTRAR, UNIT, REVIEWER)) {
        if (identityService.createUserQuery().userId(user).count() > 0) {
          identityService.deleteUser(user);
        }
      }
    }

    @Override
    ReceptionApi as(String user) {
      return new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
    }

    @Override
    TestRestTemplate registrar() {
      TestUsers.ensure(identityService, REGISTRAR, "registration-staff", PASSWORD);
      return rest.withBasicAuth(REGISTRAR, PASSWORD);
    }

    @Override
    TestRestTemplate unitStaff() {
      TestUsers.ensure(identityService, UNIT, "unit-rsj", PASSWORD);
      return rest.withBasicAuth(UNIT, PASSWORD);
    }

    @Override
    ReceptionApi reviewer() {
      TestUsers.ensure(identityService, REVIEWER, "body-county-government", PASSWORD);
      return new ReceptionApi(reviewerRest());
    }

    @Override
    TestRestTemplate reviewerRest() {
      TestUsers.ensure(identityService, REVIEWER, "body-county-government", PASSWORD);
      return rest.withBasicAuth(REVIEWER, PASSWORD);
    }
  }
}
