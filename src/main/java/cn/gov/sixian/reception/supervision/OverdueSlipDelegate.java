package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DEADLINE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON;

import cn.gov.sixian.reception.process.TypedVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * 自动开具督办单, after an overdue timer of a model: the reason and the missed deadline are the
 * service task's input parameters ({@code supervisionReason}, {@code supervisionDeadline}); the
 * task whose deadline passed is the one the timer is attached to.
 */
@Component("overdueSlipDelegate")
class OverdueSlipDelegate implements JavaDelegate {

  private final OverdueSlips overdueSlips;

  OverdueSlipDelegate(OverdueSlips overdueSlips) {
    this.overdueSlips = overdueSlips;
  }

  @Override
  public void execute(DelegateExecution execution) {
    overdueSlips.overdue(
        TypedVariables.text(execution, CASE_NUMBER),
        SupervisionReason.valueOf((String) execution.getVariableLocal(SUPERVISION_REASON)),
        (Date) execution.getVariableLocal(SUPERVISION_DEADLINE),
        execution.getProcessInstanceId(),
        overdueTask(execution));
  }

  /** Back along the path to the overdue timer: the id of the task it is attached to. */
  static String overdueTask(DelegateExecution execution) {
    FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
    while (!(node instanceof BoundaryEvent timer)) {
      node = node.getIncoming().iterator().next().getSource();
    }
    return timer.getAttachedTo().getId();
  }
}
