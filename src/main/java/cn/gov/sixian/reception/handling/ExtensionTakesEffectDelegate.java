package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENDED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_NOTICE;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.process.TypedVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 延期生效: the unit head approved and the center did not object (or let the day pass): the
 * handling deadline moves by the approved days, once; the notice follows in the model.
 */
@Component("extensionTakesEffectDelegate")
class ExtensionTakesEffectDelegate implements JavaDelegate {

  private final HandlingService handling;

  ExtensionTakesEffectDelegate(HandlingService handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int days = TypedVariables.integer(execution, EXTENSION_DAYS);
    Date due = handling.extendedDue(TypedVariables.date(execution, HANDLING_DUE), days);
    execution.setVariable(HANDLING_DUE, due);
    execution.setVariable(HANDLING_DUE_TEXT, handling.dateText(due));
    execution.setVariable(EXTENDED, true);
    execution.setVariable(EXTENSION_NOTICE, handling.extensionNotice(
        TypedVariables.text(execution, CASE_NUMBER), TypedVariables.text(execution, UNIT_NAME),
        days, due));
  }
}
