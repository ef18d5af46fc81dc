package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP;
import static cn.gov.sixian.reception.process.ProcessVariables.VISITOR_COUNT;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.util.HashMap;
import java.util.Map;

/** Registration forms as staff fill them in. */
final class Registrations {

  static final String ID_FIRST17 = "34132419800101123";
  static final String ID_NUMBER_VALUE = TestIdNumbers.of(ID_FIRST17);

  private Registrations() {}

  /** A complete, valid form for one visitor about {@code category}. */
  static Map<String, Object> form(String category) {
    Map<String, Object> form = new HashMap<>();
    form.put(PETITIONER_NAME, "张三");
    form.put(ID_NUMBER, ID_NUMBER_VALUE);
    form.put(PHONE, "13855701234");
    form.put(ADDRESS, "泗县泗城镇人民路1号");
    form.put(TOWNSHIP, "town-sicheng");
    form.put(VISITOR_COUNT, 1);
    form.put(PROBLEM_CATEGORY, category);
    form.put(MATTER, "某建筑工地拖欠本人及工友2025年下半年工资共计三万元。");
    form.put(REQUEST, "请求督促施工单位尽快支付拖欠工资。");
    return form;
  }
}
