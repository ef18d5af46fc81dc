package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
