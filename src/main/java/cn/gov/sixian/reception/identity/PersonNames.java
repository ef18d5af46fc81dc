package cn.gov.sixian.reception.identity;

import org.camunda.bpm.engine.identity.User;

/**
 * A user's name as Chinese documents write it: surname (Camunda's last name) then given name
 * (first name), without a space, e.g. 王建国. The user id stands in when no name is recorded.
 */
public final class PersonNames {

  private PersonNames() {}

  public static String fullName(User user, String userId) {
    if (user == null) {
      return userId;
    }
    String name = (text(user.getLastName()) + text(user.getFirstName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
