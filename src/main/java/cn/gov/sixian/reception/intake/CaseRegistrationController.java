package cn.gov.sixian.reception.intake;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.EARLIER_CASE_COUNT;
import static cn.gov.sixian.reception.process.ProcessVariables.FIRST_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.GROUP_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP;
import static cn.gov.sixian.reception.process.ProcessVariables.VISITOR_COUNT;

import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.process.TextCharacters;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registers a case from another channel (online portal, 12345 hotline): the same validation and
 * numbering as the start form, answered with the case number or a 400 naming the field.
 */
@RestController
@RequestMapping("/api/cases")
class CaseRegistrationController {

  static final Set<String> FIELDS =
      Set.of(
          PETITIONER_NAME, ID_NUMBER, PHONE, ADDRESS, TOWNSHIP, VISITOR_COUNT, PROBLEM_CATEGORY,
          MATTER, REQUEST, CHANNEL);

  private final RuntimeService runtimeService;

  CaseRegistrationController(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @PostMapping
  ResponseEntity<RegistrationResponse> register(@RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        // the name is repeated to the caller only when it is short and visible
        boolean showable = field.length() <= 64 && !TextCharacters.hasInvisible(field);
        throw new InvalidInputException(showable ? field : null,
            showable ? "未知字段「" + field + "」，可用字段见接口说明。" : "请求含有未知字段，可用字段见接口说明。");
      }
    }
    ProcessInstanceWithVariables instance =
        runtimeService
            .createProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION)
            .setVariables(new HashMap<>(body))
            .executeWithVariablesInReturn();
    VariableMap variables = instance.getVariables();
    String caseNumber = (String) variables.get(CASE_NUMBER);
    RegistrationResponse response =
        new RegistrationResponse(
            caseNumber,
            instance.getId(),
            (Boolean) variables.get(FIRST_VISIT),
            (Boolean) variables.get(GROUP_VISIT),
            (Integer) variables.get(EARLIER_CASE_COUNT));
    return ResponseEntity.created(URI.create("/api/cases/" + caseNumber)).body(response);
  }

  /** What the calling channel gets back. */
  record RegistrationResponse(
      String caseNumber,
      String processInstanceId,
      boolean firstVisit,
      boolean groupVisit,
      int earlierCaseCount) {}
}
