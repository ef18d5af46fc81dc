package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may change which rows of the roster: the center (registration room, director, deputy
 * director, administrators) every post; a resident unit's staff and leaders their own window
 * only. Everyone logged in reads the whole roster.
 */
@Component
class RosterAccess {

  static final List<String> CENTER = List.of(ReceptionGroups.REGISTRATION_STAFF,
      ReceptionGroups.CENTER_DIRECTOR, ReceptionGroups.DEPUTY_DIRECTOR,
      ReceptionGroups.ADMINISTRATORS);

  private final CaseAccess caller;

  RosterAccess(CaseAccess caller) {
    this.caller = caller;
  }

  boolean isCenter() {
    return caller.currentUserId() == null || CENTER.stream().anyMatch(caller::isMemberOf);
  }

  boolean mayEdit(Post post) {
    if (isCenter()) {
      return true;
    }
    return post.isUnitWindow() && (caller.isMemberOf(post.group())
        || caller.isMemberOf(post.group() + "-leaders"));
  }

  /** Refuses (403, Chinese) a change of a post the caller may not edit; nothing is changed. */
  void checkMayEdit(Post post) {
    if (!mayEdit(post)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, post.isUnitWindow()
          ? "无权修改" + post.name() + "的值班安排：各单位只能修改本单位的值班人员，其他岗位由来访接待中心安排。"
          : "无权修改" + post.name() + "的值班安排：该岗位由来访接待中心安排。");
    }
  }

  String currentUserId() {
    String id = caller.currentUserId();
    return id == null ? "system" : id;
  }
}
