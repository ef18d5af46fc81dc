package cn.gov.sixian.reception.documents;

import cn.gov.sixian.reception.documents.StepDocuments.Staff;
import cn.gov.sixian.reception.identity.PersonNames;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Issues the document of one step, as an execution listener placed after the step's own listener
 * in the model (so the step's input is already checked). Beans: {@link DocumentListeners}.
 */
class StepDocumentListener extends TaskOutcomeListener {

  private final DocumentStep step;
  private final StepDocuments documents;

  StepDocumentListener(DocumentStep step, StepDocuments documents) {
    this.step = step;
    this.documents = documents;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    documents.issue(step, execution.getVariables(), staff(execution));
  }

  private static Staff staff(DelegateExecution execution) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    String userId = Executions.currentUser(execution);
    if (userId == null) {
      return new Staff(null, null, "联合接访中心");
    }
    String name = PersonNames.fullName(identity.createUserQuery().userId(userId).singleResult(), userId);
    return new Staff(userId, name, role(identity.getCurrentAuthentication()));
  }

  /** The deciding leader's role, as a document the center decides names it. */
  private static String role(Authentication caller) {
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(ReceptionGroups.CENTER_DIRECTOR)) {
      return "联合接访中心主任";
    }
    if (groups.contains(ReceptionGroups.DEPUTY_DIRECTOR)) {
      return "联合接访中心专职副主任";
    }
    return "联合接访中心";
  }
}
