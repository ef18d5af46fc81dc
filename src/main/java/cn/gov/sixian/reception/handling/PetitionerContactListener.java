package cn.gov.sixian.reception.handling;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Create listener of 受理审查 and 办理并书面答复: the responsible unit needs the petitioner's full
 * phone and address there, to serve the notices and the written reply. They come from the
 * register as variables local to the task, so they are gone when the task ends and the case
 * itself never holds them (docs/security.md "Personal data").
 */
@Component("petitionerContactListener")
class PetitionerContactListener implements TaskListener {

  private static final Logger log = LoggerFactory.getLogger(PetitionerContactListener.class);

  private final CaseRegister register;

  PetitionerContactListener(CaseRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = TypedVariables.text(task, CASE_NUMBER);
    CaseRecord record = register.find(caseNumber).orElse(null);
    if (record == null) {
      // the form then shows the fields empty; not a reason to hold the case up
      log.warn("Case {} is not in the register: no phone or address for task {}", caseNumber,
          task.getTaskDefinitionKey());
      return;
    }
    // null for a case registered before the register kept them: its instance still has them
    if (record.phone() != null) {
      task.setVariableLocal(PHONE, record.phone());
    }
    if (record.address() != null) {
      task.setVariableLocal(ADDRESS, record.address());
    }
  }
}
