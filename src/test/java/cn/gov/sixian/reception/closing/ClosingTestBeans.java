package cn.gov.sixian.reception.closing;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import java.time.Clock;
import java.util.Map;

/** Builds the closing beans for plain-engine tests, by bean name. */
public final class ClosingTestBeans {

  private ClosingTestBeans() {}

  public static Map<String, Object> beans(CaseRegister register, Clock clock) {
    return Map.of(
        "satisfactionListener", new SatisfactionListener(),
        "caseArchiveDelegate", new CaseArchiveDelegate(register, clock));
  }
}
