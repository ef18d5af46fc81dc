package cn.gov.sixian.reception.caseregister;

import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The running process instances of a case. All of them (the case itself, its mediation,
 * supervision, requests for help) carry the case number as business key.
 */
@Service
public class OpenCases {

  private final RuntimeService runtimeService;

  public OpenCases(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** The running {@code joint-reception} instance of the case, if the case is open. */
  public Optional<ProcessInstance> reception(String caseNumber) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION)
        .list().stream().findFirst();
  }

  /** Variables of the case's running {@code joint-reception} instance. */
  public Optional<Map<String, Object>> variables(String caseNumber, List<String> names) {
    return reception(caseNumber).map(pi -> runtimeService.getVariables(pi.getId(), names));
  }

  /** Every running instance of the case, of the given process definitions. */
  public List<ProcessInstance> instances(String caseNumber, String... processDefinitionKeys) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyIn(processDefinitionKeys)
        .list();
  }

  /** Appends a line to a text variable on each of those instances. */
  public void appendLine(String caseNumber, String name, String line, String... processDefinitionKeys) {
    for (ProcessInstance instance : instances(caseNumber, processDefinitionKeys)) {
      String previous = (String) runtimeService.getVariable(instance.getId(), name);
      runtimeService.setVariable(instance.getId(), name,
          previous == null || previous.isBlank() ? line : previous + "\n" + line);
    }
  }

  /** Sets a variable on each of those instances (e.g. a summary every form of the case shows). */
  public void setOnAll(String caseNumber, String name, Object value, String... processDefinitionKeys) {
    for (ProcessInstance instance : instances(caseNumber, processDefinitionKeys)) {
      runtimeService.setVariable(instance.getId(), name, value);
    }
  }
}
