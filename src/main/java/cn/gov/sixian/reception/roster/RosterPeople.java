package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.identity.PersonNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The people who may stand at a post (members of its group) and their names. */
@Component
class RosterPeople {

  private final IdentityService identity;
  private final CaseAccess access;

  RosterPeople(@Lazy IdentityService identity, CaseAccess access) {
    this.identity = identity;
    this.access = access;
  }

  /** User id → name of the group's members, in id order. */
  Map<String, String> membersOf(String group) {
    return access.asApplication(() -> {
      Map<String, String> members = new LinkedHashMap<>();
      for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        members.put(user.getId(), nameOf(user));
      }
      return members;
    });
  }

  boolean isMember(String userId, String group) {
    return access.asApplication(() ->
        identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }

  Optional<String> name(String userId) {
    return access.asApplication(() -> Optional.ofNullable(
        identity.createUserQuery().userId(userId).singleResult()).map(RosterPeople::nameOf));
  }

  /** Surname then given name (刘强), as everywhere else since the demo users got both. */
  private static String nameOf(User user) {
    return PersonNames.fullName(user, user.getId());
  }
}
