package cn.gov.sixian.reception.it;

import cn.gov.sixian.reception.access.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The case record on a real PostgreSQL server with the production profile. */
class PostgresCaseRecordTest extends PostgresApplicationTest {

  static final String OTHER_UNIT_USER = "pg-record-zjj";
  // meets the password policy of the production profile
  static final String OTHER_UNIT_PASSWORD = "Zjj#Record-2026";

  @Autowired IdentityService identityService;

  /** The production profile has no demo users: every step runs as the administrator. */
  @Nested
  class OnPostgres extends CaseRecordScenario {

    /** Other tests of this database count its users: leave none behind. */
    @AfterEach
    void removeTheOtherUnitsUser() {
      if (identityService.createUserQuery().userId(OTHER_UNIT_USER).count() > 0) {
        identityService.deleteUser(OTHER_UNIT_USER);
      }
    }

    @Override
    ReceptionApi as(String user) {
      return new ReceptionApi(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD));
    }

    @Override
    TestRestTemplate restAs(String user) {
      return rest.withBasicAuth(ADMIN, ADMIN_PASSWORD);
    }

    @Override
    boolean hasDemoUnits() {
      return false;
    }

    /** The production profile has no demo users: one of another unit is made for the test. */
    @Override
    TestRestTemplate otherUnit() {
      TestUsers.ensure(identityService, OTHER_UNIT_USER, "unit-zjj", OTHER_UNIT_PASSWORD);
      return rest.withBasicAuth(OTHER_UNIT_USER, OTHER_UNIT_PASSWORD);
    }
  }
}
