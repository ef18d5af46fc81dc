package cn.gov.sixian.reception.supervision;

import cn.gov.sixian.reception.bulletin.BulletinDelegate;
import cn.gov.sixian.reception.bulletin.BulletinPublicationListener;
import cn.gov.sixian.reception.bulletin.Bulletins;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.caseregister.OpenCases;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.notification.SupervisionNotifier;
import cn.gov.sixian.reception.referral.AccountabilityReferrals;
import cn.gov.sixian.reception.referral.InspectionResultListener;
import cn.gov.sixian.reception.referral.ReferralDecisionListener;
import cn.gov.sixian.reception.referral.ReferralRegister;
import cn.gov.sixian.reception.referral.ReferralRequestListener;
import cn.gov.sixian.reception.tracking.TrackingEntryListener;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the supervision beans for plain-engine tests, over a real (H2) application database. */
public final class SupervisionTestBeans {

  private final SlipRegister slips;
  private final TrackingSheet tracking;
  private final AccountabilityReferrals referrals;
  private final Map<String, Object> beans = new HashMap<>();

  public SupervisionTestBeans(JdbcTemplate jdbc, ProcessEngine engine, CaseRegister cases,
      UnitCatalogue catalogue, WorkingDayCalendar calendar, SupervisionNotifier notifier) {
    this(jdbc, engine, cases, catalogue, calendar, notifier, SupervisionProperties.plan());
  }

  public SupervisionTestBeans(JdbcTemplate jdbc, ProcessEngine engine, CaseRegister cases,
      UnitCatalogue catalogue, WorkingDayCalendar calendar, SupervisionNotifier notifier,
      SupervisionProperties limits) {
    OpenCases openCases = new OpenCases(engine.getRuntimeService());
    slips = new SlipRegister(jdbc);
    ReferralRegister referralRegister = new ReferralRegister(jdbc);
    tracking = new TrackingSheet(jdbc, openCases, calendar, engine.getIdentityService());
    referrals = new AccountabilityReferrals(engine.getRuntimeService());
    Bulletins bulletins = new Bulletins(slips, engine.getTaskService(), catalogue, calendar);
    beans.put("workingDayCalendar", calendar);
    beans.put("supervisionSlips", new SupervisionSlips(slips, cases, catalogue, tracking, calendar,
        limits));
    beans.put("slipRequestListener", new SlipRequestListener(openCases, slips));
    beans.put("slipNotificationDelegate", new SlipNotificationDelegate(notifier));
    beans.put("supervisionFeedbackListener", new SupervisionFeedbackListener());
    beans.put("slipReviewListener", new SlipReviewListener(slips, tracking));
    beans.put("slipReminderDelegate", new SlipReminderDelegate(notifier, tracking));
    beans.put("slipOverdueDelegate", new SlipOverdueDelegate(slips, tracking, referrals));
    OverdueSlips overdueSlips =
        new OverdueSlips(engine.getRuntimeService(), engine.getTaskService(), slips);
    beans.put("overdueSlips", overdueSlips);
    beans.put("overdueSlipDelegate", new OverdueSlipDelegate(overdueSlips));
    beans.put("bulletinDelegate", new BulletinDelegate(bulletins, notifier, calendar));
    beans.put("bulletinPublicationListener", new BulletinPublicationListener(bulletins, tracking));
    beans.put("referralRequestListener",
        new ReferralRequestListener(cases, catalogue, tracking, referralRegister, calendar));
    beans.put("referralDecisionListener",
        new ReferralDecisionListener(referralRegister, tracking, calendar));
    beans.put("inspectionResultListener", new InspectionResultListener(referralRegister, tracking));
    beans.put("trackingEntryListener", new TrackingEntryListener(cases, tracking));
  }

  public Map<String, Object> beans() {
    return beans;
  }

  /** The slips of a case as the documents read them, over the given application database. */
  public static CaseSlips caseSlips(JdbcTemplate jdbc) {
    return new CaseSlips(new SlipRegister(jdbc));
  }

  /** Where repeat-petition events go in the application. */
  public AccountabilityReferrals referrals() {
    return referrals;
  }

  /** For assertions: the case's slips as "number:reason:status:late". */
  public List<String> slipsOf(String caseNumber) {
    return slips.ofCase(caseNumber).stream()
        .map(s -> s.slipNumber() + ":" + s.reason() + ":" + s.status() + ":" + s.late())
        .toList();
  }

  public List<String> trackingLines(String caseNumber) {
    String text = tracking.text(caseNumber);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }
}
