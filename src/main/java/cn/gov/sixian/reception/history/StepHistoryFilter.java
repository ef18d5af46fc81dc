package cn.gov.sixian.reception.history;

import cn.gov.sixian.reception.casefile.CaseSteps;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Leaves out of the activity history ({@code act_hi_actinst}) what is not a step of the case
 * record ({@link CaseSteps}): a case passes about a dozen gateways and a sub-process or two; they
 * record no one's work and no time of their own, and the record skips them. Start and end events
 * of an activity instance carry its type, so both are left out alike.
 */
final class StepHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler next;

  StepHistoryFilter(HistoryEventHandler next) {
    this.next = next;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (isRecorded(event)) {
      next.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    List<HistoryEvent> recorded = events.stream().filter(StepHistoryFilter::isRecorded).toList();
    if (!recorded.isEmpty()) {
      next.handleEvents(recorded);
    }
  }

  static boolean isRecorded(HistoryEvent event) {
    return !(event instanceof HistoricActivityInstanceEventEntity activity
        && !CaseSteps.isStep(activity.getActivityType()));
  }
}
