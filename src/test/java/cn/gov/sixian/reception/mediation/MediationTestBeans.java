package cn.gov.sixian.reception.mediation;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.notification.MediationNotifier;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** Builds the mediation beans for plain-engine tests, by bean name. */
public final class MediationTestBeans {

  private MediationTestBeans() {}

  public static Map<String, Object> beans(
      UnitCatalogue catalogue,
      WorkingDayCalendar calendar,
      MediationTierLog tierLog,
      MediationNotifier notifier,
      RuntimeService runtimeService) {
    return beans(catalogue, calendar, tierLog, notifier, runtimeService, MediationProperties.plan());
  }

  public static Map<String, Object> beans(
      UnitCatalogue catalogue,
      WorkingDayCalendar calendar,
      MediationTierLog tierLog,
      MediationNotifier notifier,
      RuntimeService runtimeService,
      MediationProperties limits) {
    TierDecision decision = new TierDecision(calendar);
    MediationSupport support =
        new MediationSupport(new cn.gov.sixian.reception.caseregister.OpenCases(runtimeService), calendar);
    Map<String, Object> beans = new HashMap<>();
    beans.put("mediationTiers",
        new MediationTiers(tierLog, calendar, catalogue, limits));
    beans.put("mediationVariables", new MediationVariables());
    beans.put("onSpotMediationListener", new OnSpotMediationListener(decision));
    beans.put("escalationReviewListener", new EscalationReviewListener());
    beans.put("deputyLeaderMediationListener", new DeputyLeaderMediationListener(decision));
    beans.put("jointUnitsListener", new JointUnitsListener(catalogue));
    beans.put("unitOpinionListener", new UnitOpinionListener());
    beans.put("coordinationMeetingListener", new CoordinationMeetingListener(calendar));
    beans.put("hearingListener", new HearingListener(calendar));
    beans.put("jointMediationOutcomeListener", new JointMediationOutcomeListener(decision));
    beans.put("countyLeaderRequestListener", new CountyLeaderRequestListener());
    beans.put("countyLeaderDecisionListener", new CountyLeaderDecisionListener());
    beans.put("tier2ReminderDelegate", new Tier2ReminderDelegate(notifier));
    beans.put("tier2OverdueDelegate", new Tier2OverdueDelegate(tierLog, notifier));
    beans.put("supportRequestListener", new SupportRequestListener(support));
    beans.put("supportOpinionListener", new SupportOpinionListener(support));
    return beans;
  }
}
