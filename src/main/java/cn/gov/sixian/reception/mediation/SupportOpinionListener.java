package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPPORT_KIND;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPPORT_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPPORT_PROVIDER;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of 提供法律咨询 / 社会调解组织参与调解: the opinion goes straight to the case, so the
 * mediators see it in their next form.
 */
@Component("supportOpinionListener")
class SupportOpinionListener extends TaskOutcomeListener {

  private final MediationSupport support;

  SupportOpinionListener(MediationSupport support) {
    this.support = support;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    String provider = in.requiredText(SUPPORT_PROVIDER, 50);
    String opinion = in.requiredText(SUPPORT_OPINION, 2000);
    execution.setVariable(SUPPORT_PROVIDER, provider);
    execution.setVariable(SUPPORT_OPINION, opinion);
    support.deliver(TypedVariables.text(execution, CASE_NUMBER),
        SupportKind.valueOf(TypedVariables.text(execution, SUPPORT_KIND)), provider, opinion);
  }
}
