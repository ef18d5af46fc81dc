package cn.gov.sixian.reception.notification;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.GROUP_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_MODE_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转办通知责任单位 in the case: starts the separate process {@code transfer-notification} in the
 * transfer's transaction. The mail is that process's asynchronous, retried step, so a mail outage
 * never holds the case, and finishing the mail never touches the case's own executions (a branch
 * of the case ending while staff complete its next task would make one of them fail).
 */
@Component("transferNotificationStarter")
class TransferNotificationStarter implements JavaDelegate {

  static final String PROCESS_KEY = ProcessKeys.TRANSFER_NOTIFICATION;
  private static final List<String> HANDED_OVER = List.of(CASE_NUMBER, UNIT_CODE,
      PROBLEM_CATEGORY_NAME, RECEPTION_MODE_NAME, GROUP_VISIT, MATTER);

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : HANDED_OVER) {
      variables.put(name, execution.getVariable(name));
    }
    // no business key: the case number alone finds the case, not its notices
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, variables);
  }
}
