package cn.gov.sixian.reception.it;

import cn.gov.sixian.reception.access.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The petitioner's own view on a real PostgreSQL server with the production profile. */
class PostgresPublicQueryTest extends PostgresApplicationTest {

  static final String REGISTRAR = "pg-public-dengji";
  // meets the password policy of the production profile
  static final String PASSWORD = "Public#Pg-2026";

  @Autowired IdentityService identityService;

  /** The production profile has no demo users: the case's steps run as the administrator. */
  @Nested
  class OnPostgres extends PublicQueryScenario {

    /** Other tests of this database count its users: leave none behind. */
    @AfterEach
    void removeUsers() {
      if (identityService.createUserQuery().userId(REGISTRAR).count() > 0) {
        identityService.deleteUser(REGISTRAR);
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
  }
}
