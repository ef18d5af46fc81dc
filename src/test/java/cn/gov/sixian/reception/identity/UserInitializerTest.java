package cn.gov.sixian.reception.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groups for every actor and unit; demo users once; no start without an administrator. */
class UserInitializerTest extends H2ApplicationTest {

  /** Common surnames (百家姓): a demo user's last name must look like a person's surname. */
  static final Set<String> COMMON_SURNAMES = Set.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵",
      "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
      "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
      "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭");

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
    assertThat(dengji.getFirstName()).isEqualTo("芳");
    assertThat(dengji.getLastName()).isEqualTo("王");
  }

  /** Admin lists first and last name: a person's given name and surname, never the role. */
  @Test
  void demoUsersHaveChineseSurnamesAndGivenNamesNotTheirGroups() {
    List<DemoUser> demoUsers = UserInitializer.demoUsers();
    assertThat(demoUsers).hasSizeGreaterThan(20);
    List<String> groupNames = identityService.createGroupQuery().list().stream()
        .map(Group::getName).toList();
    for (DemoUser demo : demoUsers) {
      User user = identityService.createUserQuery().userId(demo.id()).singleResult();
      String surname = user.getLastName();
      String givenName = user.getFirstName();
      String fullName = surname + givenName;
      assertThat(surname).as(demo.id()).isIn(COMMON_SURNAMES);
      assertThat(givenName).as(demo.id()).matches("\\p{IsHan}{1,2}");
      assertThat(groupNames).as(demo.id())
          .noneMatch(group -> group.contains(fullName) || group.contains(givenName)
              || fullName.contains(group));
      assertThat(identityService.createGroupQuery().groupMember(demo.id()).list())
          .as(demo.id()).extracting(Group::getId).containsExactlyInAnyOrderElementsOf(demo.groups());
    }
    assertThat(demoUsers).extracting(DemoUser::id).doesNotHaveDuplicates();
  }

  /** A database of an earlier version stored "王芳" / "登记员": renamed, password kept. */
  @Test
  void anEarlierDemoUserIsRenamedAndKeepsItsPassword() {
    User dengji = identityService.createUserQuery().userId("dengji").singleResult();
    dengji.setFirstName("王芳");
    dengji.setLastName("登记员");
    identityService.saveUser(dengji);

    initializer.run(null);

    User renamed = identityService.createUserQuery().userId("dengji").singleResult();
    assertThat(renamed.getLastName() + "/" + renamed.getFirstName()).isEqualTo("王/芳");
    assertThat(identityService.checkPassword("dengji", "demo")).isTrue();
  }

  /** The start reads users, memberships and grants in a few queries and still sees a gap. */
  @Test
  void aLostMembershipAndAnAdministratorGrantAreBackAfterTheNextStart() {
    identityService.deleteMembership("rsj-staff", "unit-rsj");
    Authorization adminDeployments = authorizationService.createAuthorizationQuery()
        .groupIdIn(ReceptionGroups.ADMINISTRATORS).resourceType(Resources.DEPLOYMENT)
        .resourceId(Authorization.ANY).singleResult();
    authorizationService.deleteAuthorization(adminDeployments.getId());

    initializer.run(null);

    assertThat(identityService.createUserQuery().userId("rsj-staff").memberOfGroup("unit-rsj")
        .count()).isOne();
    Authorization restored = authorizationService.createAuthorizationQuery()
        .groupIdIn(ReceptionGroups.ADMINISTRATORS).resourceType(Resources.DEPLOYMENT)
        .resourceId(Authorization.ANY).singleResult();
    assertThat(restored.isPermissionGranted(Permissions.ALL)).isTrue();
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
