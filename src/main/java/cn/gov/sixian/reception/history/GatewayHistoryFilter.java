package cn.gov.sixian.reception.history;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Leaves the gateways out of the activity history ({@code act_hi_actinst}): a case passes about
 * a dozen of them, they record no one's work and no time, and the case record skips them. Start
 * and end events of an activity instance carry its type, so both are left out alike.
 */
final class GatewayHistoryFilter implements HistoryEventHandler {

  static final Set<String> GATEWAYS = Set.of(
      "exclusiveGateway", "parallelGateway", "inclusiveGateway", "complexGateway");

  private final HistoryEventHandler next;

  GatewayHistoryFilter(HistoryEventHandler next) {
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
    List<HistoryEvent> recorded = events.stream().filter(GatewayHistoryFilter::isRecorded).toList();
    if (!recorded.isEmpty()) {
      next.handleEvents(recorded);
    }
  }

  static boolean isRecorded(HistoryEvent event) {
    return !(event instanceof HistoricActivityInstanceEventEntity activity
        && GATEWAYS.contains(activity.getActivityType()));
  }
}
