package cn.gov.sixian.reception.it;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A visit registered straight through the engine (the registration form's fields), for tests
 * whose subject comes after registration: one place for the form's field names.
 *
 * @param idFirst17 the first 17 digits of the ID number; the check digit is computed
 */
public record TestVisit(String name, String idFirst17, String phone, String address,
    int visitors, String category, String matter, String request) {

  /** One visitor from 草沟镇, the matter and request left generic. */
  public static TestVisit of(String name, String idFirst17, String category) {
    return new TestVisit(name, idFirst17, "13855706666", "泗县草沟镇", 1, category, "反映事项。",
        "诉求。");
  }

  public TestVisit from(String address, String phone) {
    return new TestVisit(name, idFirst17, phone, address, visitors, category, matter, request);
  }

  public TestVisit about(String matter, String request) {
    return new TestVisit(name, idFirst17, phone, address, visitors, category, matter, request);
  }

  public TestVisit visitors(int count) {
    return new TestVisit(name, idFirst17, phone, address, count, category, matter, request);
  }

  public Map<String, Object> variables() {
    return Map.of("petitionerName", name, "idNumber", TestIdNumbers.of(idFirst17),
        "phone", phone, "address", address, "visitorCount", visitors,
        "problemCategory", category, "matter", matter, "request", request);
  }

  /** Starts the case and returns its number. */
  public String register(RuntimeService runtime) {
    return runtime.startProcessInstanceByKey("joint-reception", variables()).getBusinessKey();
  }
}
