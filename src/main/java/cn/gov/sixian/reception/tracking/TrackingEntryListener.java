package cn.gov.sixian.reception.tracking;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.TRACKING_NOTE;
import static cn.gov.sixian.reception.process.ProcessVariables.TRACKING_UNIT_ANSWER;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of 跟踪督办记录: center staff add a row to a case's tracking sheet. */
@Component("trackingEntryListener")
public class TrackingEntryListener implements ExecutionListener {

  private final CaseRegister cases;
  private final TrackingSheet tracking;

  public TrackingEntryListener(CaseRegister cases, TrackingSheet tracking) {
    this.cases = cases;
    this.tracking = tracking;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    String caseNumber = in.requiredText(CASE_NUMBER, 32).toUpperCase(Locale.ROOT);
    if (cases.find(caseNumber).isEmpty()) {
      throw new InvalidInputException(CASE_NUMBER, "「" + in.label(CASE_NUMBER) + "」" + caseNumber + "不存在。");
    }
    execution.setProcessBusinessKey(caseNumber);
    tracking.add(caseNumber, Executions.currentUser(execution), TrackingAction.NOTE,
        in.requiredText(TRACKING_NOTE, 2000),
        in.optionalText(TRACKING_UNIT_ANSWER, 2000));
  }
}
