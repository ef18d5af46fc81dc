package cn.gov.sixian.reception.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdministratorConfigurationCheckTest {

  final AdministratorConfigurationCheck check = new AdministratorConfigurationCheck();

  @Test
  void productionWithoutAdministratorStopsWithTheVariablesNamed() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("reception.identity.demo-users", "false")
            .withProperty("reception.identity.admin-user", "");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
        .hasMessageContaining("RECEPTION_ADMIN_USER").hasMessageContaining("RECEPTION_ADMIN_PASSWORD");
  }

  @Test
  void productionWithAdministratorStarts() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("reception.identity.demo-users", "false")
            .withProperty("reception.identity.admin-user", "root")
            .withProperty("reception.identity.admin-password", "s3cret");
    assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
  }

  @Test
  void defaultRunWithDemoUsersNeedsNoAdministrator() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("reception.identity.demo-users", "true");
    assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
  }
}
