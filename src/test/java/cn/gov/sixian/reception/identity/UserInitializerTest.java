package cn.gov.sixian.reception.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groups for every actor and unit; demo users once; no start without an administrator. */
class UserInitializerTest extends H2ApplicationTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired UserInitializer initializer;

  @Test
  void everyActorAndUnitHasAGroup() {
    assertThat(identityService.createGroupQuery().groupId("registration-staff").singleResult()
            .getName())
        .isEqualTo("登记员（来访接待中心工作人员）");
    assertThat(identityService.createGroupQuery().groupId("unit-gaj").singleResult().getName())
        .isEqualTo("县公安局联合接访窗口");
    assertThat(identityService.createGroupQuery().groupId("unit-jyj-leaders").singleResult()
            .getName())
        .isEqualTo("县教育局分管领导");
    assertThat(identityService.createGroupQuery().groupId("unit-town-sicheng").count()).isOne();
    for (String actor : new String[] {"center-director", "deputy-director", "county-leaders",
        "lawyers", "social-mediators", "discipline-inspection", "supervisors", "camunda-admin"}) {
      assertThat(identityService.createGroupQuery().groupId(actor).count()).as(actor).isOne();
    }
  }

  @Test
  void demoUsersAreCreatedOnceWithTheirGroups() {
    long users = identityService.createUserQuery().count();
    initializer.run(null);
    initializer.run(null);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().memberOfGroup("unit-rsj").list())
        .extracting(u -> u.getId()).contains("rsj-staff");
    assertThat(identityService.checkPassword("dengji", "demo")).isTrue();
    var dengji = identityService.createUserQuery().userId("dengji").singleResult();
    assertThat(dengji.getFirstName() + " " + dengji.getLastName()).isEqualTo("王芳 登记员");
  }

  @Test
  void withoutDemoUsersTheAdministratorMustBeConfigured() {
    UserInitializer production =
        new UserInitializer(identityService, authorizationService,
            new IdentityProperties(false, null, "", ""));
    assertThatThrownBy(() -> production.run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECEPTION_ADMIN_USER")
        .hasMessageContaining("RECEPTION_ADMIN_PASSWORD");
  }
}
