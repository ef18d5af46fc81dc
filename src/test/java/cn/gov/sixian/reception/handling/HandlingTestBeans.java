package cn.gov.sixian.reception.handling;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import java.time.Clock;
import java.util.Map;

/** Builds the time-limited handling beans for plain-engine tests, by bean name. */
public final class HandlingTestBeans {

  private HandlingTestBeans() {}

  public static Map<String, Object> beans(Clock clock, CaseRegister register) {
    return beans(clock, register, HandlingLimits.statutory());
  }

  public static Map<String, Object> beans(Clock clock, CaseRegister register, HandlingLimits limits) {
    HandlingService handling = new HandlingService(limits, WorkingDayCalendar.builtIn(clock));
    return Map.of(
        "transferListener", new TransferListener(handling),
        "acceptanceDecisionListener", new AcceptanceDecisionListener(handling),
        "handlingActionListener", new HandlingActionListener(handling),
        "extensionApprovalListener", new ExtensionApprovalListener(handling),
        "extensionReviewListener", new ExtensionReviewListener(),
        "extensionTakesEffectDelegate", new ExtensionTakesEffectDelegate(handling),
        "feedbackConfirmationListener", new FeedbackConfirmationListener(),
        "petitionerContactListener", new PetitionerContactListener(register));
  }
}
