package cn.gov.sixian.reception.closing;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.CLOSED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.process.TypedVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 结案归档: closes the case in the register with its outcome and satisfaction. */
@Component("caseArchiveDelegate")
class CaseArchiveDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CaseArchiveDelegate.class);

  private final CaseRegister register;
  private final Clock clock;

  CaseArchiveDelegate(CaseRegister register, Clock clock) {
    this.register = register;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    CaseOutcome outcome = CaseOutcome.valueOf(TypedVariables.text(execution, CASE_OUTCOME));
    Satisfaction satisfaction = Satisfaction.valueOf(TypedVariables.text(execution, SATISFACTION));
    Instant now = clock.instant();
    register.close(caseNumber, outcome.name(), satisfaction.name(), now);
    execution.setVariable(CASE_OUTCOME_NAME, outcome.label());
    execution.setVariable(CLOSED_AT, Date.from(now));
    log.info("Case {} closed and archived: {}, {}", caseNumber, outcome, satisfaction);
  }
}
