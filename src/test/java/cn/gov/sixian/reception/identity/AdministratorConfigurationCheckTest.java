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

  /** The production jar carries no demo users' list: asking for demo users stops the start. */
  @Test
  void demoUsersWithoutTheirListStopWithTheProfileNamed() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("reception.identity.demo-users", "true");
    AdministratorConfigurationCheck productionJar =
        new AdministratorConfigurationCheck("demo/no-such-list.json");
    assertThatThrownBy(() -> productionJar.postProcessEnvironment(environment, null))
        .hasMessageContaining("no demo users").hasMessageContaining("SPRING_PROFILES_ACTIVE=postgres")
        .hasMessageContaining("RECEPTION_ADMIN_USER");
  }
}
