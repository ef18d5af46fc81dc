package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Whether the caller of the project's API may see a case, by the engine's own rules: the case
 * is visible when its history is (the center's staff and supervisors see every case; a unit
 * sees the cases it was given, see {@link CaseVisibility}).
 */
@Service
public class CaseAccess {

  private final IdentityService identityService;
  private final HistoryService historyService;

  CaseAccess(@Lazy IdentityService identityService, @Lazy HistoryService historyService) {
    this.identityService = identityService;
    this.historyService = historyService;
  }

  /** True when the current caller may read the case (or no user is authenticated). */
  public boolean mayRead(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION)
        .count() > 0;
  }

  /**
   * True when the caller follows every case by the plan (registration room, director, deputy
   * director, supervisors, administrators), or no user is authenticated.
   */
  public boolean followsAllCases() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null || (caller.getGroupIds() != null
        && caller.getGroupIds().stream().anyMatch(AccessPlan.READS_ALL_CASES::contains));
  }

  /**
   * Whose cases the caller may find in the register: empty when they follow every case, else
   * their groups, to be matched against the groups a case was given to ({@code case_reader},
   * kept by {@link CaseVisibility} and {@link CaseReaders}).
   */
  public Optional<List<String>> readerGroups() {
    if (followsAllCases()) {
      return Optional.empty();
    }
    return Optional.of(groups());
  }

  /** True for members of {@code camunda-admin} (engine administrators). */
  public boolean isAdministrator() {
    return identityService.getCurrentAuthentication() != null
        && groups().contains(ReceptionGroups.ADMINISTRATORS);
  }

  /** True when the authenticated caller is a member of {@code groupId}. */
  public boolean isMemberOf(String groupId) {
    return identityService.getCurrentAuthentication() != null && groups().contains(groupId);
  }

  /** The caller's user id, null when no user is authenticated (application code). */
  public String currentUserId() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  private List<String> groups() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return List.of();
    }
    if (caller.getGroupIds() != null) {
      return caller.getGroupIds();
    }
    return identityService.createGroupQuery().groupMember(caller.getUserId()).list().stream()
        .map(Group::getId).toList();
  }

  /**
   * Runs {@code work} without the caller's authentication, for application code that has
   * already checked the caller may see the case and now reads all of it (e.g. every open task).
   */
  public <T> T asApplication(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
