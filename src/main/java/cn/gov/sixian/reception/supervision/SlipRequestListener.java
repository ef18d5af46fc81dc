package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REGISTERED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.TRACKING_SHEET;

import cn.gov.sixian.reception.caseregister.OpenCases;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of 督查督办: the case must be open and have no slip still waiting; its number
 * becomes the business key (REST feedback is correlated by it) and its context is copied in.
 */
@Component("slipRequestListener")
class SlipRequestListener implements ExecutionListener {

  static final List<String> CASE_CONTEXT = List.of(PETITIONER_NAME, ID_NUMBER_MASKED, PHONE_MASKED,
      PROBLEM_CATEGORY_NAME, MATTER, REQUEST, REGISTERED_AT, TRACKING_SHEET);

  private final OpenCases openCases;
  private final SlipRegister slips;

  SlipRequestListener(OpenCases openCases, SlipRegister slips) {
    this.openCases = openCases;
    this.slips = slips;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    String caseNumber = in.requiredText(CASE_NUMBER, 32).toUpperCase(Locale.ROOT);
    Map<String, Object> context = openCases.variables(caseNumber, CASE_CONTEXT)
        .orElseThrow(() -> new InvalidInputException(CASE_NUMBER,
            "「" + in.label(CASE_NUMBER) + "」" + caseNumber + "不存在或已结案，无法督办。"));
    if (slips.hasOpenSlip(caseNumber)) {
      throw new InvalidInputException(CASE_NUMBER,
          "信访件" + caseNumber + "已有未办结的督办单，请在原督办单办结后再开具。");
    }
    SupervisionReason reason = execution.getVariable(SUPERVISION_REASON) == null
        ? SupervisionReason.MANUAL
        : in.requiredChoice(SUPERVISION_REASON, "督办原因", SupervisionReason.class);
    String details = reason == SupervisionReason.MANUAL
        ? in.requiredText(SUPERVISION_DETAILS, 2000)
        : in.optionalText(SUPERVISION_DETAILS, 2000);
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariables(context);
    execution.setVariable(CASE_NUMBER, caseNumber);
    execution.setVariable(SUPERVISION_REASON, reason.name());
    execution.setVariable(SUPERVISION_DETAILS, details);
  }
}
