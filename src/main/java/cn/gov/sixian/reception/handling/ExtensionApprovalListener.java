package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENDED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_NOTICE;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_ACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 审批延期申请 (center director): an approval moves the handling deadline
 * and issues the extension notice; a refusal must say why.
 */
@Component("extensionApprovalListener")
class ExtensionApprovalListener extends TaskOutcomeListener {

  private final HandlingService handling;

  ExtensionApprovalListener(HandlingService handling) {
    this.handling = handling;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.of(execution.getVariables());
    boolean approved = in.requiredBoolean(EXTENSION_APPROVED, "审批结果");
    execution.setVariable(EXTENSION_APPROVED, approved);
    // the unit decides afresh in 办理并书面答复: do not pre-select the last request
    execution.removeVariable(HANDLING_ACTION);
    if (!approved) {
      execution.setVariable(EXTENSION_COMMENT, in.requiredText(EXTENSION_COMMENT, "审批意见", 1000));
      return;
    }
    execution.setVariable(EXTENSION_COMMENT, in.optionalText(EXTENSION_COMMENT, "审批意见", 1000));
    int days = in.requiredInt(EXTENSION_DAYS, "延期天数", 1, handling.maxExtensionDays());
    handling.checkNotExtendedYet(in.optionalBoolean(EXTENDED, "已延期"), EXTENSION_DAYS);
    Date due = handling.extendedDue((Date) execution.getVariable(HANDLING_DUE), days);
    execution.setVariable(HANDLING_DUE, due);
    execution.setVariable(HANDLING_DUE_TEXT, handling.dateText(due));
    execution.setVariable(EXTENDED, true);
    execution.setVariable(
        EXTENSION_NOTICE,
        handling.extensionNotice(
            (String) execution.getVariable(CASE_NUMBER), (String) execution.getVariable(UNIT_NAME), days,
            due));
  }
}
