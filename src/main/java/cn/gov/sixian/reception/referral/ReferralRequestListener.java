package cn.gov.sixian.reception.referral;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.TRACKING_SHEET;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.CaseHistoryReads;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Start listener of 问责移送: any registered case, open or closed, with a reason; the case's
 * registration (from its history, so closed cases too) and tracking sheet are copied in for the
 * director and discipline inspection.
 */
@Component("referralRequestListener")
public class ReferralRequestListener implements ExecutionListener {

  private final CaseRegister cases;
  private final UnitCatalogue catalogue;
  private final TrackingSheet tracking;
  private final ReferralRegister referrals;
  private final WorkingDayCalendar calendar;


  public ReferralRequestListener(CaseRegister cases, UnitCatalogue catalogue, TrackingSheet tracking,
      ReferralRegister referrals, WorkingDayCalendar calendar) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.tracking = tracking;
    this.referrals = referrals;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    String caseNumber = in.requiredText(CASE_NUMBER, 32).toUpperCase(Locale.ROOT);
    CaseRecord record = cases.find(caseNumber).orElseThrow(() ->
        new InvalidInputException(CASE_NUMBER, "「" + in.label(CASE_NUMBER) + "」" + caseNumber + "不存在。"));
    ReferralReason reason = in.requiredChoice(REFERRAL_REASON, ReferralReason.class);
    String details = in.requiredText(REFERRAL_DETAILS, 2000);
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(CASE_NUMBER, caseNumber);
    execution.setVariable(REFERRAL_REASON, reason.name());
    execution.setVariable(REFERRAL_REASON_NAME, reason.label());
    execution.setVariable(REFERRAL_DETAILS, details);
    execution.setVariable(PROBLEM_CATEGORY_NAME, catalogue.findCategory(record.problemCategory())
        .map(c -> c.name()).orElse(record.problemCategory()));
    for (HistoricVariableInstance v : execution.getProcessEngineServices().getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceIdIn(record.processInstanceId())
        .variableNameIn(CaseHistoryReads.REFERRAL_CONTEXT.toArray(String[]::new))
        .list()) {
      execution.setVariable(v.getName(), v.getValue());
    }
    execution.setVariable(UNIT_CODE, record.unitCode());
    execution.setVariable(UNIT_NAME, record.unitName());
    execution.setVariable(TRACKING_SHEET, tracking.text(caseNumber));
    referrals.proposed(execution.getProcessInstanceId(), caseNumber, record.unitCode(), reason,
        details, calendar.now());
  }
}
