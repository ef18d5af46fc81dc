package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The production profile on PostgreSQL: the administrator from the environment, no demo users. */
class PostgresProductionProfileTest extends PostgresApplicationTest {

  @Autowired IdentityService identityService;

  @Test
  void onlyTheConfiguredAdministratorExists() {
    assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId())
        .containsExactly(ADMIN);
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isOne();
    assertThat(identityService.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
    assertThat(identityService.createGroupQuery().groupId("unit-rsj").count()).isOne();
  }
}
