package cn.gov.sixian.reception.demo;

import cn.gov.sixian.reception.allday.AllDayRecords;
import cn.gov.sixian.reception.allday.AllDayReports;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.deployment.DeploymentOrder;
import cn.gov.sixian.reception.identity.IdentityProperties;
import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.publicquery.QueryCodes;
import cn.gov.sixian.reception.roster.RosterRecords;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database of the default run with demo cases, once: only with the demo users
 * and only while no case exists. Runs before the job executor starts (that happens when the
 * application is ready), so the generator runs the jobs on its simulated clock alone; and before
 * the application takes requests (readiness stays REFUSING_TRAFFIC through every runner and
 * web/ReadinessGate answers 503 meanwhile), so no request sees that clock.
 */
@Component
@Order(DeploymentOrder.DEMO_DATA)
@ConditionalOnProperty(name = "reception.demo-data.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
  /** The demo cases span ten weeks (48 working days) back from the last working day. */
  private static final int DEMO_WEEKS = 11;
  /**
   * The published query code of one demo case (README "Demo data"): 冯建国's pension case, closed
   * with a written reply about three weeks before the last demo day, so a tester can evaluate it
   * and ask for review on /chaxun/. Every other case has a random code nobody knows.
   */
  static final String DEMO_CASE = "d11";
  static final String DEMO_QUERY_CODE = "SXJFC XPJ23";

  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;
  private final IdentityProperties identity;
  private final RosterRecords roster;
  private final AllDayRecords allDay;
  private final AllDayReports allDayReports;
  private final QueryCodes queryCodes;

  DemoDataRunner(ProcessEngine engine, WorkingDayCalendar calendar, IdentityProperties identity,
      RosterRecords roster, AllDayRecords allDay, AllDayReports allDayReports,
      QueryCodes queryCodes) {
    this.queryCodes = queryCodes;
    this.engine = engine;
    this.calendar = calendar;
    this.identity = identity;
    this.roster = roster;
    this.allDay = allDay;
    this.allDayReports = allDayReports;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!identity.demoUsers()) {
      log.info("Demo data: not generated (no demo users)");
      return;
    }
    long cases = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).count();
    if (cases > 0) {
      log.info("Demo data: not generated, the database has {} case(s) already", cases);
      return;
    }
    LocalDate lastDay = calendar.previousWorkingDay(calendar.today());
    log.info("Demo data: generating cases up to {} (first start of the default run)", lastDay);
    try {
      // the roster first: the cases' tasks go to the person on duty
      int dutyDays = new DemoRoster(roster, calendar, engine.getIdentityService())
          .write(lastDay.minusWeeks(DEMO_WEEKS), lastDay, calendar.today().plusWeeks(2));
      log.info("Demo data: duty roster of {} duty days", dutyDays);
      // a past all-day period: its notices and daily reports happen on the timeline
      List<DemoDataGenerator.Moment> reports =
          new DemoAllDay(allDay, allDayReports, calendar.zone()).write(lastDay);
      log.info("Demo data: a past all-day reception period with {} daily reports", reports.size());
      DemoDataReport report = new DemoDataGenerator(engine, calendar).generate(lastDay, reports);
      report.problems().forEach(p -> log.warn("Demo data: {}", p));
      String demoCase = report.caseNumbers().get(DEMO_CASE);
      if (demoCase != null && queryCodes.publicUrl() != null) {
        queryCodes.issueChosen(demoCase, DEMO_QUERY_CODE, "dengji");
        log.info("Demo data: case {} has the demo query code of the README", demoCase);
      }
    } catch (RuntimeException e) {
      log.warn("Demo data: generation stopped: {}", e.toString());
    } finally {
      ClockUtil.reset();
    }
  }
}
