package cn.gov.sixian.reception.routing;

import static cn.gov.sixian.reception.process.ProcessVariables.FINAL_NON_ACCEPTANCE;
import static cn.gov.sixian.reception.process.ProcessVariables.NEW_FACTS;
import static cn.gov.sixian.reception.process.ProcessVariables.FINALISED_HANDLING;
import static cn.gov.sixian.reception.process.ProcessVariables.FINALISED_MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.FIRST_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_RECEPTION;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEIVING_GROUP;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_MODE;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_MODE_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.SKIP_LEVEL;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_LEADER_GROUP;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_RESIDENT;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the user task 分类确认: checks the confirmed category and unit against the catalogue,
 * decides how the unit receives the petitioner and records the assignment in the register.
 */
@Component("routingConfirmationListener")
class RoutingConfirmationListener extends TaskOutcomeListener {

  private final UnitCatalogue catalogue;
  private final CaseRegister register;

  RoutingConfirmationListener(UnitCatalogue catalogue, CaseRegister register) {
    this.catalogue = catalogue;
    this.register = register;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Map<String, Object> variables = execution.getVariables();
    Inputs in = Inputs.ofForm(execution);
    String categoryCode = in.requiredText(PROBLEM_CATEGORY, 64);
    ProblemCategory category =
        catalogue
            .findCategory(categoryCode)
            .orElseThrow(
                () ->
                    new InvalidInputException(PROBLEM_CATEGORY,
                        "「" + in.label(PROBLEM_CATEGORY) + "」不在问题类别目录中：" + categoryCode + "。"));
    String unitCode = in.requiredText(UNIT_CODE, 64);
    Unit unit =
        catalogue
            .findUnit(unitCode)
            .orElseThrow(
                () -> new InvalidInputException(UNIT_CODE,
                    "「" + in.label(UNIT_CODE) + "」不在单位名录中：" + unitCode + "。"));
    boolean leaderFirst = in.optionalBoolean(LEADER_RECEPTION);
    // a matter finalised after re-review: not accepted again unless staff state new facts
    boolean finalNonAcceptance = false;
    if (Boolean.TRUE.equals(variables.get(FINALISED_MATTER))) {
      FinalisedHandling handling =
          in.requiredChoice(FINALISED_HANDLING, FinalisedHandling.class);
      if (handling == FinalisedHandling.NEW_FACTS) {
        execution.setVariable(NEW_FACTS, in.requiredText(NEW_FACTS, 2000));
      }
      execution.setVariable(FINALISED_HANDLING, handling.name());
      finalNonAcceptance = handling == FinalisedHandling.NOT_ACCEPTED;
      leaderFirst = leaderFirst && !finalNonAcceptance;
    }
    execution.setVariable(FINAL_NON_ACCEPTANCE, finalNonAcceptance);
    boolean firstVisit = in.optionalBoolean(FIRST_VISIT);
    boolean skipLevel = in.optionalBoolean(SKIP_LEVEL);
    ReceptionMode mode =
        leaderFirst
            ? ReceptionMode.LEADER
            : unit.resident() ? ReceptionMode.WINDOW : ReceptionMode.UNIT_ON_SITE;

    execution.setVariable(PROBLEM_CATEGORY, category.code());
    execution.setVariable(PROBLEM_CATEGORY_NAME, category.name());
    execution.setVariable(FIRST_VISIT, firstVisit);
    execution.setVariable(SKIP_LEVEL, skipLevel);
    execution.setVariable(LEADER_RECEPTION, leaderFirst);
    execution.setVariable(UNIT_CODE, unit.code());
    execution.setVariable(UNIT_NAME, unit.name());
    execution.setVariable(UNIT_RESIDENT, unit.resident());
    execution.setVariable(RECEIVING_GROUP, unit.staffGroup());
    execution.setVariable(UNIT_LEADER_GROUP, unit.leaderGroup());
    execution.setVariable(RECEPTION_MODE, mode.name());
    execution.setVariable(RECEPTION_MODE_NAME, mode.label());
    register.assign(
        (String) variables.get(CASE_NUMBER), category.code(), firstVisit, unit.code(), unit.name());
  }
}
