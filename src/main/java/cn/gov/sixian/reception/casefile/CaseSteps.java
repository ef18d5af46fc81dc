package cn.gov.sixian.reception.casefile;

import java.util.Set;

/**
 * The activity types that are steps of the case record: work done, a notice sent, a deadline
 * passed, a message received, a start or an end. Gateways, sub-processes and multi-instance
 * bodies are flow plumbing: no one's work, no time of their own.
 */
public final class CaseSteps {

  private static final Set<String> TYPES = Set.of(
      "userTask", "serviceTask", "sendTask", "businessRuleTask", "scriptTask", "callActivity",
      "startEvent", "messageStartEvent", "timerStartEvent", "noneEndEvent", "terminateEndEvent",
      "intermediateTimer", "intermediateMessageCatch", "boundaryTimer", "boundaryMessage",
      "intermediateSignalCatch", "boundarySignal", "boundaryError", "errorEndEvent");

  private CaseSteps() {}

  /** Whether an activity of this type (the engine's activity type) is a step of the record. */
  public static boolean isStep(String activityType) {
    return TYPES.contains(activityType);
  }
}
