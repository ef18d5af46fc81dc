package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees which figures. The {@code /api} authentication filter puts the caller on the engine's
 * identity service; supervisors, the center's director and deputy director and administrators see
 * everything, a unit's staff and leaders ({@code unit-<code>}, {@code unit-<code>-leaders}) their
 * own unit, everyone else nothing.
 */
@Component
class StatisticsAccess {

  private static final Set<String> SEE_ALL = Set.of(
      ReceptionGroups.SUPERVISORS, ReceptionGroups.CENTER_DIRECTOR,
      ReceptionGroups.DEPUTY_DIRECTOR, ReceptionGroups.ADMINISTRATORS);
  private static final Pattern UNIT_GROUP = Pattern.compile("unit-(.+?)(-leaders)?");

  private final IdentityService identityService;

  StatisticsAccess(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  Scope currentScope() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "请先登录后再查看信访统计。");
    }
    return scopeOf(groupsOf(authentication));
  }

  static Scope scopeOf(List<String> groups) {
    if (groups.stream().anyMatch(SEE_ALL::contains)) {
      return Scope.ALL;
    }
    Set<String> units = new TreeSet<>();
    for (String group : groups) {
      Matcher m = UNIT_GROUP.matcher(group);
      if (m.matches()) {
        units.add(m.group(1));
      }
    }
    if (units.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "您无权查看信访统计：仅限督查人员、中心主任、专职副主任、管理员和责任单位。");
    }
    return Scope.units(units);
  }

  private List<String> groupsOf(Authentication authentication) {
    if (authentication.getGroupIds() != null) {
      return authentication.getGroupIds();
    }
    return identityService.createGroupQuery().groupMember(authentication.getUserId()).list()
        .stream().map(Group::getId).toList();
  }
}
