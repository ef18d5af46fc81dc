package cn.gov.sixian.reception.statistics;

import static cn.gov.sixian.reception.statistics.SeededCase.ts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.roster.RosterTestBeans;
import cn.gov.sixian.reception.statistics.StatisticsReport.OpenStageRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.OverdueCase;
import cn.gov.sixian.reception.statistics.StatisticsReport.TierRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.UnitRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every indicator on seeded cases, against values computed by hand (comments), on the project's
 * tables in a fresh H2 database (the same on PostgreSQL: {@link PostgresStatisticsIndicatorsTest}).
 * Period: March 2026; now: Friday 10 April 2026, 10:00 (the Qingming holiday 4–6 April lies
 * between).
 *
 * <pre>
 * case unit category        township first? group skip acceptance(due/decided)  handling(accepted/due/replied)  end
 * A    gaj  public-security dunji    yes                03-17 / 03-05 in time    03-05 / 05-04 / 03-20 on time   closed 03-25 满意, 17 wd
 * B    gaj  public-security dunji    repeat             03-18 / 03-20 late       03-20 / 03-30 / 04-02 late      closed 04-03 不满意, 20 wd
 * C    rsj  wage-arrears    sicheng  yes    group       (resolved on the spot)                                   closed 03-09 未评价, 0 wd
 * D    rsj  wage-arrears    sicheng  yes                03-25 / –  (overdue, at 受理审查)                           open
 * E    zjj  expropriation   –        yes         skip   03-31 / 03-17 in time    03-17 / 04-08 / – (overdue)      open
 * F    zjj  expropriation   –        repeat group       04-04 / 03-23 in time    03-23 / 05-22 / – (not yet due)  open
 * G    gaj  wage-arrears    dunji    yes                (resolved on the spot), registered 03-31 23:30           closed 04-01 基本满意, 1 wd
 * H    gaj  registered 28 Feb 23:59 (outside), open at 办理并书面答复, due 03-31 (overdue now)
 * I    rsj  registered 1 April 00:00 (outside), closed
 * </pre>
 */
class StatisticsIndicatorsTest {

  private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

  private JdbcTemplate jdbc;
  private StatisticsService statistics;

  /** A fresh, empty database for one test: H2 here, PostgreSQL in the subclass. */
  DataSource freshDatabase() {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:stats-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @BeforeEach
  void seed() {
    DataSource dataSource = freshDatabase();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    Clock now = Clock.fixed(
        LocalDateTime.parse("2026-04-10T10:00").atZone(SeededCase.ZONE).toInstant(), SeededCase.ZONE);
    statistics = new StatisticsService(new StatisticsQueries(jdbc), UnitCatalogue.builtIn(),
        WorkingDayCalendar.builtIn(now), RosterTestBeans.attendance(jdbc, UnitCatalogue.builtIn(),
            WorkingDayCalendar.builtIn(now), now));

    SeededCase.registered("A", "2026-03-02T09:00", "gaj").category("public-security")
        .township("town-dunji").acceptance("2026-03-17T17:30", "2026-03-05T10:00")
        .handling("2026-03-05T10:00", "2026-05-04T17:30", "2026-03-20T15:00")
        .closed("2026-03-25T10:00", "SATISFIED", 17).insert(jdbc);
    SeededCase.registered("B", "2026-03-03T09:00", "gaj").category("public-security")
        .township("town-dunji").repeat().acceptance("2026-03-18T17:30", "2026-03-20T10:00")
        .handling("2026-03-20T10:00", "2026-03-30T17:30", "2026-04-02T09:00")
        .closed("2026-04-03T10:00", "DISSATISFIED", 20).insert(jdbc);
    SeededCase.registered("C", "2026-03-09T09:00", "rsj").township("town-sicheng").group()
        .closed("2026-03-09T11:00", "NOT_EVALUATED", 0).insert(jdbc);
    SeededCase.registered("D", "2026-03-10T09:00", "rsj").township("town-sicheng")
        .acceptance("2026-03-25T17:30", null)
        .waitingAt("Task_DecideAcceptance", "受理审查", "2026-03-25T17:30").insert(jdbc);
    SeededCase.registered("E", "2026-03-16T09:00", "zjj").category("expropriation").skipLevel()
        .acceptance("2026-03-31T17:30", "2026-03-17T09:00")
        .handling("2026-03-17T09:00", "2026-04-08T17:30", null)
        .waitingAt("Task_HandleCase", "办理并书面答复", "2026-04-08T17:30").insert(jdbc);
    SeededCase.registered("F", "2026-03-20T09:00", "zjj").category("expropriation").repeat().group()
        .acceptance("2026-04-04T17:30", "2026-03-23T09:00")
        .handling("2026-03-23T09:00", "2026-05-22T17:30", null)
        .waitingAt("Task_HandleCase", "办理并书面答复", "2026-05-22T17:30").insert(jdbc);
    SeededCase.registered("G", "2026-03-31T23:30", "gaj").township("town-dunji")
        .closed("2026-04-01T09:00", "BASICALLY_SATISFIED", 1).insert(jdbc);
    SeededCase.registered("H", "2026-02-28T23:59", "gaj")
        .waitingAt("Task_HandleCase", "办理并书面答复", "2026-03-31T17:30").insert(jdbc);
    SeededCase.registered("I", "2026-04-01T00:00", "rsj")
        .closed("2026-04-02T09:00", "SATISFIED", 1).insert(jdbc);

    // slips: S4 answered in time, S1 answered late, S2 unanswered past its limit, S3 in April
    slip("S1", "B", "gaj", "2026-03-21T10:00", "2026-03-28T17:30", "2026-03-30T09:00");
    slip("S2", "D", "rsj", "2026-03-26T10:00", "2026-04-02T17:30", null);
    slip("S3", "E", "zjj", "2026-04-09T10:00", "2026-04-16T17:30", null);
    slip("S4", "A", "gaj", "2026-03-10T10:00", "2026-03-17T17:30", "2026-03-12T09:00");
    // referrals: R2 has no unit of its own (counted under the case's, gaj); R3 is in February
    referral("R1", "D", "rsj", "2026-03-27T10:00");
    referral("R2", "B", null, "2026-03-31T20:00");
    referral("R3", "E", "zjj", "2026-02-27T10:00");
    // tiers: B went 1 → 2 → 3 (3 still running), F resolved at tier 2, E's tier 2 is in April
    // with the working days the recorder fixes when a tier ends: B's tier 1 the same day (0),
    // tier 2 6 → 11 March (9, 10, 11 March = 3), F's tier 2 23 → 25 March (24, 25 = 2)
    tier("B", 1, "2026-03-05T10:00", "2026-03-05T16:00", "ESCALATE", 0);
    tier("B", 2, "2026-03-06T10:00", "2026-03-11T16:00", "ESCALATE", 3);
    tier("B", 3, "2026-03-12T10:00", null, null, null);
    tier("F", 2, "2026-03-23T10:00", "2026-03-25T16:00", "RESOLVED", 2);
    tier("E", 2, "2026-04-02T10:00", null, null, null);
  }

  @Test
  void overallFiguresOfTheMonth() {
    Indicators all = statistics.report(MARCH, Scope.ALL).overall();
    // A–G are registered in March (H in February, I in April)
    assertThat(all.registered()).isEqualTo(7);
    // closed: A, B, C, G
    assertThat(all.closed()).isEqualTo(4);
    // first visits A, C, D, E, G; of them closed A, C, G: 3/5
    assertThat(all.firstVisits()).isEqualTo(5);
    assertThat(all.firstVisitsClosed()).isEqualTo(3);
    assertThat(all.firstVisitClosureRate()).isEqualTo(0.6);
    // judged: decided A, B, E, F plus D undecided past its limit = 5; in time A, E, F: 3/5
    assertThat(all.acceptanceJudged()).isEqualTo(5);
    assertThat(all.acceptedInTime()).isEqualTo(3);
    assertThat(all.timelyAcceptanceRate()).isEqualTo(0.6);
    // judged: replied A, B plus E unreplied past its limit = 3 (F not due yet); on time A: 1/3
    assertThat(all.handlingJudged()).isEqualTo(3);
    assertThat(all.handledOnTime()).isEqualTo(1);
    assertThat(all.onTimeClosureRate()).isEqualTo(0.3333);
    // evaluated A 满意, B 不满意, G 基本满意 of 4 closed (C 未评价): 3/4
    assertThat(all.evaluated()).isEqualTo(3);
    assertThat(all.evaluationRate()).isEqualTo(0.75);
    assertThat(all.satisfied()).isEqualTo(1);
    assertThat(all.basicallySatisfied()).isEqualTo(1);
    // 满意 1/3; 满意 + 基本满意 2/3
    assertThat(all.satisfactionRate()).isEqualTo(0.3333);
    assertThat(all.satisfiedOrBasicallyRate()).isEqualTo(0.6667);
    // repeat B, F; group C, F; skip-level E
    assertThat(all.repeatPetitions()).isEqualTo(2);
    assertThat(all.groupVisits()).isEqualTo(2);
    assertThat(all.skipLevelPetitions()).isEqualTo(1);
    // tiers 2–4 entered in March: B's 2 and 3, F's 2
    assertThat(all.escalations()).isEqualTo(3);
    // slips issued in March S1, S2, S4; S1 answered late; S2 unanswered past 2 April
    assertThat(all.slipsIssued()).isEqualTo(3);
    assertThat(all.slipsAnsweredLate()).isEqualTo(1);
    assertThat(all.slipsUnanswered()).isEqualTo(1);
    // referrals R1, R2
    assertThat(all.referrals()).isEqualTo(2);
    // still open D, E, F; overdue now D (25 March), E (8 April)
    assertThat(all.open()).isEqualTo(3);
    assertThat(all.overdue()).isEqualTo(2);
    // (17 + 20 + 0 + 1) / 4
    assertThat(all.averageHandlingWorkingDays()).isEqualTo(9.5);
  }

  @Test
  void thePetitionersOwnEvaluationTakesThePlaceOfTheStaffsOnePerCase() {
    // A: staff 满意, petitioner 不满意 online; C: staff 未评价, petitioner 基本满意 online;
    // E: open, the petitioner evaluated after the reply: not counted until closed
    jdbc.update("UPDATE petition_case SET petitioner_satisfaction = 'DISSATISFIED'"
        + " WHERE case_number = ?", "A");
    jdbc.update("UPDATE petition_case SET petitioner_satisfaction = 'BASICALLY_SATISFIED'"
        + " WHERE case_number = ?", "C");
    jdbc.update("UPDATE petition_case SET petitioner_satisfaction = 'SATISFIED'"
        + " WHERE case_number = ?", "E");
    Indicators all = statistics.report(MARCH, Scope.ALL).overall();
    // closed A, B, C, G; evaluated A 不满意 (online), B 不满意, C 基本满意 (online), G 基本满意
    assertThat(all.evaluated()).isEqualTo(4);
    assertThat(all.evaluationRate()).isEqualTo(1.0);
    assertThat(all.satisfied()).isZero();
    assertThat(all.basicallySatisfied()).isEqualTo(2);
    assertThat(all.satisfiedOrBasicallyRate()).isEqualTo(0.5);
  }

  @Test
  void figuresPerUnit() {
    StatisticsReport report = statistics.report(MARCH, Scope.ALL);
    // most cases first: gaj 3, then rsj and zjj with 2 each by code
    assertThat(report.byUnit()).extracting(UnitRow::unitCode).containsExactly("gaj", "rsj", "zjj");
    Function<String, Indicators> unit = code -> report.byUnit().stream()
        .filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow().indicators();
    assertThat(report.byUnit().get(0).unitName()).isEqualTo("县公安局");

    // gaj: A, B, G
    Indicators gaj = unit.apply("gaj");
    assertThat(gaj.registered()).isEqualTo(3);
    assertThat(gaj.firstVisitClosureRate()).isEqualTo(1.0); // A, G of A, G
    assertThat(gaj.timelyAcceptanceRate()).isEqualTo(0.5); // A of A, B
    assertThat(gaj.onTimeClosureRate()).isEqualTo(0.5); // A of A, B
    assertThat(gaj.evaluationRate()).isEqualTo(1.0); // A, B, G all evaluated
    assertThat(gaj.satisfactionRate()).isEqualTo(0.3333);
    assertThat(gaj.satisfiedOrBasicallyRate()).isEqualTo(0.6667);
    assertThat(gaj.repeatPetitions()).isEqualTo(1);
    assertThat(gaj.escalations()).isEqualTo(2); // B's tiers 2 and 3
    assertThat(gaj.slipsIssued()).isEqualTo(2); // S1, S4
    assertThat(gaj.slipsAnsweredLate()).isEqualTo(1);
    assertThat(gaj.referrals()).isEqualTo(1); // R2 by its case
    assertThat(gaj.open()).isZero();
    assertThat(gaj.averageHandlingWorkingDays()).isEqualTo(12.7); // 38 / 3

    // rsj: C, D
    Indicators rsj = unit.apply("rsj");
    assertThat(rsj.registered()).isEqualTo(2);
    assertThat(rsj.firstVisitClosureRate()).isEqualTo(0.5); // C of C, D
    assertThat(rsj.timelyAcceptanceRate()).isEqualTo(0.0); // D undecided past its limit
    assertThat(rsj.onTimeClosureRate()).isNull(); // nothing accepted
    assertThat(rsj.evaluationRate()).isEqualTo(0.0); // C closed unevaluated
    assertThat(rsj.satisfactionRate()).isNull();
    assertThat(rsj.groupVisits()).isEqualTo(1);
    assertThat(rsj.slipsIssued()).isEqualTo(1);
    assertThat(rsj.slipsUnanswered()).isEqualTo(1);
    assertThat(rsj.referrals()).isEqualTo(1);
    assertThat(rsj.overdue()).isEqualTo(1);
    assertThat(rsj.averageHandlingWorkingDays()).isEqualTo(0.0);

    // zjj: E, F
    Indicators zjj = unit.apply("zjj");
    assertThat(zjj.firstVisitClosureRate()).isEqualTo(0.0); // E open
    assertThat(zjj.timelyAcceptanceRate()).isEqualTo(1.0); // E, F in time
    assertThat(zjj.onTimeClosureRate()).isEqualTo(0.0); // E past its limit
    assertThat(zjj.evaluationRate()).isNull(); // nothing closed
    assertThat(zjj.skipLevelPetitions()).isEqualTo(1);
    assertThat(zjj.escalations()).isEqualTo(1); // F's tier 2
    assertThat(zjj.slipsIssued()).isZero(); // S3 is April
    assertThat(zjj.referrals()).isZero(); // R3 is February
    assertThat(zjj.open()).isEqualTo(2);
    assertThat(zjj.overdue()).isEqualTo(1);
    assertThat(zjj.averageHandlingWorkingDays()).isNull();
  }

  @Test
  void figuresPerCategoryAndTownship() {
    StatisticsReport report = statistics.report(MARCH, Scope.ALL);
    // wage-arrears C, D, G; public-security A, B; expropriation E, F
    assertThat(report.byCategory()).extracting(r -> r.categoryCode() + "=" + r.indicators().registered())
        .containsExactly("wage-arrears=3", "expropriation=2", "public-security=2");
    StatisticsReport.CategoryRow security = report.byCategory().get(2);
    assertThat(security.categoryName()).isEqualTo("治安与公安执法");
    assertThat(security.indicators().slipsIssued()).isEqualTo(2); // S1, S4
    assertThat(security.indicators().escalations()).isEqualTo(2); // B
    assertThat(security.indicators().onTimeClosureRate()).isEqualTo(0.5);
    // dunji A, B, G; sicheng C, D; none E, F (last)
    assertThat(report.byTownship())
        .extracting(r -> r.townshipName() + "=" + r.indicators().registered())
        .containsExactly("墩集镇=3", "泗城镇=2", "未填写=2");
    assertThat(report.byTownship().get(1).indicators().slipsUnanswered()).isEqualTo(1); // S2, D
    assertThat(report.byTownship().get(1).indicators().referrals()).isEqualTo(1); // R1, D
  }

  @Test
  void weeklyTrend() {
    // ISO weeks from Monday 23 February (1 March is a Sunday) to Monday 30 March
    assertThat(statistics.report(MARCH, Scope.ALL).weekly())
        .extracting(w -> w.weekStart() + "=" + w.indicators().registered())
        .containsExactly("2026-02-23=0", "2026-03-02=2", "2026-03-09=2", "2026-03-16=2",
            "2026-03-23=0", "2026-03-30=1");
  }

  @Test
  void mediationTiers() {
    // tier 1: B escalated (0 working days); tier 2: B escalated (3), F resolved (2): average 2.5;
    // tier 3: B running; E's tier 2 is in April
    assertThat(statistics.report(MARCH, Scope.ALL).tiers()).containsExactly(
        new TierRow(1, "第一级 当场调解", 1, 0, 1, 0, 0, 0.0),
        new TierRow(2, "第二级 分管领导牵头调处", 2, 1, 1, 0, 0, 2.5),
        new TierRow(3, "第三级 联合调解", 1, 0, 0, 0, 1, null),
        new TierRow(4, "第四级 县级领导牵头调处", 0, 0, 0, 0, 0, null));
  }

  @Test
  void openAndOverdueCasesNow() {
    StatisticsReport report = statistics.report(MARCH, Scope.ALL);
    // all open cases whatever their registration: D, E, F and H
    assertThat(report.openByUnitAndStage()).containsExactly(
        new OpenStageRow("gaj", "县公安局", "Task_HandleCase", "办理并书面答复", 1, 1),
        new OpenStageRow("rsj", "县人社局", "Task_DecideAcceptance", "受理审查", 1, 1),
        new OpenStageRow("zjj", "县住建局", "Task_HandleCase", "办理并书面答复", 2, 1));
    // longest overdue first; working days to Friday 10 April, the Qingming days 4–6 April off:
    // D from 25 March: 26, 27, 30, 31 March, 1, 2, 3, 7, 8, 9, 10 April = 11
    // H from 31 March: 1, 2, 3, 7, 8, 9, 10 April = 7; E from 8 April: 9, 10 April = 2
    assertThat(report.overdue()).extracting(OverdueCase::caseNumber, OverdueCase::overdueWorkingDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("D", 11),
            org.assertj.core.groups.Tuple.tuple("H", 7),
            org.assertj.core.groups.Tuple.tuple("E", 2));
    assertThat(report.overdue().get(0).unitName()).isEqualTo("县人社局");
    assertThat(report.overdue().get(0).stageName()).isEqualTo("受理审查");
  }

  @Test
  void aUnitSeesOnlyItsOwnFigures() {
    StatisticsReport zjj = statistics.report(MARCH, Scope.units(Set.of("zjj")));
    assertThat(zjj.allUnits()).isFalse();
    assertThat(zjj.overall().registered()).isEqualTo(2); // E, F
    assertThat(zjj.overall().escalations()).isEqualTo(1);
    assertThat(zjj.overall().slipsIssued()).isZero();
    assertThat(zjj.byUnit()).extracting(UnitRow::unitCode).containsExactly("zjj");
    assertThat(zjj.tiers().get(1).entered()).isEqualTo(1); // F's tier 2 only
    assertThat(zjj.openByUnitAndStage()).extracting(OpenStageRow::unitCode).containsOnly("zjj");
    assertThat(zjj.overdue()).extracting(OverdueCase::caseNumber).containsExactly("E");
  }

  @Test
  void ratesAreNullWithoutDenominator() {
    Indicators none = statistics.report(
        new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)), Scope.ALL).overall();
    assertThat(none.registered()).isZero();
    assertThat(none.firstVisitClosureRate()).isNull();
    assertThat(none.timelyAcceptanceRate()).isNull();
    assertThat(none.onTimeClosureRate()).isNull();
    assertThat(none.evaluationRate()).isNull();
    assertThat(none.satisfactionRate()).isNull();
    assertThat(none.averageHandlingWorkingDays()).isNull();
  }

  @Test
  void monthlyReportForTheLeadership() {
    // a category code the catalogue does not know is shown as it is: escaped
    SeededCase.registered("X", "2026-03-30T09:00", "gaj").category("<script>x</script>")
        .closed("2026-03-30T10:00", "SATISFIED", 0).insert(jdbc);
    Period february = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
    // March is over on 10 April: the whole month against the whole of February, as ever
    ReportMonth march = ReportMonth.of(java.time.YearMonth.of(2026, 3), LocalDate.of(2026, 4, 10));
    assertThat(march.previous()).isEqualTo(february);
    String page = MonthlyReportPage.render(march,
        statistics.report(march.period(), Scope.ALL), statistics.report(february, Scope.ALL),
        SeededCase.ZONE);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("@page { size: A4;")
        .contains("<h1>信访工作月度分析报告（2026年3月）</h1>")
        .contains("统计期间：2026-03-01 至 2026-03-31", "。与上月相比，登记件数增加7件（700.0%）。",
            "<th>本月</th><th>上月</th>")
        .doesNotContain("截至", "同期")
        // 8 cases in March against H alone in February
        .contains("<tr><td>登记件数</td><td class=\"num\">8</td><td class=\"num\">1</td>"
            + "<td class=\"num\">增加7件（700.0%）</td></tr>")
        .contains("<td>拖欠农民工工资</td>", "<td>治安与公安执法</td>", "<td>征地拆迁与房屋征收</td>")
        .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x")
        // overdue now or late feedback: gaj (H, S1), rsj (D, S2), zjj (E)
        .contains("<td>县公安局</td>", "<td>县人社局</td>", "<td>县住建局</td>")
        .contains("<td>第二级 分管领导牵头调处</td><td class=\"num\">2</td>");
  }

  @Test
  void monthlyReportOfTheMonthInProgress() {
    // 10 April: April so far (I) against 1–10 March (A, B, C, D), not against the whole of March
    ReportMonth april = ReportMonth.of(java.time.YearMonth.of(2026, 4), LocalDate.of(2026, 4, 10));
    String page = MonthlyReportPage.render(april, statistics.report(april.period(), Scope.ALL),
        statistics.report(april.previous(), Scope.ALL), SeededCase.ZONE);
    assertThat(page)
        .contains("<h1>信访工作月度分析报告（2026年4月，截至2026年4月10日）</h1>")
        .contains("统计期间：2026-04-01 至 2026-04-10")
        .contains("截至4月10日，本月登记信访件1件",
            "。与上月同期（3月1日至10日）相比，登记件数减少3件（75.0%）。")
        .contains("<th>本月（截至4月10日）</th><th>上月同期（3月1日至10日）</th>")
        .contains("<tr><td>登记件数</td><td class=\"num\">1</td><td class=\"num\">4</td>"
            + "<td class=\"num\">减少3件（75.0%）</td></tr>")
        // the whole of March had 7 (A–G): that comparison is gone
        .doesNotContain("减少6件");
  }

  @Test
  void reviewsRequestedDecidedByOutcomeAndFinalised() {
    // A (gaj): review asked 26 March, upheld 30 March; re-review asked 31 March, revoked 5 April
    review("A", "REVIEW", "2026-03-26T10:00", "2026-03-30T10:00", "UPHELD", false);
    review("A", "RE_REVIEW", "2026-03-31T10:00", "2026-04-05T10:00", "REVOKED", false);
    // C (rsj): asked 10 March, changed 20 March after its limit; B (gaj): asked in February,
    // revoked 5 March; D (rsj): asked 30 March, still open
    review("C", "REVIEW", "2026-03-10T10:00", "2026-03-20T10:00", "CHANGED", true);
    review("B", "REVIEW", "2026-02-20T10:00", "2026-03-05T10:00", "REVOKED", false);
    review("D", "REVIEW", "2026-03-30T10:00", null, null, false);

    // March: reviews asked A, C, D = 3, decided A, C, B = 3 (one of each outcome), C overdue;
    // re-reviews asked A = 1, none decided in March: nothing finalised yet
    assertThat(statistics.report(MARCH, Scope.ALL).reviews()).containsExactly(
        new StatisticsReport.ReviewRow("REVIEW", "复查", 3, 3, 1, 1, 1, 1, 0),
        new StatisticsReport.ReviewRow("RE_REVIEW", "复核", 1, 0, 0, 0, 0, 0, 0));
    // April: A's re-review revoked on 5 April: one matter finalised
    Period april = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
    assertThat(statistics.report(april, Scope.ALL).reviews()).containsExactly(
        new StatisticsReport.ReviewRow("REVIEW", "复查", 0, 0, 0, 0, 0, 0, 0),
        new StatisticsReport.ReviewRow("RE_REVIEW", "复核", 0, 1, 0, 0, 1, 0, 1));
    // 县公安局 sees its own cases A and B only
    assertThat(statistics.report(MARCH, Scope.units(Set.of("gaj"))).reviews()).containsExactly(
        new StatisticsReport.ReviewRow("REVIEW", "复查", 1, 2, 1, 0, 1, 0, 0),
        new StatisticsReport.ReviewRow("RE_REVIEW", "复核", 1, 0, 0, 0, 0, 0, 0));
    // the monthly report for April (over on 10 May) states them in 八、复查、复核
    ReportMonth aprilReport = ReportMonth.of(java.time.YearMonth.of(2026, 4), LocalDate.of(2026, 5, 10));
    String page = MonthlyReportPage.render(aprilReport, statistics.report(april, Scope.ALL),
        statistics.report(MARCH, Scope.ALL), SeededCase.ZONE);
    assertThat(page).contains("<h2>八、复查、复核</h2>",
        "本月申请复查、复核0件，出具意见1件，其中经复核终结的信访事项1件。",
        "<tr><td>复核</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td>"
            + "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td>"
            + "<td class=\"num\">1</td></tr>",
        "<tr><td>复查</td><td class=\"num\">0</td>");
  }

  private void review(String caseNumber, String kind, String requested, String decided,
      String outcome, boolean overdue) {
    jdbc.update("INSERT INTO case_review (process_instance_id, case_number, kind, body_code,"
            + " body_name, in_county, requested_at, reason, due_at, decided_at, outcome, overdue,"
            + " status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "rv-" + caseNumber + "-" + kind, caseNumber, kind, "county-government", "泗县人民政府", true,
        ts(LocalDateTime.parse(requested)), "不服。", ts(LocalDateTime.parse(requested).plusDays(30)),
        decided == null ? null : ts(LocalDateTime.parse(decided)), outcome, overdue,
        decided == null ? "OPEN" : "DECIDED");
  }

  private void slip(String number, String caseNumber, String unit, String issued, String due,
      String answered) {
    jdbc.update("INSERT INTO supervision_slip (slip_number, case_number, process_instance_id,"
            + " unit_code, unit_name, reason, issued_at, feedback_due, answered_at, late, status)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        number, caseNumber, "sup-" + number, unit, unit, "MANUAL", ts(LocalDateTime.parse(issued)),
        ts(LocalDateTime.parse(due)), answered == null ? null : ts(LocalDateTime.parse(answered)),
        false, answered == null ? "OPEN" : "ANSWERED");
  }

  private void referral(String id, String caseNumber, String unit, String proposed) {
    jdbc.update("INSERT INTO accountability_referral (process_instance_id, case_number, unit_code,"
            + " reason, proposed_at) VALUES (?,?,?,?,?)",
        id, caseNumber, unit, "SLIP_OVERDUE", ts(LocalDateTime.parse(proposed)));
  }

  private void tier(String caseNumber, int tier, String started, String ended, String outcome,
      Integer workingDays) {
    jdbc.update("INSERT INTO mediation_tier (case_number, process_instance_id, tier, started_at,"
            + " ended_at, outcome, overdue, working_days) VALUES (?,?,?,?,?,?,?,?)",
        caseNumber, "med-" + caseNumber, tier, ts(LocalDateTime.parse(started)),
        ended == null ? null : ts(LocalDateTime.parse(ended)), outcome, false, workingDays);
  }
}
