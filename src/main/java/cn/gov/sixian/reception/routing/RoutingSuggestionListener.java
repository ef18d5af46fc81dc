package cn.gov.sixian.reception.routing;

import static cn.gov.sixian.reception.process.ProcessVariables.CATEGORY_OPTIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.GROUP_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_RECEPTION;
import static cn.gov.sixian.reception.process.ProcessVariables.SUGGESTED_UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUGGESTED_UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_OPTIONS;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.TypedVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * End listener of the routing decision: names the suggested unit, pre-selects it (and leader
 * reception for a group visit) in the routing form and supplies the form's unit and category
 * options as JSON variables.
 */
@Component("routingSuggestionListener")
class RoutingSuggestionListener implements ExecutionListener {

  static final String NO_SUGGESTION = "（无推荐，请人工选择）";

  private final UnitCatalogue catalogue;
  private final RoutingOptions options;

  RoutingSuggestionListener(UnitCatalogue catalogue, RoutingOptions options) {
    this.catalogue = catalogue;
    this.options = options;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Optional<Unit> suggested =
        catalogue.findUnit(TypedVariables.text(execution, SUGGESTED_UNIT_CODE));
    execution.setVariable(
        SUGGESTED_UNIT_NAME, suggested.map(Unit::name).orElse(NO_SUGGESTION));
    execution.setVariable(UNIT_CODE, suggested.map(Unit::code).orElse(null));
    // group visits (集体访) are usually received by a county leader first: pre-tick it
    execution.setVariable(LEADER_RECEPTION, Boolean.TRUE.equals(execution.getVariable(GROUP_VISIT)));
    execution.setVariable(UNIT_OPTIONS, json(options.units()));
    execution.setVariable(CATEGORY_OPTIONS, json(options.categories()));
  }

  private static Object json(Object value) {
    return SpinValues.jsonValue(Spin.JSON(value)).create();
  }
}
