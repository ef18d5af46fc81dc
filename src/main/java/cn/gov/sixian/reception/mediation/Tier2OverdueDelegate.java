package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_OVERDUE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.notification.MediationNotifier;
import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 标记逾期并报告中心主任: the deputy leader's working days have passed. The case is flagged
 * overdue (variable and tier log; supervision builds on it) and the director is told.
 */
@Component("tier2OverdueDelegate")
class Tier2OverdueDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(Tier2OverdueDelegate.class);

  private final MediationTierLog tierLog;
  private final MediationNotifier notifier;

  Tier2OverdueDelegate(MediationTierLog tierLog, MediationNotifier notifier) {
    this.tierLog = tierLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    execution.setVariable(TIER2_OVERDUE, true);
    tierLog.overdue(execution.getProcessInstanceId(), MediationTier.DEPUTY_LEADER.number());
    notifier.reportDeputyLeaderOverdue(
        caseNumber, TypedVariables.text(execution, UNIT_NAME),
        TypedVariables.text(execution, TIER2_DUE_TEXT));
    log.warn("Case {}: deputy-leader mediation overdue", caseNumber);
  }
}
