package cn.gov.sixian.reception.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The span of a monthly report and of the previous month it is compared with. */
class ReportMonthTest {

  private static Period period(String from, String to) {
    return new Period(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void theCurrentMonthIsReportedUpToTodayAgainstTheSameDaysBefore() {
    ReportMonth december = ReportMonth.of(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 7));
    assertThat(december.inProgress()).isTrue();
    assertThat(december.asOf()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(december.period()).isEqualTo(period("2026-12-01", "2026-12-07"));
    assertThat(december.previous()).isEqualTo(period("2026-11-01", "2026-11-07"));
  }

  @Test
  void aShorterPreviousMonthIsTakenWholeAndJanuaryLooksBackToDecember() {
    assertThat(ReportMonth.of(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 31)).previous())
        .isEqualTo(period("2026-02-01", "2026-02-28"));
    assertThat(ReportMonth.of(YearMonth.of(2027, 1), LocalDate.of(2027, 1, 1)).previous())
        .isEqualTo(period("2026-12-01", "2026-12-01"));
  }

  @Test
  void aFinishedMonthIsComparedWithTheWholeMonthBefore() {
    ReportMonth november = ReportMonth.of(YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7));
    assertThat(november.inProgress()).isFalse();
    assertThat(november.period()).isEqualTo(period("2026-11-01", "2026-11-30"));
    assertThat(november.previous()).isEqualTo(period("2026-10-01", "2026-10-31"));
  }
}
