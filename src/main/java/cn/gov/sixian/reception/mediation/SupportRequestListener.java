package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPPORT_KIND;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPPORT_REQUEST;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of 调解协助申请: the case must be open; its number becomes the business key and
 * its context is copied in for the lawyer or mediator.
 */
@Component("supportRequestListener")
class SupportRequestListener implements ExecutionListener {

  private final MediationSupport support;

  SupportRequestListener(MediationSupport support) {
    this.support = support;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    String caseNumber = in.requiredText(CASE_NUMBER, 32).toUpperCase(Locale.ROOT);
    SupportKind kind = in.requiredChoice(SUPPORT_KIND, SupportKind.class);
    String request = in.requiredText(SUPPORT_REQUEST, 2000);
    execution.setVariables(support.caseContext(caseNumber).orElseThrow(() ->
        new InvalidInputException(CASE_NUMBER,
            "「" + in.label(CASE_NUMBER) + "」" + caseNumber + "不存在或已结案，无法申请调解协助。")));
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(CASE_NUMBER, caseNumber);
    execution.setVariable(SUPPORT_KIND, kind.name());
    execution.setVariable(SUPPORT_REQUEST, request);
  }
}
