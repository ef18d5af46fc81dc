package cn.gov.sixian.reception.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Users a test creates for itself, in one group each, so that it runs the same on H2 (demo users)
 * and with the production profile (no demo users, password policy on).
 */
public final class TestUsers {

  private TestUsers() {}

  /** Creates the user in the group unless it exists; the password must meet the policy. */
  public static void ensure(IdentityService identityService, String id, String group, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("测试");
      user.setLastName("人员");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }
}
