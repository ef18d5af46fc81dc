package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_OPINIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNITS;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_CODES;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_NAMES;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * End listener of 确定联合调解单位: at least two units of the catalogue. The form's checklist
 * submits a JSON list; other channels may send a list or comma-separated codes.
 */
@Component("jointUnitsListener")
class JointUnitsListener extends TaskOutcomeListener {

  static final int MIN_UNITS = 2;

  private final UnitCatalogue catalogue;

  JointUnitsListener(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Set<String> codes = codes(execution.getVariable(JOINT_UNITS));
    String label = Inputs.ofForm(execution).label(JOINT_UNITS);
    if (codes.size() < MIN_UNITS) {
      throw new InvalidInputException(JOINT_UNITS, "「" + label + "」至少选择两个单位。");
    }
    List<Unit> units = new ArrayList<>();
    for (String code : codes) {
      units.add(catalogue.findUnit(code).orElseThrow(() ->
          new InvalidInputException(JOINT_UNITS, "「" + label + "」不在单位名录中：" + code + "。")));
    }
    execution.setVariable(JOINT_UNIT_CODES, String.join(",", codes));
    execution.setVariable(
        JOINT_UNIT_NAMES, units.stream().map(Unit::name).collect(Collectors.joining("、")));
    execution.setVariable(JOINT_OPINIONS, "");
  }

  private static Set<String> codes(Object value) {
    Set<String> codes = new LinkedHashSet<>();
    if (value instanceof SpinJsonNode json) {
      json.elements().forEach(e -> codes.add(e.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> codes.add(String.valueOf(v)));
    } else if (value instanceof String text && text.strip().startsWith("[")) {
      Spin.JSON(text).elements().forEach(e -> codes.add(e.stringValue()));
    } else if (value instanceof String text) {
      for (String code : text.split(",")) {
        if (!code.isBlank()) {
          codes.add(code.strip());
        }
      }
    }
    return codes;
  }
}
