package cn.gov.sixian.reception.routing;

import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.catalogue.UnitType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Select options for the routing form, built from the catalogue in force. */
@Component
class RoutingOptions {

  private final UnitCatalogue catalogue;

  RoutingOptions(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Units labelled so staff see at once whether the unit has a window: 县公安局（常驻）. */
  List<Map<String, String>> units() {
    return catalogue.units().stream().map(RoutingOptions::unitOption).toList();
  }

  List<Map<String, String>> categories() {
    return catalogue.categories().stream().map(RoutingOptions::categoryOption).toList();
  }

  private static Map<String, String> unitOption(Unit unit) {
    String kind =
        unit.resident() ? "常驻" : unit.type() == UnitType.TOWNSHIP ? "乡镇" : "非常驻";
    return option(unit.name() + "（" + kind + "）", unit.code());
  }

  private static Map<String, String> categoryOption(ProblemCategory category) {
    return option(category.name(), category.code());
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
