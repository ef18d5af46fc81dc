package cn.gov.sixian.reception.process;

import cn.gov.sixian.reception.calendar.EngineClock;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.mediation.InMemoryMediationTierLog;
import cn.gov.sixian.reception.mediation.MediationTestBeans;
import cn.gov.sixian.reception.intake.RepeatPetitionRegistered;
import cn.gov.sixian.reception.supervision.SupervisionTestBeans;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import cn.gov.sixian.reception.caseregister.InMemoryCaseRegister;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.closing.ClosingTestBeans;
import cn.gov.sixian.reception.documents.DocumentTestBeans;
import cn.gov.sixian.reception.handling.HandlingTestBeans;
import cn.gov.sixian.reception.intake.IntakeTestBeans;
import cn.gov.sixian.reception.notification.NotificationTestBeans;
import cn.gov.sixian.reception.review.ReviewTestBeans;
import cn.gov.sixian.reception.routing.RoutingTestBeans;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The application's delegates and listeners, wired by hand with in-memory stores and registered
 * under their bean names, so plain-engine tests run the real logic behind the model.
 */
final class ProcessTestFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitCatalogue CATALOGUE = UnitCatalogue.builtIn();

  final Clock clock = new EngineClock(ZONE);
  final InMemoryCaseRegister register = new InMemoryCaseRegister();
  final NotificationTestBeans notifications = new NotificationTestBeans(CATALOGUE);
  final InMemoryMediationTierLog tierLog = new InMemoryMediationTierLog();
  /** Application events published by the beans (e.g. repeat petitions). */
  final java.util.List<Object> events = new java.util.ArrayList<>();
  final WorkingDayCalendar calendar = WorkingDayCalendar.builtIn(clock);

  final SupervisionTestBeans supervision;
  final DocumentTestBeans documents;
  final ReviewTestBeans reviews;
  /** The application's own tables, shared by the JDBC stores of the fixture. */
  final org.springframework.jdbc.core.JdbcTemplate appDatabase;

  ProcessTestFixture(ZonedDateTime now, ProcessEngine engine) {
    this(now, engine, PlanLimits.defaults());
  }

  ProcessTestFixture(ZonedDateTime now, ProcessEngine engine, PlanLimits limits) {
    ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    RuntimeService runtimeService = engine.getRuntimeService();
    appDatabase = AppDatabase.fresh();
    supervision = new SupervisionTestBeans(appDatabase, engine, register, CATALOGUE,
        calendar, notifications.supervisionNotifier(), limits.supervision());
    supervision.beans().forEach(Mocks::register);
    Mocks.register(
        "registrationStartListener",
        IntakeTestBeans.registrationStartListener(CATALOGUE, register, clock, event -> {
          events.add(event);
          if (event instanceof RepeatPetitionRegistered repeat) {
            supervision.referrals().onRepeatPetition(repeat);
          }
        }, new cn.gov.sixian.reception.review.CaseReviews(appDatabase)));
    RoutingTestBeans.beans(CATALOGUE, register).forEach(Mocks::register);
    // one application database: a referral letter quotes the slips the supervision beans keep
    documents = DocumentTestBeans.on(appDatabase.getDataSource(), clock, CATALOGUE,
        limits.handling(), limits.supervision());
    documents.beans().forEach(Mocks::register);
    HandlingTestBeans.beans(clock, register, limits.handling()).forEach(Mocks::register);
    ClosingTestBeans.beans(register, clock, appDatabase, calendar, engine.getTaskService())
        .forEach(Mocks::register);
    notifications.beans().forEach(Mocks::register);
    reviews = new ReviewTestBeans(appDatabase, engine, calendar, notifications.reviewNotifier());
    reviews.beans().forEach(Mocks::register);
    java.util.Map<String, Object> mediation = MediationTestBeans.beans(CATALOGUE, calendar,
        tierLog, notifications.mediationNotifier(), runtimeService, limits.mediation());
    mediation.forEach(Mocks::register);
    // a hearing the city held at re-review is checked as the county's own (组织听证会)
    Mocks.register("replyHearingListener", reviews.replyHearingListener(
        (org.camunda.bpm.engine.delegate.ExecutionListener) mediation.get("hearingListener")));
    // the roster's assignment needs the roster and roster-watch: tested by the Spring tests
    // DutyAssignmentScenario; here tasks stay with their groups as without a roster
    Mocks.register("dutyAssignmentListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> {});
  }

  void close() {
    Mocks.reset();
    ClockUtil.reset();
  }
}
