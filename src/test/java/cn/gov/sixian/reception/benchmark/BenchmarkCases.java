package cn.gov.sixian.reception.benchmark;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** What the benchmarks send for a case: one registration form and the REST form of variables. */
final class BenchmarkCases {

  private BenchmarkCases() {}

  /**
   * The n-th hotline registration of a wage case: a different petitioner each time (born
   * 1950-01-01 plus n days, sequence number from n).
   */
  static Map<String, Object> hotlineForm(int n) {
    Map<String, Object> form = new HashMap<>();
    form.put("petitionerName", "李四");
    String birth = LocalDate.of(1950, 1, 1).plusDays(n % 18_000)
        .format(DateTimeFormatter.BASIC_ISO_DATE);
    form.put("idNumber", TestIdNumbers.of("341324" + birth + String.format("%03d", n % 1000)));
    form.put("phone", "0557-7012345");
    form.put("address", "泗县墩集镇新街村");
    form.put("township", "town-dunji");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "在县城某小区工地务工，包工头拖欠工资八千元。");
    form.put("request", "要求结清工资。");
    form.put("channel", "HOTLINE");
    return form;
  }

  /** Task variables as the engine's REST API takes them: value and type. */
  static Map<String, Object> restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : "String")));
    return Map.of("variables", variables);
  }
}
